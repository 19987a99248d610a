import type { Account, AccountTeamMember } from './records.ts';
import type { AccountStatus } from './lifecycle.ts';

/** The fields `account.update` may change. */
export type AccountDetails = Pick<Account, 'nameEn' | 'industry' | 'phone' | 'address' | 'annualValue' | 'segment'>;

export type AccountEvent =
  | { readonly type: 'account.created'; readonly data: { readonly account: Account } }
  | { readonly type: 'account.statusChanged'; readonly data: { readonly code: string; readonly from: AccountStatus; readonly to: AccountStatus } }
  | {
      readonly type: 'account.updated';
      readonly data: { readonly code: string; readonly before: Partial<AccountDetails>; readonly after: Partial<AccountDetails> };
    }
  | { readonly type: 'account.ownerChanged'; readonly data: { readonly code: string; readonly from: string; readonly to: string } }
  | { readonly type: 'account.teamMemberAdded'; readonly data: { readonly code: string; readonly member: AccountTeamMember } }
  | { readonly type: 'account.teamMemberRemoved'; readonly data: { readonly code: string; readonly user: string } }
  | {
      readonly type: 'account.creditLimitChanged';
      readonly data: { readonly code: string; readonly from: number; readonly to: number; readonly approval: string };
    };
