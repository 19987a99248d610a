import { requestApproval } from '../approvals/request.ts';
import { checkOwner, checkUser } from '../users/find.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { parseAmount } from '../normalise/amount.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { requireRole, supervisors } from '../permissions.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { checkPhone, requireFilled } from '../validate.ts';
import { accountCodeExample, normaliseAccountCode, regionOf } from './code.ts';
import type { AccountCommand } from './commands.ts';
import { findSuspectedDuplicate } from './duplicates.ts';
import type { AccountDetails } from './events.ts';
import { industries, isIndustry } from './industries.ts';
import { nextAccountStatus, type AccountLifecycleEvent } from './lifecycle.ts';
import type { Account } from './records.ts';
import { segmentOf } from './segment.ts';

type Data<T extends AccountCommand['type']> = Extract<AccountCommand, { type: T }>['data'];

function unknownAccount(typed: string): Result<never> {
  return rejected('reference.unknown', 'code', 'rejection.reference.account', { code: typed });
}

function checkIndustry(typed: string): Result<never> | undefined {
  return isIndustry(typed) ? undefined : rejected('validation.format', 'industry', 'rejection.format.industry', { received: typed, expected: industries.join(', ') });
}

/** Annual value as typed; empty means not yet known (0). */
function checkAnnualValue(typed: string): number | Result<never> {
  if (cleanText(typed) === '') return 0;
  return parseAmount(typed) ?? rejected('validation.format', 'annualValue', 'rejection.format.amount', { received: typed });
}

/**
 * A new customer: every required field present, the code in the company's
 * format and free, the phone valid, and no existing customer that looks the
 * same unless the user confirms it is a different company.
 */
function create(state: SandboxState, data: Data<'account.create'>, { at, actor }: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['code', 'nameZh', 'industry', 'phone']);
  if (missing) return missing;

  const code = normaliseAccountCode(data.code);
  const region = regionOf(code);
  if (region === undefined)
    return rejected('validation.format', 'code', 'rejection.format.code', { received: data.code, expected: accountCodeExample });
  if (state.accounts[code]) return rejected('duplicate.code', 'code', 'rejection.duplicate.code', { code });

  const badIndustry = checkIndustry(data.industry);
  if (badIndustry) return badIndustry;
  const phone = checkPhone(data.phone);
  if (typeof phone !== 'string') return phone;
  const annualValue = checkAnnualValue(data.annualValue);
  if (typeof annualValue !== 'number') return annualValue;

  const owner = checkOwner(state, data.owner, actor);
  if (typeof owner !== 'string') return owner;

  const nameZh = cleanText(data.nameZh);
  const nameEn = cleanText(data.nameEn);
  const duplicate = findSuspectedDuplicate(state, { nameZh, nameEn, phone });
  if (duplicate && !data.confirmDuplicate)
    return rejected('duplicate.suspected', duplicate.field, 'rejection.duplicate.suspected', {
      code: duplicate.account.code,
      name: duplicate.account.nameZh,
    });

  const segment = segmentOf(annualValue, state.process);
  const account: Account = {
    code,
    region,
    nameZh,
    nameEn,
    industry: data.industry as Account['industry'],
    annualValue,
    segment,
    address: cleanText(data.address),
    phone,
    creditLimit: state.process.credit.defaultLimits[segment],
    owner,
    team: [],
    status: 'prospect',
    ...(duplicate ? { duplicateOf: duplicate.account.code } : {}),
    createdAt: at,
  };
  return applied({ type: 'account.created', data: { account } });
}

const lifecycleEvents = {
  'account.activate': { type: 'activate' },
  'account.markDormant': { type: 'markDormant' },
  'account.reactivate': { type: 'reactivate' },
} as const satisfies Record<string, AccountLifecycleEvent>;

/** Moves an account along its lifecycle, when the lifecycle machine allows the move. */
function lifecycle(type: keyof typeof lifecycleEvents) {
  return (state: SandboxState, data: { code: string }): Result<EventBody> => {
    const code = normaliseAccountCode(data.code);
    const account = state.accounts[code];
    if (!account) return unknownAccount(data.code);
    const to = nextAccountStatus(account.status, lifecycleEvents[type]);
    if (to === undefined) return rejected('transition.not-allowed', 'status', 'rejection.transition.account', { from: account.status, command: type });
    return applied({ type: 'account.statusChanged', data: { code, from: account.status, to } });
  };
}

/** Changes the given details; the event records each changed field before and after. */
function update(state: SandboxState, data: Data<'account.update'>): Result<EventBody> {
  const account = state.accounts[normaliseAccountCode(data.code)];
  if (!account) return unknownAccount(data.code);
  const after: { -readonly [K in keyof AccountDetails]?: AccountDetails[K] } = {};
  if (data.nameEn !== undefined) after.nameEn = cleanText(data.nameEn);
  if (data.address !== undefined) after.address = cleanText(data.address);
  if (data.industry !== undefined) {
    const bad = checkIndustry(data.industry);
    if (bad) return bad;
    after.industry = data.industry as Account['industry'];
  }
  if (data.phone !== undefined) {
    const phone = checkPhone(data.phone);
    if (typeof phone !== 'string') return phone;
    after.phone = phone;
  }
  if (data.annualValue !== undefined) {
    const annualValue = checkAnnualValue(data.annualValue);
    if (typeof annualValue !== 'number') return annualValue;
    after.annualValue = annualValue;
    after.segment = segmentOf(annualValue, state.process);
  }
  const changed = (Object.keys(after) as (keyof AccountDetails)[]).filter((field) => after[field] !== account[field]);
  if (changed.length === 0) return rejected('validation.incomplete', 'code', 'rejection.account.nothing-changed', { code: account.code });
  return applied({
    type: 'account.updated',
    data: {
      code: account.code,
      before: Object.fromEntries(changed.map((field) => [field, account[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    },
  });
}

/** Hands the account to another manager; only a lead may. The new owner is told. */
function assignOwner(state: SandboxState, data: Data<'account.assignOwner'>, context: DecideContext): Result<EventBody> {
  const denied = requireRole(context.actor, supervisors);
  if (denied) return denied;
  const account = state.accounts[normaliseAccountCode(data.code)];
  if (!account) return unknownAccount(data.code);
  const owner = checkUser(state, data.owner, 'owner');
  if ('ok' in owner) return owner;
  if (owner.id === account.owner) return rejected('validation.format', 'owner', 'rejection.account.same-owner', { owner: owner.id });
  return applied(
    { type: 'account.ownerChanged', data: { code: account.code, from: account.owner, to: owner.id } },
    ...notify(context, {
      to: [owner.id],
      kind: 'changed',
      about: { entity: 'account', id: account.code },
      messageKey: 'notification.account.assigned',
      params: { code: account.code, name: account.nameZh },
    }),
  );
}

/** Puts a colleague on the account's virtual team (seed 003); they are told. */
function addTeamMember(state: SandboxState, data: Data<'account.addTeamMember'>, context: DecideContext): Result<EventBody> {
  const account = state.accounts[normaliseAccountCode(data.code)];
  if (!account) return unknownAccount(data.code);
  const user = checkUser(state, data.user, 'user');
  if ('ok' in user) return user;
  if (user.id === account.owner || account.team.some((member) => member.user === user.id))
    return rejected('validation.format', 'user', 'rejection.account.already-member', { user: user.id });
  return applied(
    { type: 'account.teamMemberAdded', data: { code: account.code, member: { user: user.id, department: user.department } } },
    ...notify(context, {
      to: [user.id],
      kind: 'shared',
      about: { entity: 'account', id: account.code },
      messageKey: 'notification.account.team-joined',
      params: { code: account.code, name: account.nameZh },
    }),
  );
}

function removeTeamMember(state: SandboxState, data: Data<'account.removeTeamMember'>): Result<EventBody> {
  const account = state.accounts[normaliseAccountCode(data.code)];
  if (!account) return unknownAccount(data.code);
  const user = cleanText(data.user);
  if (!account.team.some((member) => member.user === user)) return rejected('reference.unknown', 'user', 'rejection.account.not-member', { user });
  return applied({ type: 'account.teamMemberRemoved', data: { code: account.code, user } });
}

/**
 * A credit-limit change is important data (seed 000): it is held as an
 * approval request and applied only when every review level approves. A
 * large raise needs the longer chain.
 */
function requestCreditLimit(state: SandboxState, data: Data<'account.requestCreditLimit'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['code', 'limit', 'reason']);
  if (missing) return missing;
  const account = state.accounts[normaliseAccountCode(data.code)];
  if (!account) return unknownAccount(data.code);
  const limit = parseAmount(data.limit);
  if (limit === undefined) return rejected('validation.format', 'limit', 'rejection.format.amount', { received: data.limit });
  if (limit === account.creditLimit) return rejected('validation.format', 'limit', 'rejection.account.same-limit', { limit });
  const { credit } = state.process;
  const levels = limit - account.creditLimit > credit.largeChange ? credit.largeChangeLevels : credit.reviewLevels;
  return applied(
    ...requestApproval(state, context, {
      kind: 'account.creditLimit',
      about: { entity: 'account', id: account.code },
      change: { creditLimit: limit, reason: cleanText(data.reason) },
      levels,
    }),
  );
}

export const accountDeciders: Deciders<AccountCommand> = {
  'account.create': create,
  'account.activate': lifecycle('account.activate'),
  'account.markDormant': lifecycle('account.markDormant'),
  'account.reactivate': lifecycle('account.reactivate'),
  'account.update': update,
  'account.assignOwner': assignOwner,
  'account.addTeamMember': addTeamMember,
  'account.removeTeamMember': removeTeamMember,
  'account.requestCreditLimit': requestCreditLimit,
};
