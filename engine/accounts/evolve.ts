import type { Evolvers } from '../module.ts';
import { accountKeys } from './duplicates.ts';
import type { AccountEvent } from './events.ts';

export const accountEvolvers: Evolvers<AccountEvent> = {
  'account.created': (draft, { account }) => {
    draft.insert('accounts', account.code, account);
    const { names, phone } = accountKeys(account);
    for (const name of names) draft.index('accountNames', name, account.code);
    draft.index('accountPhones', phone, account.code);
  },
  'account.statusChanged': (draft, { code, to }) => draft.update('accounts', code, { status: to }),
  'account.updated': (draft, { code, after }) => {
    draft.update('accounts', code, after);
    const account = draft.state.accounts[code];
    const { names, phone } = accountKeys(account);
    for (const name of names) draft.index('accountNames', name, code);
    draft.index('accountPhones', phone, code);
  },
  'account.ownerChanged': (draft, { code, to }) => draft.update('accounts', code, { owner: to }),
  'account.teamMemberAdded': (draft, { code, member }) =>
    draft.update('accounts', code, { team: [...draft.state.accounts[code].team, member] }),
  'account.teamMemberRemoved': (draft, { code, user }) =>
    draft.update('accounts', code, { team: draft.state.accounts[code].team.filter((member) => member.user !== user) }),
  'account.creditLimitChanged': (draft, { code, to }) => draft.update('accounts', code, { creditLimit: to }),
};
