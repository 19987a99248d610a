import type { AccountEvent } from './accounts/events.ts';
import type { ActivityEvent } from './activities/events.ts';
import type { ApprovalEvent } from './approvals/events.ts';
import type { ClockEvent } from './clock/events.ts';
import type { CommandMeta } from './commands.ts';
import type { ContactEvent } from './contacts/events.ts';
import type { ImportEvent } from './imports/events.ts';
import type { LeadEvent } from './leads/events.ts';
import type { NotificationEvent } from './notifications/events.ts';
import type { OpportunityEvent } from './opportunities/events.ts';
import type { OrderEvent } from './orders/events.ts';
import type { ProductEvent } from './products/events.ts';
import type { QuoteEvent } from './quotes/events.ts';
import type { TaskEvent } from './tasks/events.ts';
import type { TicketEvent } from './tickets/events.ts';
import type { UserEvent } from './users/events.ts';

/** What happened, in the past tense, as a module's decider says it. */
export type EventBody =
  | UserEvent
  | AccountEvent
  | ContactEvent
  | LeadEvent
  | OpportunityEvent
  | ProductEvent
  | QuoteEvent
  | OrderEvent
  | TicketEvent
  | ActivityEvent
  | TaskEvent
  | NotificationEvent
  | ApprovalEvent
  | ImportEvent
  | ClockEvent;

/** An event in the audit log: what happened, who did it and when on the simulated clock. */
export type SandboxEvent = EventBody extends infer E ? (E extends EventBody ? E & { readonly meta: CommandMeta } : never) : never;

export type SandboxEventType = EventBody['type'];
