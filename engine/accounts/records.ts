import type { Region } from './code.ts';
import type { Industry } from './industries.ts';
import type { AccountStatus } from './lifecycle.ts';
import type { Department } from '../users/records.ts';

/** A-customers bring the most business; segments come from annual value and the process's thresholds. */
export const segments = ['A', 'B', 'C'] as const;
export type Segment = (typeof segments)[number];

/** A member of the virtual team around an account: a colleague from another department (seed 003). */
export interface AccountTeamMember {
  readonly user: string;
  readonly department: Department;
}

/** A customer. Its id is its internal code, which never changes. */
export interface Account {
  readonly code: string;
  readonly region: Region;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly industry: Industry;
  /** Expected business per year, CNY. */
  readonly annualValue: number;
  readonly segment: Segment;
  /** Postal address, free text, or "" when unknown. */
  readonly address: string;
  /** E.164. */
  readonly phone: string;
  /** CNY; orders beyond it are refused until it is raised through review. */
  readonly creditLimit: number;
  /** User id of the account manager. */
  readonly owner: string;
  readonly team: readonly AccountTeamMember[];
  readonly status: AccountStatus;
  /** Set when the account was created although it looked like this existing one. */
  readonly duplicateOf?: string;
  /** Simulated time of creation, epoch milliseconds. */
  readonly createdAt: number;
}
