import type { ErrorReport } from '../../records/error-report.ts';
import type { RetrainingEntry } from '../../records/needs-retraining.ts';
import type { Team } from '../../records/schema.ts';
import { reportQuery, type DashboardFilters } from './filters.ts';

/** Where one request of the dashboard stands; `signed-out` (401) and `forbidden` (403, a trainee) are states the page explains, not errors. */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'signed-out' }
  | { readonly status: 'forbidden' }
  | { readonly status: 'error'; readonly message: string };

export interface Retraining {
  readonly threshold: number;
  readonly minCommands: number;
  readonly entries: readonly RetrainingEntry[];
}

/** Asks the records API for one answer; 401 and a 403 that names no filter come back as states to explain. */
export async function load<T>(url: string, signal: AbortSignal): Promise<Loaded<T>> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal });
    if (response.ok) return { status: 'ready', data: (await response.json()) as T };
    if (response.status === 401) return { status: 'signed-out' };
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; field?: string } } | undefined;
    // A 403 naming a team is a filter the viewer may not ask for; without one, the role may not see reports at all.
    if (response.status === 403 && body?.error?.field !== 'team') return { status: 'forbidden' };
    return { status: 'error', message: body?.error?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    if (signal.aborted) return { status: 'loading' };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The dashboard's data from the records API: the error report and the
 * needs-retraining list for the current filters, each asked again when a
 * filter it reads changes (a newer question cancels an older one), and the
 * teams the viewer may choose from.
 */
export class ReportData {
  report: Loaded<ErrorReport> = $state({ status: 'loading' });
  retraining: Loaded<Retraining> = $state({ status: 'loading' });
  /** The teams the viewer may see: those of a report asked for every team. */
  teams: readonly Team[] = $state([]);
  #report: AbortController | undefined;
  #retraining: AbortController | undefined;

  async loadReport(filters: DashboardFilters): Promise<void> {
    this.#report?.abort();
    const controller = (this.#report = new AbortController());
    this.report = { status: 'loading' };
    const everyTeam = filters.team === undefined;
    const [report, teams] = await Promise.all([
      load<ErrorReport>(`/api/reports/errors${reportQuery(filters)}`, controller.signal),
      // The team list comes from a report over every team; a page opened on one team asks for it once, over the shortest period.
      everyTeam || this.teams.length > 0 ? undefined : load<ErrorReport>(`/api/reports/errors${reportQuery({ ...filters, team: undefined, period: 'week', scenario: undefined })}`, controller.signal),
    ]);
    if (controller.signal.aborted) return;
    this.report = report;
    const listing = everyTeam ? report : teams;
    if (listing?.status === 'ready') this.teams = listing.data.teams;
  }

  async loadRetraining(filters: DashboardFilters): Promise<void> {
    this.#retraining?.abort();
    const controller = (this.#retraining = new AbortController());
    this.retraining = { status: 'loading' };
    const retraining = await load<Retraining>(`/api/reports/retraining${reportQuery(filters, { threshold: String(filters.threshold / 100) })}`, controller.signal);
    if (!controller.signal.aborted) this.retraining = retraining;
  }
}
