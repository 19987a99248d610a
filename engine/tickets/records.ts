import type { TicketPriority } from '../process/config.ts';
import type { TicketStatus } from './lifecycle.ts';

/** A service request or complaint, with a deadline from its priority's SLA. */
export interface Ticket {
  readonly id: string;
  readonly accountCode: string;
  /** Contact id of who raised it, or "". */
  readonly contact: string;
  readonly subject: string;
  readonly priority: TicketPriority;
  readonly status: TicketStatus;
  /** User id, or "" while unassigned. */
  readonly assignee: string;
  /** Simulated time by which it must be resolved. */
  readonly dueAt: number;
  /** Set when the clock passed dueAt before it was resolved. */
  readonly breachedAt?: number;
  /** User id it was escalated to on breach. */
  readonly escalatedTo?: string;
  readonly resolution?: string;
  /** Why the customer reopened it, the last time they did. */
  readonly reopenReason?: string;
  /** User id of who opened it. */
  readonly openedBy: string;
  readonly createdAt: number;
}
