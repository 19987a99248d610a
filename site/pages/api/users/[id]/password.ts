import type { APIRoute } from 'astro';
import * as v from 'valibot';
import { guard } from '../../../../auth/guard.ts';
import { errorResponse } from '../../../../auth/http-errors.ts';
import { readJsonAs } from '../../../../auth/request-body.ts';
import { hashPassword } from '../../../../auth/password.ts';
import { serverContext } from '../../../../server/context.ts';
import { storeRefusal } from '../../../../server/store-refusal.ts';

export const prerender = false;

/** `{ password }`: the admin sets a new password; every session of that person ends, so an old one cannot be used. 204. */
export const PUT: APIRoute = async ({ request, params }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'user.resetPassword');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, v.strictObject({ password: v.string() }));
  if (!body.ok) return errorResponse(body.error);
  const id = params.id ?? '';
  if ((await store.user(id)) === undefined) return errorResponse({ code: 'not-found', message: `There is no user ${id}.`, field: 'id' });
  const hashed = await hashPassword(body.value.password);
  if (!hashed.ok) return errorResponse({ code: 'request.invalid', message: hashed.refusal.message, field: 'password' });
  try {
    await store.updateUser(id, { passwordHash: hashed.hash });
  } catch (error) {
    return errorResponse(storeRefusal(error));
  }
  sessions.destroyAllFor(id);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
};
