import type { APIRoute } from 'astro';
import { guard } from '../../auth/guard.ts';
import { errorResponse } from '../../auth/http-errors.ts';
import { boardMetrics } from '../../records/board-metrics.ts';
import { boardMinCommands } from '../../records/board-rules.ts';
import { boardScopes } from '../../records/board-ranking.ts';
import { boardPageLimit, boardPageSize, storeBoard } from '../../records/leaderboard.ts';
import { periodKinds } from '../../records/periods.ts';
import { serverContext } from '../../server/context.ts';
import { json } from '../../server/json.ts';
import { queryParameter, wholeNumberParameter } from '../../server/query.ts';

export const prerender = false;

/**
 * `?scope=team|individual&period=week|month|all[&metric=score|accuracy|completed|improved]`, then
 * `[&offset=n][&limit=n]` for a page of the ranking (the first `boardPageSize` places unless told) or
 * `&neighbours=n` for the places around the viewer's: the board as the signed-in person may see it
 * (names by their role), with the viewer's own places and what it counts.
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
  const offset = wholeNumberParameter(url, 'offset', 0);
  if (!offset.ok) return errorResponse(offset.error);
  const limit = wholeNumberParameter(url, 'limit', 1, boardPageLimit);
  if (!limit.ok) return errorResponse(limit.error);
  if (neighbours.value !== undefined && (offset.value !== undefined || limit.value !== undefined))
    return errorResponse({ code: 'request.invalid', message: 'neighbours: a board shows the places around you or a page of its ranking, not both; leave out offset and limit.', field: 'neighbours' });

  const window = neighbours.value === undefined ? { offset: offset.value ?? 0, limit: limit.value ?? boardPageSize } : { neighbours: neighbours.value };
  return json(await storeBoard(store, { scope: scope.value, period: period.value, metric: metric.value, now: now().toISOString(), viewer: guarded.user, minCommands: boardMinCommands, ...window }));
};
