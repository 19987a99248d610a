import * as v from 'valibot';
import { normaliseAccountCode } from '../accounts/code.ts';
import { accountCommands } from '../accounts/commands.ts';
import { accountDeciders } from '../accounts/decide.ts';
import type { Account } from '../accounts/records.ts';
import { contactCommands } from '../contacts/commands.ts';
import { contactDeciders } from '../contacts/decide.ts';
import type { Contact } from '../contacts/records.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { applied, type Rejection, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { ImportEntity } from './records.ts';

/** A row's cells by the field they are mapped to; blank optional cells are left out so the command's defaults apply. */
export type RowFields = Readonly<Record<string, string>>;

/** What a merge did: the update decision, and which of the record's empty fields it fills. */
export interface Merge {
  readonly result: Result<EventBody>;
  readonly fields: readonly string[];
}

/** How rows become one kind of record, decided by that record's own module. */
export interface ImportTarget {
  /** Fields of the create command a column may be mapped to. */
  readonly fields: readonly string[];
  /** Fields the create command cannot do without; each needs a column. */
  readonly required: readonly string[];
  create(state: SandboxState, row: RowFields, context: DecideContext): Result<EventBody>;
  /** The id of the record a created-event holds. */
  createdId(events: readonly EventBody[]): string;
  /** The existing record a duplicate refusal points at. */
  duplicateOf(row: RowFields, rejection: Rejection): string;
  /** Fills the existing record's empty fields from the row, and only those. */
  merge(state: SandboxState, id: string, row: RowFields, context: DecideContext): Merge;
}

/** The create command's text fields a column may feed (confirming a duplicate is a person's decision, never a column's), and the required ones among them. */
function fieldsOf(entries: v.ObjectEntries): { fields: string[]; required: string[] } {
  const fields = Object.keys(entries).filter((field) => field !== 'confirmDuplicate');
  return { fields, required: fields.filter((field) => !v.is(entries[field], undefined)) };
}

interface Fill<R, F extends keyof R & string> {
  readonly record: R;
  readonly fillable: readonly F[];
  readonly isEmpty: (record: R, field: F) => boolean;
  /** The module's own update decision for the fields to fill, so a filled value is checked like one typed into the form. */
  readonly update: (patch: Record<string, string>) => Result<EventBody>;
  /** The update's refusal for a change that changes nothing (an amount of "0" where the record holds 0). */
  readonly nothingChanged: string;
}

/**
 * Fills the fields that are empty on the record and given in the row, and
 * never touches the others. Filling nothing is a merge too: the row is
 * accounted for by the record it repeats.
 */
function fillEmpty<R, F extends keyof R & string>(row: RowFields, { record, fillable, isEmpty, update, nothingChanged }: Fill<R, F>): Merge {
  const wanted = fillable.filter((field) => isEmpty(record, field) && cleanText(row[field]) !== '');
  if (wanted.length === 0) return { result: applied(), fields: [] };
  const result = update(Object.fromEntries(wanted.map((field) => [field, row[field]])));
  if (!result.ok) return result.rejection.messageKey === nothingChanged ? { result: applied(), fields: [] } : { result, fields: [] };
  // An account's segment follows from its annual value: it changes, but the row did not fill it.
  const after = result.events.flatMap((event) => (event.type === 'account.updated' || event.type === 'contact.updated' ? Object.keys(event.data.after) : []));
  return { result, fields: wanted.filter((field) => after.includes(field)) };
}

/** The first of the module's commands; the deciders' types would not accept another's data. */
const accountCreate = accountCommands[0].entries.data;

const account: ImportTarget = {
  ...fieldsOf(accountCreate.entries),
  create: (state, row, context) => accountDeciders['account.create'](state, v.parse(accountCreate, row), context),
  createdId: (events) => events.flatMap((event) => (event.type === 'account.created' ? [event.data.account.code] : []))[0],
  duplicateOf: (row, rejection) => (rejection.code === 'duplicate.code' ? normaliseAccountCode(row.code) : String(rejection.params.code)),
  merge: (state, code, row, context) =>
    fillEmpty(row, {
      record: state.accounts[code],
      fillable: ['nameEn', 'address', 'annualValue'],
      isEmpty: (record: Account, field) => (field === 'annualValue' ? record.annualValue === 0 : record[field] === ''),
      update: (patch) => accountDeciders['account.update'](state, { code, ...patch }, context),
      nothingChanged: 'rejection.account.nothing-changed',
    }),
};

/** The first of the module's commands; the deciders' types would not accept another's data. */
const contactCreate = contactCommands[0].entries.data;

const contact: ImportTarget = {
  ...fieldsOf(contactCreate.entries),
  create: (state, row, context) => contactDeciders['contact.create'](state, v.parse(contactCreate, row), context),
  createdId: (events) => events.flatMap((event) => (event.type === 'contact.created' ? [event.data.contact.id] : []))[0],
  duplicateOf: (_row, rejection) => String(rejection.params.id),
  merge: (state, id, row, context) =>
    fillEmpty(row, {
      record: state.contacts[id],
      fillable: ['title', 'email', 'role'],
      // `other` is the role a contact gets when none was given, so it counts as empty.
      isEmpty: (record: Contact, field) => record[field] === (field === 'role' ? 'other' : ''),
      update: (patch) => contactDeciders['contact.update'](state, { id, ...patch }, context),
      nothingChanged: 'rejection.contact.nothing-changed',
    }),
};

export const importTargets: Readonly<Record<ImportEntity, ImportTarget>> = { account, contact };
