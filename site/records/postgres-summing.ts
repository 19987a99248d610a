import type pg from 'pg';

/**
 * The settings of a transaction whose query sums many rows: the error
 * report's tallies (postgres-report-tallies.ts) and its CSV pages
 * (postgres-report-rows.ts). `SET LOCAL`, so they end with the transaction.
 *
 * - No JIT: the planner takes each jsonb array for a hundred elements and
 *   each CTE for thousands of rows, so these queries look costly enough to
 *   compile. Compiling cost 670 ms of an 820 ms CSV page, and a second of
 *   every team's all-time report, at a million attempts.
 * - 64 MB to sort and hash in, rather than PostgreSQL's 4 MB, past which
 *   every team's all-time report sorted on disk (7.1 s, 4.9 s in memory).
 */
export async function forSumming(client: Pick<pg.PoolClient, 'query'>): Promise<void> {
  await client.query("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'");
}
