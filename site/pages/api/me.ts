import type { APIRoute } from 'astro';
import { guard } from '../../auth/guard.ts';
import { errorResponse } from '../../auth/http-errors.ts';
import { readJson } from '../../auth/request-body.ts';
import { publicUser } from '../../auth/sign-in.ts';
import { displayNameChange, isNameTaken } from '../../server/display-name.ts';
import { serverContext } from '../../server/context.ts';
import { json } from '../../server/json.ts';
import { myBadges } from '../../server/my-badges.ts';

export const prerender = false;

/** The signed-in person: their profile as the browser may see it, their badges, and the CSRF token for changing it. */
export const GET: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'profile.read');
  if (!guarded.ok) return errorResponse(guarded.error);
  const { user, session } = guarded;
  const attempts = await store.attempts({ userIds: [user.id] });
  return json({ user: publicUser(user), badges: myBadges(user.id, attempts), csrfToken: session.csrfToken });
};

/**
 * `{ displayName }`: the name the boards show others (1–40 characters), or
 * null or "" to show the real name again. The person's leads and admins
 * always see the real name (records/board-names.ts).
 */
export const PATCH: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'profile.update');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJson(request);
  if (!body.ok) return errorResponse(body.error);
  const change = displayNameChange(body.value);
  if (!change.ok) return errorResponse(change.error);
  const { displayName } = change;
  if (displayName !== undefined && isNameTaken(displayName, guarded.user.id, await store.users()))
    return errorResponse({ code: 'conflict', message: `displayName: ${JSON.stringify(displayName)} is already someone’s name on the boards; choose another.`, field: 'displayName' });
  const user = await store.updateUser(guarded.user.id, { displayName });
  return json({ user: publicUser(user) });
};
