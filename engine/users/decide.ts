import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { requireRole } from '../permissions.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { UserCommand } from './commands.ts';
import { checkUser } from './find.ts';
import { departments, isRole, roles, type Department } from './records.ts';

type Data<T extends UserCommand['type']> = Extract<UserCommand, { type: T }>['data'];

const idPattern = /^[a-z][a-z0-9.-]{1,31}$/;
const idExample = 'u.wangfang';

function checkId(state: SandboxState, typed: string): string | Result<never> {
  const id = cleanText(typed).toLowerCase();
  if (!idPattern.test(id)) return rejected('validation.format', 'id', 'rejection.format.user-id', { received: typed, expected: idExample });
  if (state.users[id] || state.teams[id] || id === 'system') return rejected('duplicate.code', 'id', 'rejection.duplicate.user', { id });
  return id;
}

/** Only an admin sets up people and teams. */
function createUser(state: SandboxState, data: Data<'user.create'>, { actor }: DecideContext): Result<EventBody> {
  const denied = requireRole(actor, ['admin']);
  if (denied) return denied;
  const missing = requireFilled(data, ['id', 'name', 'role', 'department']);
  if (missing) return missing;
  const id = checkId(state, data.id);
  if (typeof id !== 'string') return id;
  if (!isRole(data.role)) return rejected('validation.format', 'role', 'rejection.format.role', { received: data.role, expected: roles.join(', ') });
  if (!(departments as readonly string[]).includes(data.department))
    return rejected('validation.format', 'department', 'rejection.format.department', { received: data.department, expected: departments.join(', ') });
  const team = cleanText(data.team);
  if (team !== '' && !state.teams[team]) return rejected('reference.unknown', 'team', 'rejection.reference.team', { team: data.team });
  return applied({
    type: 'user.created',
    data: { user: { id, name: cleanText(data.name), role: data.role, department: data.department as Department, team } },
  });
}

function createTeam(state: SandboxState, data: Data<'team.create'>, { actor }: DecideContext): Result<EventBody> {
  const denied = requireRole(actor, ['admin']);
  if (denied) return denied;
  const missing = requireFilled(data, ['id', 'name', 'lead']);
  if (missing) return missing;
  const id = checkId(state, data.id);
  if (typeof id !== 'string') return id;
  const lead = checkUser(state, data.lead, 'lead');
  if ('ok' in lead) return lead;
  if (lead.role !== 'lead') return rejected('validation.format', 'lead', 'rejection.team.lead-role', { user: lead.id, role: lead.role });
  return applied(
    { type: 'team.created', data: { team: { id, name: cleanText(data.name), lead: lead.id } } },
    { type: 'user.teamChanged', data: { user: lead.id, from: lead.team, to: id } },
  );
}

function assignTeam(state: SandboxState, data: Data<'user.assignTeam'>, { actor }: DecideContext): Result<EventBody> {
  const denied = requireRole(actor, ['admin']);
  if (denied) return denied;
  const user = checkUser(state, data.user, 'user');
  if ('ok' in user) return user;
  const team = state.teams[cleanText(data.team)];
  if (!team) return rejected('reference.unknown', 'team', 'rejection.reference.team', { team: data.team });
  if (user.team === team.id) return applied();
  return applied({ type: 'user.teamChanged', data: { user: user.id, from: user.team, to: team.id } });
}

export const userDeciders: Deciders<UserCommand> = {
  'user.create': createUser,
  'team.create': createTeam,
  'user.assignTeam': assignTeam,
};
