import { reportDimensions, type ReportDimension } from '../../records/error-report.ts';
import { bucketSizes, periodKinds, type BucketSize, type PeriodKind } from '../../records/periods.ts';
import { defaultThreshold } from '../../server/threshold.ts';

/**
 * What the lead dashboard shows, as it lives in the page's URL query so a
 * view can be bookmarked, shared and printed: `team`, `period`, `scenario`,
 * `bucket` (the error report's question, server/report-request.ts), and the
 * page's own `lines` (which dimension the trend chart draws) and `threshold`
 * (the needs-retraining list's, in whole percents).
 */
export interface DashboardFilters {
  /** One team, or every team the viewer may see when absent. */
  readonly team?: string;
  readonly period: PeriodKind;
  readonly scenario?: string;
  readonly bucket: BucketSize;
  readonly lines: ReportDimension;
  /** Percent, 5 to 50 in steps of 5. */
  readonly threshold: number;
}

export const thresholdSteps = { min: 5, max: 50, step: 5 } as const;

export const defaultFilters: DashboardFilters = { period: 'month', bucket: 'week', lines: 'operator', threshold: Math.round(defaultThreshold * 100) };

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return (allowed as readonly (string | null)[]).includes(value) ? (value as T) : fallback;
}

/** The filters a query asks for; anything unknown or malformed falls back to the default, since a hand-edited URL should still open the page. */
export function filtersFromQuery(query: URLSearchParams): DashboardFilters {
  const threshold = Number(query.get('threshold'));
  const { min, max, step } = thresholdSteps;
  return {
    team: query.get('team') || undefined,
    period: oneOf(periodKinds, query.get('period'), defaultFilters.period),
    scenario: query.get('scenario') || undefined,
    bucket: oneOf(bucketSizes, query.get('bucket'), defaultFilters.bucket),
    lines: oneOf(reportDimensions, query.get('lines'), defaultFilters.lines),
    threshold: Number.isInteger(threshold) && threshold >= min && threshold <= max && threshold % step === 0 ? threshold : defaultFilters.threshold,
  };
}

/** The page's query: only what differs from the defaults, in a fixed order. */
export function pageQuery(filters: DashboardFilters): string {
  const query = new URLSearchParams();
  for (const name of ['team', 'period', 'scenario', 'bucket', 'lines', 'threshold'] as const) {
    const value = filters[name];
    if (value !== undefined && value !== defaultFilters[name]) query.set(name, String(value));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The error report's question (GET /api/reports/errors, errors.csv and retraining): the filters the server reads, with any extras. */
export function reportQuery(filters: DashboardFilters, extra: Readonly<Record<string, string>> = {}): string {
  const query = new URLSearchParams({ period: filters.period, bucket: filters.bucket });
  if (filters.team !== undefined) query.set('team', filters.team);
  if (filters.scenario !== undefined) query.set('scenario', filters.scenario);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return `?${query}`;
}
