import { accountEvolvers } from './accounts/evolve.ts';
import { activityEvolvers } from './activities/evolve.ts';
import { approvalEvolvers } from './approvals/evolve.ts';
import { clockEvolvers } from './clock/evolve.ts';
import { contactEvolvers } from './contacts/evolve.ts';
import type { Draft } from './draft.ts';
import type { EventBody, SandboxEvent } from './events.ts';
import { importEvolvers } from './imports/evolve.ts';
import { leadEvolvers } from './leads/evolve.ts';
import type { Evolvers } from './module.ts';
import { notificationEvolvers } from './notifications/evolve.ts';
import { opportunityEvolvers } from './opportunities/evolve.ts';
import { orderEvolvers } from './orders/evolve.ts';
import { productEvolvers } from './products/evolve.ts';
import { quoteEvolvers } from './quotes/evolve.ts';
import { taskEvolvers } from './tasks/evolve.ts';
import { ticketEvolvers } from './tickets/evolve.ts';
import { userEvolvers } from './users/evolve.ts';

/** One evolver per event type; the type makes an event without one fail to compile. */
const evolvers: Evolvers<EventBody> = {
  ...userEvolvers,
  ...accountEvolvers,
  ...contactEvolvers,
  ...leadEvolvers,
  ...opportunityEvolvers,
  ...productEvolvers,
  ...quoteEvolvers,
  ...orderEvolvers,
  ...ticketEvolvers,
  ...activityEvolvers,
  ...taskEvolvers,
  ...notificationEvolvers,
  ...approvalEvolvers,
  ...importEvolvers,
  ...clockEvolvers,
};

/** Writes one event into a draft. Deterministic: the same draft and event always give the same result. */
export function evolve(draft: Draft, event: SandboxEvent): void {
  const evolver = evolvers[event.type] as (draft: Draft, data: typeof event.data, meta: SandboxEvent['meta']) => void;
  evolver(draft, event.data, event.meta);
}
