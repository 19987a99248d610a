import type { RecordEntity, RecordRef } from '../../../../engine/refs.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import type { LocaleId } from '../../../i18n/locales.ts';
import { areas, type AreaId } from '../areas.ts';
import { accountNames } from '../customers/names.ts';

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

/** What people call the record, where it has a name of its own: a customer's or contact's name, a ticket's or task's subject. */
export function recordName(state: Pick<SandboxState, 'accounts' | 'contacts' | 'tickets' | 'tasks'>, ref: RecordRef, locale: LocaleId): string | undefined {
  switch (ref.entity) {
    case 'account': {
      const account = state.accounts[ref.id];
      return account ? accountNames(account, locale).primary : undefined;
    }
    case 'contact':
      return state.contacts[ref.id]?.name;
    case 'ticket':
      return state.tickets[ref.id]?.subject;
    case 'task':
      return state.tasks[ref.id]?.title;
    default:
      return undefined;
  }
}
