import { accountCodeExample, normaliseAccountCode, regionOf } from './account-code.ts';
import { nextAccountStatus, type AccountLifecycleEvent } from './account-lifecycle.ts';
import type { Command } from './commands.ts';
import { findSuspectedDuplicate } from './duplicates.ts';
import type { SandboxEvent } from './events.ts';
import { industries, isIndustry } from './industries.ts';
import { normalisePhone } from './normalise/phone.ts';
import { cleanText } from './normalise/text.ts';
import type { SandboxState } from './records.ts';
import { applied, rejected, type Result } from './result.ts';

type AccountCreate = Extract<Command, { type: 'account.create' }>;
type AccountLifecycleCommand = Extract<Command, { type: 'account.activate' | 'account.markDormant' | 'account.reactivate' }>;

const requiredFields = ['code', 'nameZh', 'industry', 'phone'] as const;

/**
 * A new customer: every required field present, the code in the company's
 * format and free, the phone valid, and no existing customer that looks the
 * same unless the user confirms it is a different company.
 */
export function decideAccountCreate(state: SandboxState, command: AccountCreate): Result<SandboxEvent> {
  const { data, meta } = command;
  const missing = requiredFields.find((field) => cleanText(data[field]) === '');
  if (missing) return rejected('validation.incomplete', missing, 'rejection.incomplete');

  const code = normaliseAccountCode(data.code);
  const region = regionOf(code);
  if (region === undefined)
    return rejected('validation.format', 'code', 'rejection.format.code', { received: data.code, expected: accountCodeExample });
  if (state.accounts[code]) return rejected('duplicate.code', 'code', 'rejection.duplicate.code', { code });

  if (!isIndustry(data.industry))
    return rejected('validation.format', 'industry', 'rejection.format.industry', { received: data.industry, expected: industries.join(', ') });

  const phone = normalisePhone(data.phone);
  if (phone === undefined) return rejected('validation.format', 'phone', 'rejection.format.phone', { received: data.phone });

  const nameZh = cleanText(data.nameZh);
  const nameEn = cleanText(data.nameEn);
  const duplicate = findSuspectedDuplicate(state, { nameZh, nameEn, phone });
  if (duplicate && !data.confirmDuplicate)
    return rejected('duplicate.suspected', 'nameZh', 'rejection.duplicate.suspected', { code: duplicate.code, name: duplicate.nameZh });

  return applied({
    type: 'account.created',
    data: {
      account: {
        code,
        region,
        nameZh,
        nameEn,
        industry: data.industry,
        phone,
        status: 'prospect',
        ...(duplicate ? { duplicateOf: duplicate.code } : {}),
        createdAt: meta.at,
      },
    },
    meta,
  });
}

const lifecycleEvents: Record<AccountLifecycleCommand['type'], AccountLifecycleEvent> = {
  'account.activate': { type: 'activate' },
  'account.markDormant': { type: 'markDormant' },
  'account.reactivate': { type: 'reactivate' },
};

/** Moves an account along its lifecycle, when the lifecycle machine allows the move. */
export function decideAccountLifecycle(state: SandboxState, command: AccountLifecycleCommand): Result<SandboxEvent> {
  const code = normaliseAccountCode(command.data.code);
  const account = state.accounts[code];
  if (!account) return rejected('reference.unknown', 'code', 'rejection.reference.account', { code: command.data.code });
  const to = nextAccountStatus(account.status, lifecycleEvents[command.type]);
  if (to === undefined)
    return rejected('lifecycle.not-allowed', 'status', 'rejection.lifecycle.not-allowed', { from: account.status, command: command.type });
  return applied({ type: 'account.statusChanged', data: { code, from: account.status, to }, meta: command.meta });
}
