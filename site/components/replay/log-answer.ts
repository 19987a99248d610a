import type { AttemptEntry } from '../../../engine/scenario/record.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import type { StoredAttempt } from '../../records/schema.ts';

/** What GET /api/attempts/:id/log answers. */
export interface LogAnswer {
  readonly attempt: StoredAttempt;
  readonly owner: { readonly id: string; readonly name: string };
  readonly entries: readonly AttemptEntry[];
  readonly scenario: Scenario;
}
