import type { APIRoute } from 'astro';
import * as v from 'valibot';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJsonAs } from '../../../auth/request-body.ts';
import { hashPassword } from '../../../auth/password.ts';
import { publicUser } from '../../../auth/sign-in.ts';
import { userSchema } from '../../../records/schema.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { storeRefusal } from '../../../server/store-refusal.ts';

export const prerender = false;

/** A new person as the admin enters them: the password in plain text, hashed here and never kept. */
const newUserSchema = v.strictObject({
  username: userSchema.entries.username,
  name: userSchema.entries.name,
  displayName: userSchema.entries.displayName,
  role: userSchema.entries.role,
  teamIds: userSchema.entries.teamIds,
  password: v.string(),
});

/** Every person, without their password hashes. */
export const GET: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'people.read');
  return guarded.ok ? json({ users: (await store.users()).map(publicUser) }) : errorResponse(guarded.error);
};

/** `{ username, name, role, teamIds, password, displayName? }`: 201 with the person; 409 when the username is taken. */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'user.create');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, newUserSchema);
  if (!body.ok) return errorResponse(body.error);
  const { password, ...person } = body.value;
  const hashed = await hashPassword(password);
  if (!hashed.ok) return errorResponse({ code: 'request.invalid', message: hashed.refusal.message, field: 'password' });
  try {
    const user = await store.createUser({ ...person, id: `u-${person.username}`, passwordHash: hashed.hash, createdAt: now().toISOString() });
    return json({ user: publicUser(user) }, 201);
  } catch (error) {
    return errorResponse(storeRefusal(error));
  }
};
