import { rejected, type Result } from './result.ts';
import type { Role, User } from './users/records.ts';

/** Roles that stand above a trainee: they approve, assign and configure. */
export const supervisors: readonly Role[] = ['lead', 'admin'];

/** A refusal when the actor's role is not among `roles`; admins may do everything. */
export function requireRole(actor: User, roles: readonly Role[]): Result<never> | undefined {
  if (actor.role === 'admin' || roles.includes(actor.role)) return undefined;
  return rejected('permission.denied', 'actor', 'rejection.permission.role', { role: actor.role, required: roles.join(', ') });
}
