import type { RecordEntity, RecordRef } from '../../../../engine/refs.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import { areas, type AreaId } from '../areas.ts';

/** Where a record opens in the sandbox: the area working on its kind, and the id that area's record page takes. */
export interface RecordLink {
  readonly area: AreaId;
  readonly id: string;
}

/** Kinds of record more than one area acts on, and the one whose page shows them: approvals are decided in My work. */
const homes: Partial<Record<RecordEntity, AreaId>> = { approval: 'work' };

/**
 * The page a reference (a notification's or task's subject) leads to, or
 * undefined while no area shows that kind of record. A contact opens on its
 * customer's page, where contacts are kept.
 */
export function recordLink(state: Pick<SandboxState, 'contacts'>, ref: RecordRef): RecordLink | undefined {
  const entity = ref.entity === 'contact' ? 'account' : ref.entity;
  const id = ref.entity === 'contact' ? state.contacts[ref.id]?.accountCode : ref.id;
  const area = homes[entity] ?? areas.find((candidate) => (candidate.entities as readonly string[]).includes(entity))?.id;
  return area && id !== undefined ? { area, id } : undefined;
}
