import type { TestProject } from 'vitest/node';
import { postgresBinaries, startThrowawayCluster } from './postgres-cluster.ts';

/**
 * Vitest's global setup: one throwaway PostgreSQL cluster for the whole run,
 * whose URL the PostgreSQL tests `inject`; each makes its own database on it.
 * `npm test` installs PostgreSQL first and sets CRM_DRILL_POSTGRES=required,
 * so there the suites never skip; a developer without PostgreSQL sees them
 * skipped, with the reason.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
  }
}

export default async function setup(project: TestProject) {
  if (postgresBinaries() === undefined && process.env.CRM_DRILL_POSTGRES !== 'required') {
    project.provide('postgresUrl', undefined);
    return;
  }
  const cluster = await startThrowawayCluster({ fsync: false });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
