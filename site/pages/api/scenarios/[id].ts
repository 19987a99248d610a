import type { APIRoute } from 'astro';
import { errorResponse } from '../../../auth/http-errors.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { wholeNumberParameter } from '../../../server/query.ts';
import { scenarioSource } from '../../../server/scenario-source.ts';
import { playsInBrowser } from '../../../lib/playable.ts';

export const prerender = false;

/**
 * `?version=N` (the newest when left out): the scenario as the player plays
 * it, uploaded or built in. 'scenario.read' is everyone's (access.ts), so no
 * session is asked: the player opens before anyone signs in.
 */
export const GET: APIRoute = async ({ params, url }) => {
  const { store } = await serverContext();
  const asked = wholeNumberParameter(url, 'version', 1);
  if (!asked.ok) return errorResponse(asked.error);
  const version = asked.value;
  const id = params.id ?? '';
  const source = scenarioSource(store);
  const scenario = version === undefined ? await source.newest(id) : await source.at(id, version);
  if (!scenario) return errorResponse({ code: 'not-found', message: `There is no scenario "${id}"${version === undefined ? '' : ` at version ${version}`}.` });
  return json({ scenario, playsInBrowser: playsInBrowser(scenario) });
};
