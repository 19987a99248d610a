import type { RecordRef } from '../refs.ts';

export const activityKinds = ['call', 'visit', 'email', 'meeting'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** A call, visit, email or meeting, logged against what it was about. */
export interface Activity {
  readonly id: string;
  readonly kind: ActivityKind;
  /** An account, contact, opportunity or ticket. */
  readonly about: RecordRef;
  readonly outcome: string;
  /** What happens next, or "". */
  readonly nextStep: string;
  readonly by: string;
  readonly at: number;
}
