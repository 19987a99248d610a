import type { Account, SandboxState } from './records.ts';
import { companyNameKey } from './normalise/company-name.ts';

/**
 * The existing account that a new one probably repeats: same company name in
 * either language once width, punctuation and legal form are set aside, or
 * the same switchboard number. The first match in creation order.
 */
export function findSuspectedDuplicate(
  state: SandboxState,
  candidate: { readonly nameZh: string; readonly nameEn: string; readonly phone: string },
): Account | undefined {
  const keys = new Set([candidate.nameZh, candidate.nameEn].filter((name) => name !== '').map(companyNameKey));
  return Object.values(state.accounts).find(
    (account) =>
      keys.has(companyNameKey(account.nameZh)) ||
      (account.nameEn !== '' && keys.has(companyNameKey(account.nameEn))) ||
      account.phone === candidate.phone,
  );
}
