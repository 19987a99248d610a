import type { APIRoute } from 'astro';
import { guard } from '../../auth/guard.ts';
import { errorResponse } from '../../auth/http-errors.ts';
import { publicUser, signedInResponse, signIn } from '../../auth/sign-in.ts';
import { signOut } from '../../auth/sign-out.ts';
import { serverContext } from '../../server/context.ts';
import { json } from '../../server/json.ts';

export const prerender = false;

/** Signs in with `{ username, password }`: the session cookie, and the CSRF token for later changes. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const { store, sessions, signInLimits, now } = await serverContext();
  const outcome = await signIn({ users: store, sessions, limits: signInLimits }, request, clientAddress);
  return outcome.ok ? signedInResponse(request, outcome, now().getTime()) : errorResponse(outcome.error);
};

/** Who is signed in, for a page that opens with a session already there. */
export const GET: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'session.read');
  return guarded.ok ? json({ user: publicUser(guarded.user), csrfToken: guarded.session.csrfToken }) : errorResponse(guarded.error);
};

export const DELETE: APIRoute = async ({ request }) => signOut((await serverContext()).sessions, request);
