import type { Account } from './accounts/records.ts';
import type { Activity } from './activities/records.ts';
import type { Approval } from './approvals/records.ts';
import type { Contact } from './contacts/records.ts';
import type { ImportRun } from './imports/records.ts';
import type { Lead } from './leads/records.ts';
import type { Notification } from './notifications/records.ts';
import type { Opportunity } from './opportunities/records.ts';
import type { Order } from './orders/records.ts';
import { defaultProcess, type ProcessConfig } from './process/config.ts';
import type { Product } from './products/records.ts';
import type { Quote } from './quotes/records.ts';
import type { Task } from './tasks/records.ts';
import type { Ticket } from './tickets/records.ts';
import type { Team, User } from './users/records.ts';

/** Records keyed by id, in creation order. */
export type Table<Row> = Readonly<Record<string, Row>>;

/** The whole sandbox CRM at one moment. Plain data: serialisable, comparable. */
export interface SandboxState {
  /** The simulated clock, epoch milliseconds. */
  readonly now: number;
  /** The company's own process; the lifecycle rules are built from it. */
  readonly process: ProcessConfig;
  /** The serial number the next record of each kind gets. */
  readonly serials: Readonly<Record<SerialTable, number>>;
  readonly users: Table<User>;
  readonly teams: Table<Team>;
  /** Keyed by internal code. */
  readonly accounts: Table<Account>;
  readonly contacts: Table<Contact>;
  readonly leads: Table<Lead>;
  readonly opportunities: Table<Opportunity>;
  /** Keyed by internal code. */
  readonly products: Table<Product>;
  readonly quotes: Table<Quote>;
  readonly orders: Table<Order>;
  readonly tickets: Table<Ticket>;
  readonly activities: Table<Activity>;
  readonly tasks: Table<Task>;
  readonly notifications: Table<Notification>;
  readonly approvals: Table<Approval>;
  readonly imports: Table<ImportRun>;
  /** Lookups kept beside the tables, so duplicate checks stay fast on a 10,000-account sandbox. */
  readonly index: SandboxIndex;
}

export interface SandboxIndex {
  /** Company-name key (either language) → code of the first account with it. */
  readonly accountNames: Table<string>;
  /** E.164 switchboard number → code of the first account with it. */
  readonly accountPhones: Table<string>;
  /** E.164 → id of the first contact with it. */
  readonly contactPhones: Table<string>;
  /** Lower-cased address → id of the first contact with it. */
  readonly contactEmails: Table<string>;
  /** Product-name key (either language) → product code. */
  readonly productNames: Table<string>;
  /** Quote id → id of the order made from it. */
  readonly orderQuotes: Table<string>;
}

export const tableNames = [
  'users',
  'teams',
  'accounts',
  'contacts',
  'leads',
  'opportunities',
  'products',
  'quotes',
  'orders',
  'tickets',
  'activities',
  'tasks',
  'notifications',
  'approvals',
  'imports',
] as const;
export type TableName = (typeof tableNames)[number];
export type RowOf<N extends TableName> = SandboxState[N] extends Table<infer Row> ? Row : never;

export type IndexName = keyof SandboxIndex;

/**
 * The id filed under `key`, if any. Keys come from what people type, and a
 * plain object answers "constructor" or "toString" from its prototype, so
 * only the index's own entries count.
 */
export function lookUp(state: SandboxState, name: IndexName, key: string): string | undefined {
  const entries = state.index[name];
  return Object.hasOwn(entries, key) ? entries[key] : undefined;
}

/** Tables whose ids the engine numbers, with each id's prefix: CT-000001, OP-000042. */
export const serialPrefixes = {
  contacts: 'CT',
  leads: 'LD',
  opportunities: 'OP',
  quotes: 'QT',
  orders: 'SO',
  tickets: 'TK',
  activities: 'AC',
  tasks: 'TS',
  notifications: 'NT',
  approvals: 'AP',
  imports: 'IM',
} as const satisfies Partial<Record<TableName, string>>;
export type SerialTable = keyof typeof serialPrefixes;

export function isSerialTable(name: TableName): name is SerialTable {
  return name in serialPrefixes;
}

export function serialId(table: SerialTable, serial: number): string {
  return `${serialPrefixes[table]}-${String(serial).padStart(6, '0')}`;
}

export function emptySandbox(now: number, process: ProcessConfig = defaultProcess): SandboxState {
  const serials = Object.fromEntries(Object.keys(serialPrefixes).map((table) => [table, 1])) as Record<SerialTable, number>;
  const tables = Object.fromEntries(tableNames.map((name) => [name, {}])) as { [N in TableName]: Table<RowOf<N>> };
  return {
    now,
    process,
    serials,
    ...tables,
    index: { accountNames: {}, accountPhones: {}, contactPhones: {}, contactEmails: {}, productNames: {}, orderQuotes: {} },
  };
}
