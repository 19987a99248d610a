import { cleanText } from './normalise/text.ts';
import { serialId, type SandboxState, type SerialTable } from './state.ts';

/** Hands out the ids a command's new records get, in order, from the state's serials. */
export interface Ids {
  next(table: SerialTable): string;
}

/**
 * Ids for one command. The evolver that inserts each record moves the
 * table's serial on, so the ids a decider takes here are the ones the
 * records get, however many one command creates.
 */
export function idsFor(state: SandboxState): Ids {
  const taken: Partial<Record<SerialTable, number>> = {};
  return {
    next(table) {
      const serial = state.serials[table] + (taken[table] ?? 0);
      taken[table] = (taken[table] ?? 0) + 1;
      return serialId(table, serial);
    },
  };
}

/**
 * A record id or code as typed in a form — any case, width or spacing — as
 * the engine writes it: " op-００００01" → "OP-000001".
 */
export function normaliseId(typed: string): string {
  return cleanText(typed).toUpperCase();
}
