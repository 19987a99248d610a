import type { AccountStatus } from './account-lifecycle.ts';
import type { Industry } from './industries.ts';
import type { Region } from './account-code.ts';

/** A customer. Its id is its internal code, which never changes. */
export interface Account {
  readonly code: string;
  readonly region: Region;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly industry: Industry;
  /** E.164. */
  readonly phone: string;
  readonly status: AccountStatus;
  /** Set when the account was created although it looked like this existing one. */
  readonly duplicateOf?: string;
  /** Simulated time of creation, epoch milliseconds. */
  readonly createdAt: number;
}

/** A person at a customer. */
export interface Contact {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  readonly title: string;
  /** E.164. */
  readonly phone: string;
  /** Lower-cased address, or "" when unknown. */
  readonly email: string;
  readonly createdAt: number;
}

/** The whole sandbox CRM at one moment. Plain data: serialisable, comparable. */
export interface SandboxState {
  /** The simulated clock, epoch milliseconds. */
  readonly now: number;
  /** Keyed by code, in creation order. */
  readonly accounts: Readonly<Record<string, Account>>;
  /** Keyed by id, in creation order. */
  readonly contacts: Readonly<Record<string, Contact>>;
  /** Serial for the next contact id. */
  readonly nextContact: number;
}

export function emptySandbox(now: number): SandboxState {
  return { now, accounts: {}, contacts: {}, nextContact: 1 };
}

export function contactId(serial: number): string {
  return `CT-${String(serial).padStart(6, '0')}`;
}
