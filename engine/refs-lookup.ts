import type { RecordEntity } from './refs.ts';
import type { SandboxState, TableName } from './state.ts';

/** The table each kind of record lives in. */
export const tableOf = {
  account: 'accounts',
  contact: 'contacts',
  lead: 'leads',
  opportunity: 'opportunities',
  product: 'products',
  quote: 'quotes',
  order: 'orders',
  ticket: 'tickets',
  task: 'tasks',
  approval: 'approvals',
} as const satisfies Record<RecordEntity, TableName>;

/** The record a reference points at, or undefined. */
export function findRecord(state: SandboxState, entity: RecordEntity, id: string): object | undefined {
  return state[tableOf[entity]][id];
}
