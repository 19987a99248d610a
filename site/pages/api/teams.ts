import type { APIRoute } from 'astro';
import * as v from 'valibot';
import { guard } from '../../auth/guard.ts';
import { errorResponse } from '../../auth/http-errors.ts';
import { readJsonAs } from '../../auth/request-body.ts';
import { teamSchema } from '../../records/schema.ts';
import { serverContext } from '../../server/context.ts';
import { json } from '../../server/json.ts';
import { storeRefusal } from '../../server/store-refusal.ts';

export const prerender = false;

/** Every team, for the admin's people screens. */
export const GET: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'people.read');
  return guarded.ok ? json({ teams: await store.teams() }) : errorResponse(guarded.error);
};

/** `{ id, name }`: a new team; 409 when the id is taken. */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'team.create');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, v.strictObject(teamSchema.entries));
  if (!body.ok) return errorResponse(body.error);
  try {
    return json({ team: await store.createTeam(body.value) }, 201);
  } catch (error) {
    return errorResponse(storeRefusal(error));
  }
};
