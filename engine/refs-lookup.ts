import { normaliseId } from './ids.ts';
import type { RecordEntity, RecordRef } from './refs.ts';
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

/**
 * A reference to the record of kind `entity` a form names, however its id or
 * code was typed (case, width, spaces); undefined when there is none. Own
 * keys only, so a typed "constructor" is not mistaken for a record.
 */
export function findRecord(state: SandboxState, entity: RecordEntity, typed: string): RecordRef | undefined {
  const id = normaliseId(typed);
  return Object.hasOwn(state[tableOf[entity]], id) ? { entity, id } : undefined;
}
