import type { APIRoute } from 'astro';
import { guard } from '../../auth/guard.ts';
import { errorResponse } from '../../auth/http-errors.ts';
import { boardMetrics } from '../../records/board-metrics.ts';
import { boardMinCommands } from '../../records/board-rules.ts';
import { boardScopes, rankedBoard } from '../../records/leaderboard.ts';
import { trainees } from '../../records/runs.ts';
import { periodKinds } from '../../records/periods.ts';
import { serverContext } from '../../server/context.ts';
import { json } from '../../server/json.ts';
import { queryParameter, wholeNumberParameter } from '../../server/query.ts';

export const prerender = false;

/**
 * `?scope=team|individual&period=week|month|all[&metric=score|accuracy|completed|improved][&neighbours=n]`:
 * the board as the signed-in person may see it (names by their role), with what it counts.
 */
export const GET: APIRoute = async ({ request, url }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'leaderboard.read');
  if (!guarded.ok) return errorResponse(guarded.error);
  const scope = queryParameter(url, 'scope', boardScopes);
  if (!scope.ok) return errorResponse(scope.error);
  const period = queryParameter(url, 'period', periodKinds);
  if (!period.ok) return errorResponse(period.error);
  const metric = queryParameter(url, 'metric', boardMetrics, 'score');
  if (!metric.ok) return errorResponse(metric.error);
  const neighbours = wholeNumberParameter(url, 'neighbours', 0, 50);
  if (!neighbours.ok) return errorResponse(neighbours.error);

  const [users, teams] = await Promise.all([store.users(), store.teams()]);
  const query = { scope: scope.value, period: period.value, metric: metric.value, users, teams, now: now().toISOString(), viewer: guarded.user, minCommands: boardMinCommands, neighbours: neighbours.value };
  const results = await store.boardResults({ ...query, userIds: trainees(users).map((user) => user.id) });
  return json(rankedBoard(query, results));
};
