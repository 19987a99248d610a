import type { ErrorReport } from '../../records/error-report.ts';
import type { RetrainingEntry } from '../../records/needs-retraining.ts';
import type { Team } from '../../records/schema.ts';
import { loadJson, type Loaded } from '../../lib/api-client.ts';
import { reportQuery, type DashboardFilters } from './filters.ts';

export type { Loaded };

export interface Retraining {
  readonly threshold: number;
  readonly minCommands: number;
  readonly entries: readonly RetrainingEntry[];
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
      loadJson<ErrorReport>(`/api/reports/errors${reportQuery(filters)}`, controller.signal),
      // The team list comes from a report over every team; a page opened on one team asks for it once, over the shortest period.
      everyTeam || this.teams.length > 0 ? undefined : loadJson<ErrorReport>(`/api/reports/errors${reportQuery({ ...filters, team: undefined, period: 'week', scenario: undefined })}`, controller.signal),
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
    const retraining = await loadJson<Retraining>(`/api/reports/retraining${reportQuery(filters, { threshold: String(filters.threshold / 100) })}`, controller.signal);
    if (!controller.signal.aborted) this.retraining = retraining;
  }
}
