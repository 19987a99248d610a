import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { storeErrorReport, withoutPeople } from '../../../records/error-report.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { reportQuestion } from '../../../server/report-request.ts';

export const prerender = false;

/** The error report as JSON: series over time, bars by code, the heat map, recurring mistakes (see report-request.ts for the question), from the store's tallies. */
export const GET: APIRoute = async ({ request, url }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'report.errors');
  if (!guarded.ok) return errorResponse(guarded.error);
  const asked = await reportQuestion(url, guarded.user, store, now());
  if (!asked.ok) return errorResponse(asked.error);
  const report = await storeErrorReport(store, asked.question);
  return json(asked.view === 'per-person' ? report : withoutPeople(report));
};
