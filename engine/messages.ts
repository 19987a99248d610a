import { accountMessageKeys } from './accounts/messages.ts';
import { activityMessageKeys } from './activities/messages.ts';
import { approvalMessageKeys } from './approvals/messages.ts';
import { clockMessageKeys } from './clock/messages.ts';
import { contactMessageKeys } from './contacts/messages.ts';
import { importMessageKeys } from './imports/messages.ts';
import { leadMessageKeys } from './leads/messages.ts';
import { notificationMessageKeys } from './notifications/messages.ts';
import { opportunityMessageKeys } from './opportunities/messages.ts';
import { orderMessageKeys } from './orders/messages.ts';
import { productMessageKeys } from './products/messages.ts';
import { quoteMessageKeys } from './quotes/messages.ts';
import { taskMessageKeys } from './tasks/messages.ts';
import { ticketMessageKeys } from './tickets/messages.ts';
import { userMessageKeys } from './users/messages.ts';

/** Keys any module may use. */
const commonMessageKeys = [
  'rejection.incomplete',
  'rejection.format.phone',
  'rejection.format.email',
  'rejection.format.amount',
  'rejection.format.quantity',
  'rejection.format.percent',
  'rejection.format.date',
  'rejection.format.choice',
  'rejection.format.type',
  'rejection.format.reserved',
  'rejection.command.unknown',
  'rejection.permission.role',
  'rejection.permission.actor',
] as const;

/**
 * Every message key the engine can put in a rejection. The site's catalogues
 * must hold each of them in every locale (a test checks), so a trainee never
 * sees a bare key.
 */
export const rejectionMessageKeys = [
  ...commonMessageKeys,
  ...userMessageKeys,
  ...accountMessageKeys,
  ...contactMessageKeys,
  ...leadMessageKeys,
  ...opportunityMessageKeys,
  ...productMessageKeys,
  ...quoteMessageKeys,
  ...orderMessageKeys,
  ...ticketMessageKeys,
  ...activityMessageKeys,
  ...taskMessageKeys,
  ...notificationMessageKeys,
  ...approvalMessageKeys,
  ...importMessageKeys,
  ...clockMessageKeys,
] as const;
export type RejectionMessageKey = (typeof rejectionMessageKeys)[number];
