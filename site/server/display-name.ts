import type { ApiError } from '../auth/http-errors.ts';
import type { User } from '../records/schema.ts';

/**
 * The display name a person asks for in `PATCH /api/me`, `{ displayName }`:
 * a name of 1 to 40 characters once trimmed, or `null` or `""` to go back to
 * the real name. The limit is the records schema's (userSchema), counted the
 * same way, so nothing this accepts is refused by the store.
 */
export const displayNameLimit = 40;

export type DisplayNameChange = { readonly ok: true; readonly displayName: string | undefined } | { readonly ok: false; readonly error: ApiError };

function invalid(message: string): DisplayNameChange {
  return { ok: false, error: { code: 'request.invalid', message: `displayName: ${message}`, field: 'displayName' } };
}

/** The change the body asks for: a trimmed name, or `undefined` to clear it. */
export function displayNameChange(body: unknown): DisplayNameChange {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('displayName' in body))
    return invalid('missing; expected a JSON object { "displayName": "…" }, with null or "" to use your real name.');
  // Every other route refuses a key it does not read; so does this one, a literal "__proto__" among them.
  const others = Object.keys(body).filter((key) => key !== 'displayName');
  if (others.length > 0) return { ok: false, error: { code: 'request.invalid', field: others[0], message: `${others[0]}: not a field of a profile change; expected only { "displayName": "…" }.` } };
  const { displayName } = body;
  if (displayName === null) return { ok: true, displayName: undefined };
  if (typeof displayName !== 'string') return invalid(`expected a string or null, received ${typeof displayName}.`);
  const name = displayName.trim();
  if (name.length > displayNameLimit) return invalid(`${name.length} characters; at most ${displayNameLimit} are accepted.`);
  // A line break or a control character would break the board's row, or hide what the name says.
  if (/\p{Cc}/u.test(name)) return invalid('contains a line break or a control character; expected one line of text.');
  return { ok: true, displayName: name === '' ? undefined : name };
}

/**
 * Whether another person is already known by this name, as their real name
 * or their own display name (case aside): a board where two rows read the
 * same, or where someone appears under a colleague's name, misleads
 * everyone who reads it.
 */
export function isNameTaken(displayName: string, self: string, users: readonly User[]): boolean {
  const folded = displayName.toLocaleLowerCase();
  return users.some((user) => user.id !== self && (user.name.toLocaleLowerCase() === folded || user.displayName?.toLocaleLowerCase() === folded));
}
