import { cleanText } from '../normalise/text.ts';
import { rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { User } from './records.ts';

/** The user a form names, however the id was spaced; own entries only, so no prototype name is a user. */
export function findUser(state: SandboxState, typed: string): User | undefined {
  const id = cleanText(typed);
  return Object.hasOwn(state.users, id) ? state.users[id] : undefined;
}

/** The user a form's `field` names, or the refusal naming that field. */
export function checkUser(state: SandboxState, typed: string, field: string): User | Result<never> {
  return findUser(state, typed) ?? rejected('reference.unknown', field, 'rejection.reference.user', { user: typed });
}

/** The id of the owner a form names, or the acting user when the field is left empty; or the refusal on `owner`. */
export function checkOwner(state: SandboxState, typed: string, actor: User): string | Result<never> {
  if (cleanText(typed) === '') return actor.id;
  const owner = checkUser(state, typed, 'owner');
  return 'ok' in owner ? owner : owner.id;
}
