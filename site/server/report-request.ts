import { errorReportView } from '../auth/access.ts';
import type { ApiError } from '../auth/http-errors.ts';
import { bucketSizes, periodKinds, type BucketSize } from '../records/periods.ts';
import type { ReportQuestion } from '../records/report-scope.ts';
import type { User } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { queryParameter } from './query.ts';

/**
 * The error report's question, from `GET /api/reports/errors[.csv]` (and `retraining`):
 * `team` (repeatable; a lead's own teams when absent, every team for others),
 * `period=week|month|all` (month when absent) or `from`/`to` dates,
 * `scenario`, `bucket=day|week`. Each team asked for must be one the viewer
 * may see; a consultant sees teams only in aggregate, without names.
 */
export type ReportAsked =
  | { readonly ok: true; readonly question: ReportQuestion & { readonly bucket: BucketSize }; readonly view: 'per-person' | 'aggregate' }
  | { readonly ok: false; readonly error: ApiError };

/** The question, checked against what the viewer may see; no attempt is read (each report asks the store for its figures). */
export async function reportQuestion(url: URL, viewer: User, store: RecordsStore, now: Date): Promise<ReportAsked> {
  const period = queryParameter(url, 'period', periodKinds, 'month');
  if (!period.ok) return period;
  const bucket = queryParameter(url, 'bucket', bucketSizes, 'week');
  if (!bucket.ok) return bucket;
  const range = dateRange(url);
  if (range !== undefined && 'code' in range) return { ok: false, error: range };

  const teams = await store.teams();
  const asked = url.searchParams.getAll('team');
  const unknown = asked.find((id) => !teams.some((team) => team.id === id));
  if (unknown !== undefined) return { ok: false, error: { code: 'not-found', message: `There is no team ${JSON.stringify(unknown)}.`, field: 'team' } };
  const teamIds = asked.length > 0 ? asked : viewer.role === 'lead' ? viewer.teamIds : teams.map((team) => team.id);
  const views = teamIds.map((id) => errorReportView(viewer, id));
  const refused = teamIds.find((_, index) => views[index] === undefined);
  if (refused !== undefined) return { ok: false, error: { code: 'auth.forbidden', message: `Team ${refused} is not one you lead.`, field: 'team' } };

  const scenarioId = url.searchParams.get('scenario') ?? undefined;
  return {
    ok: true,
    view: views.every((view) => view === 'per-person') ? 'per-person' : 'aggregate',
    question: { users: await store.users(), teams, now: now.toISOString(), filters: { teamIds, period: period.value, range, scenarioId }, bucket: bucket.value },
  };
}

/** `from` and `to` as calendar dates (YYYY-MM-DD, the company's China time) or instants; `to` is the first moment left out. Both or neither. */
function dateRange(url: URL): { from: string; to: string } | ApiError | undefined {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (from === null && to === null) return undefined;
  const instant = (name: string, text: string | null): string | ApiError => {
    const parsed = text === null ? Number.NaN : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+08:00` : text);
    if (Number.isNaN(parsed)) return { code: 'request.invalid', message: `${name}: expected a date such as 2026-11-01, received ${JSON.stringify(text)}.`, field: name };
    return new Date(parsed).toISOString();
  };
  const start = instant('from', from);
  if (typeof start !== 'string') return start;
  const end = instant('to', to);
  if (typeof end !== 'string') return end;
  if (end <= start) return { code: 'request.invalid', message: `to (${to}) must come after from (${from}).`, field: 'to' };
  return { from: start, to: end };
}
