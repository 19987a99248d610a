import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { loadScenarios } from '../../../lib/scenarios.ts';
import { retrainingMinCommands as minCommands, storeNeedsRetraining } from '../../../records/needs-retraining.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { reportQuestion } from '../../../server/report-request.ts';
import { thresholdParameter } from '../../../server/threshold.ts';

export const prerender = false;

/**
 * Who needs retraining on what (records/needs-retraining.ts):
 * `?threshold=0.2` (a fraction; server/threshold.ts's default, 0.05, when absent) with the error report's
 * team, period and scenario filters (server/report-request.ts). It names
 * operators, so it is for the teams' leads and admins, as the CSV is. The
 * store finds the streaks, without handing over the attempts in scope.
 */
export const GET: APIRoute = async ({ request, url }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'report.errors');
  if (!guarded.ok) return errorResponse(guarded.error);
  const threshold = thresholdParameter(url);
  if (!threshold.ok) return errorResponse(threshold.error);
  const asked = await reportQuestion(url, guarded.user, store, now());
  if (!asked.ok) return errorResponse(asked.error);
  if (asked.view !== 'per-person') return errorResponse({ code: 'auth.forbidden', message: 'The needs-retraining list names each operator; it is for the teams’ leads and admins.' });
  const entries = await storeNeedsRetraining(store, asked.question, { threshold: threshold.value, minCommands, scenarios: loadScenarios() });
  return json({ threshold: threshold.value, minCommands, entries });
};
