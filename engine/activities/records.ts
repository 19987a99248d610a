import type { RecordRef } from '../refs.ts';

export const activityKinds = ['call', 'visit', 'email', 'meeting'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** What an activity can be logged against. */
export const activitySubjects = ['account', 'contact', 'lead', 'opportunity', 'ticket'] as const;
export type ActivitySubject = (typeof activitySubjects)[number];

/** A call, visit, email or meeting, logged against what it was about. */
export interface Activity {
  readonly id: string;
  readonly kind: ActivityKind;
  /** An account, contact, lead, opportunity or ticket. */
  readonly about: RecordRef;
  readonly outcome: string;
  /** What happens next, or "". */
  readonly nextStep: string;
  readonly by: string;
  readonly at: number;
  /** Id of the task that reminds `by` of the next step, when a follow-up time was given. */
  readonly task?: string;
}
