import { accountCode, execute, type CommandInput } from '../../engine/index.ts';
import { approversFor } from '../../engine/approvals/request.ts';
import { admin, colleagues } from '../../engine/fixtures/staff.ts';
import { leadOf, malformed, pickAccount, pickWhere, salesTrainees, someTrainee, type Entry, type Weighted, type World } from './world.ts';

/**
 * The work around the cards: lifecycle moves the rules allow and refuse,
 * owners and virtual teams, credit-limit requests and their reviews,
 * notifications, people and teams, the clock, and input that is not a
 * command at all.
 */

const lifecycleTypes = ['account.activate', 'account.markDormant', 'account.reactivate'] as const;

/** A lifecycle step on an existing customer that the engine allows, or one it refuses, as asked. */
function lifecycleStep(world: World, allowed: boolean): Entry | undefined {
  const account = pickAccount(world);
  const meta = { at: world.state.now, actor: account.owner };
  const steps = lifecycleTypes
    .map((type): CommandInput => ({ type, data: { code: account.code } }))
    .filter((body) => execute(world.state, body, meta).ok === allowed);
  return steps.length === 0 ? undefined : { body: world.random.pick(steps), actor: account.owner };
}

/** A lead hands a customer to one of their trainees; a trainee trying the same is refused. */
function assignOwner(world: World, byLead: boolean): Entry {
  const account = pickAccount(world);
  const owner = world.random.pick(salesTrainees.filter((trainee) => trainee !== account.owner));
  const actor = byLead ? (leadOf(world.state, account.owner) ?? admin.id) : someTrainee(world);
  return { body: { type: 'account.assignOwner', data: { code: account.code, owner } }, actor };
}

function addTeamMember(world: World): Entry {
  const account = pickAccount(world);
  const user = world.random.pick([...Object.values(colleagues).map((colleague) => colleague.id), account.owner]);
  return { body: { type: 'account.addTeamMember', data: { code: account.code, user } }, actor: account.owner };
}

function removeTeamMember(world: World): Entry | undefined {
  const account = pickWhere(world, world.state.accounts, (candidate) => candidate.team.length > 0);
  if (!account) return undefined;
  const user = world.random.int(1, 4) === 1 ? 'u.nobody' : world.random.pick(account.team).user;
  return { body: { type: 'account.removeTeamMember', data: { code: account.code, user } }, actor: account.owner };
}

/** The owner asks for a higher limit: usually a sensible amount, sometimes a slip (words, the same limit, no reason). */
function requestCreditLimit(world: World, valid: boolean): Entry {
  const account = pickAccount(world);
  const { random } = world;
  const raise = `${Math.round(account.creditLimit / 10_000) + random.pick([10, 20, 50, 80])}万`;
  const data = valid
    ? { limit: raise, reason: random.pick(['年度框架协议已签', '新项目需要更大账期', '历史付款记录良好']) }
    : random.pick([
        { limit: '大概一百万', reason: '客户要求' },
        { limit: String(account.creditLimit), reason: '客户要求' },
        { limit: raise, reason: '' },
      ]);
  return { body: { type: 'account.requestCreditLimit', data: { code: account.code, ...data } }, actor: account.owner };
}

/** The reviewer the pending approval waits on approves it, or rejects it with a reason. */
function reviewApproval(world: World, verdict: 'approve' | 'reject'): Entry | undefined {
  const approval = pickWhere(world, world.state.approvals, (candidate) => candidate.status === 'pending');
  if (!approval) return undefined;
  const [reviewer = admin.id] = approversFor(world.state, approval.requestedBy, approval.levels[approval.decisions.length]);
  const body: CommandInput =
    verdict === 'reject'
      ? { type: 'approval.reject', data: { id: approval.id, comment: '请补充客户的付款记录' } }
      : { type: 'approval.approve', data: { id: approval.id, comment: '' } };
  return { body, actor: reviewer };
}

/** Reviews the rules refuse: by the requester, by a trainee, on a closed request, a rejection without a reason, an unknown id. */
function refusedReview(world: World): Entry | undefined {
  const approval = pickWhere(world, world.state.approvals, () => true);
  if (!approval) return undefined;
  const { random } = world;
  const variant = random.int(1, 4);
  if (variant === 1) return { body: { type: 'approval.approve', data: { id: approval.id } }, actor: approval.requestedBy };
  if (variant === 2) return { body: { type: 'approval.reject', data: { id: approval.id, comment: '' } }, actor: leadOf(world.state, approval.requestedBy) ?? admin.id };
  if (variant === 3) return { body: { type: 'approval.approve', data: { id: 'AP-999999' } }, actor: admin.id };
  return { body: { type: 'approval.approve', data: { id: approval.id } }, actor: someTrainee(world) };
}

/** Someone opens their inbox; now and then a colleague's notification is clicked, which is not theirs to mark. */
function markRead(world: World, own: boolean): Entry | undefined {
  const notification = pickWhere(world, world.state.notifications, (candidate) => !candidate.read);
  if (!notification) return undefined;
  const actor = own ? notification.to : world.random.pick(salesTrainees.filter((trainee) => trainee !== notification.to));
  return { body: { type: 'notification.markRead', data: { id: notification.id } }, actor };
}

function share(world: World): Entry {
  const account = pickAccount(world);
  const colleague = world.random.pick([...Object.values(colleagues).map((user) => user.id), 'u.unknown']);
  const id = world.random.int(1, 6) === 1 ? accountCode('GZ', world.random.int(90_000, 99_999)) : account.code;
  return { body: { type: 'record.share', data: { entity: 'account', id, with: colleague, note: '请跟进一下' } }, actor: account.owner };
}

/** The admin sets up a new colleague, or a new team under a new lead. */
function newColleague(world: World): Entry {
  const serial = Object.keys(world.state.users).length;
  const lead = Object.values(world.state.users).find((user) => user.role === 'lead' && user.id.startsWith('lead.new'));
  if (lead && !world.state.teams[`team-${lead.id.slice(5)}`])
    return { body: { type: 'team.create', data: { id: `team-${lead.id.slice(5)}`, name: '西南销售部', lead: lead.id } }, actor: admin.id };
  const role = world.random.int(0, 3) === 0 ? 'lead' : 'trainee';
  const id = role === 'lead' ? `lead.new${serial}` : `u.new${serial}`;
  return { body: { type: 'user.create', data: { id, name: '新同事', role, department: 'sales', team: role === 'lead' ? '' : 'sales-east' } }, actor: admin.id };
}

/** Setting up people the rules refuse: by a trainee, an id in the wrong form or taken, a team nobody has, a team led by a trainee. */
function refusedColleague(world: World): Entry {
  const data = { id: `u.new${Object.keys(world.state.users).length}`, name: '新同事', role: 'trainee', department: 'sales', team: '' };
  const { random } = world;
  const variant = random.int(1, 5);
  if (variant === 1) return { body: { type: 'user.create', data }, actor: someTrainee(world) };
  if (variant === 2) return { body: { type: 'user.create', data: { ...data, id: random.pick(['Wang Fang', 'trainee']) } }, actor: admin.id };
  if (variant === 3) return { body: { type: 'user.create', data: { ...data, team: 'sales-west' } }, actor: admin.id };
  if (variant === 4) return { body: { type: 'team.create', data: { id: 'team-x', name: '新团队', lead: 'trainee' } }, actor: admin.id };
  return { body: { type: 'user.create', data: { ...data, department: '销售部' } }, actor: admin.id };
}

function moveColleague(world: World): Entry {
  const user = world.random.pick(salesTrainees);
  const team = world.random.pick(['sales-east', 'sales-north', 'sales-south']);
  return { body: { type: 'user.assignTeam', data: { user, team } }, actor: world.random.int(1, 4) === 1 ? someTrainee(world) : admin.id };
}

/** Input a broken form or a hand-edited log sends: no such command, a field missing, a number where text belongs. */
function notACommand(world: World): Entry {
  const body = world.random.pick([
    { type: 'account.delete', data: { code: pickAccount(world).code } },
    { data: {} },
    { type: 'contact.create', data: { name: '王伟' } },
    { type: 'account.activate', data: { code: 10_107 } },
    { type: 'clock.advance', data: { minutes: '60' } },
  ]);
  return { body: malformed(body), actor: someTrainee(world) };
}

export const workflowMakers: readonly Weighted[] = [
  [8, (world) => lifecycleStep(world, true)],
  [5, (world) => lifecycleStep(world, false)],
  [1, (world) => ({ body: { type: world.random.pick(lifecycleTypes), data: { code: accountCode('BJ', world.random.int(90_000, 99_999)) } }, actor: someTrainee(world) })],
  [2, (world) => assignOwner(world, true)],
  [1, (world) => assignOwner(world, false)],
  [2, addTeamMember],
  [1, removeTeamMember],
  [4, (world) => requestCreditLimit(world, true)],
  [2, (world) => requestCreditLimit(world, false)],
  [3, (world) => reviewApproval(world, 'approve')],
  [1, (world) => reviewApproval(world, 'reject')],
  [2, refusedReview],
  [4, (world) => markRead(world, true)],
  [1, (world) => markRead(world, false)],
  [2, share],
  [1, newColleague],
  [1, refusedColleague],
  [1, moveColleague],
  [5, (world) => ({ body: { type: 'clock.advance', data: { minutes: world.random.int(1, 3 * 24 * 60) } }, actor: someTrainee(world) })],
  [1, (world) => ({ body: { type: 'clock.advance', data: { minutes: world.random.pick([0, -60, 1.5, 40 * 24 * 60]) } }, actor: someTrainee(world) })],
  [2, notACommand],
];
