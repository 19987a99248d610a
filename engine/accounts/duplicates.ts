import { companyNameKey } from '../normalise/company-name.ts';
import { lookUp, type SandboxState } from '../state.ts';
import type { Account } from './records.ts';

export interface AccountLikeness {
  readonly nameZh: string;
  readonly nameEn: string;
  /** E.164. */
  readonly phone: string;
}

/** The index keys a customer is found by: its names' comparison keys and its switchboard number. */
export function accountKeys(candidate: AccountLikeness): { names: string[]; phone: string } {
  return { names: [candidate.nameZh, candidate.nameEn].filter((name) => name !== '').map(companyNameKey), phone: candidate.phone };
}

/**
 * The existing account that a new one probably repeats: the same company name
 * in either language once width, punctuation, legal form and city are set
 * aside, or the same switchboard number. Names are checked before the number.
 * Returns it with the field that matched, for the form to point at.
 */
export function findSuspectedDuplicate(
  state: SandboxState,
  candidate: AccountLikeness,
): { account: Account; field: 'nameZh' | 'nameEn' | 'phone' } | undefined {
  const [zhKey, enKey] = [candidate.nameZh, candidate.nameEn].map((name) => (name === '' ? '' : companyNameKey(name)));
  const byZh = zhKey === '' ? undefined : lookUp(state, 'accountNames', zhKey);
  if (byZh) return { account: state.accounts[byZh], field: 'nameZh' };
  const byEn = enKey === '' ? undefined : lookUp(state, 'accountNames', enKey);
  if (byEn) return { account: state.accounts[byEn], field: 'nameEn' };
  const byPhone = lookUp(state, 'accountPhones', candidate.phone);
  return byPhone ? { account: state.accounts[byPhone], field: 'phone' } : undefined;
}
