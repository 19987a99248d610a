import fc from 'fast-check';
import * as v from 'valibot';
import { readScenarioFile } from '../../engine/scenario/file.ts';
import { slug } from '../../engine/scenario/schema.ts';
import { ENGINE_VERSION } from '../../engine/version.ts';
import type { Operation } from '../../site/auth/access.ts';
import { passwordLimits } from '../../site/auth/password.ts';
import { requestLimits } from '../../site/auth/request-body.ts';
import { lessonEditSchema, previewSchema } from '../../site/lib/lesson-edit.ts';
import { loadScenarios, loadScenarioVersion } from '../../site/lib/scenarios.ts';
import { attemptSubmissionSchema } from '../../site/records/accept-attempt.ts';
import { boardMetrics } from '../../site/records/board-metrics.ts';
import { boardScopes } from '../../site/records/board-ranking.ts';
import { bucketSizes, periodKinds } from '../../site/records/periods.ts';
import { teamSchema, userSchema, type PlatformRole, type Team } from '../../site/records/schema.ts';
import { uploadSchema } from '../../site/server/scenario-upload.ts';
import { readUserImport } from '../../site/server/user-import.ts';
import { badBodies, hostileId, hostileString, queryValue, type Body } from './hostile.ts';

/**
 * Every API route and method (keyed as Astro's file names them, so
 * api-routes.test.ts can hold the table to site/pages/api/), with the
 * requests it must refuse for what they carry. Each is built to be invalid
 * — a body or a query the route's own rules refuse, an id nobody has — and
 * anything that might pass is filtered out, so the fuzzer never changes the
 * store. Who calls is the property's part (api.fuzz.test.ts): the roles the
 * route serves, so the requests reach its checks and not only the 401.
 */

/** What the fuzzer knows of the server's records when it builds the requests. */
export interface World {
  readonly users: readonly { readonly id: string; readonly username: string; readonly name: string; readonly displayName?: string; readonly role: PlatformRole; readonly teamIds: readonly string[] }[];
  readonly teams: readonly Team[];
  /** The person signed in for each role. */
  readonly as: { readonly [role in PlatformRole]: { readonly id: string; readonly teamIds: readonly string[] } };
  /** The demo password: the one value a sign-in must never be sent with. */
  readonly password: string;
}

/** One request, but for who sends it: the method when it is not the route's own, the path with its query, the body. */
export interface Probe {
  readonly method?: string;
  readonly path: string;
  readonly body?: Body;
}

export interface RouteFuzz {
  /** What access.ts calls it, for who may call; none for the catch-all, which refuses everyone. */
  readonly operation?: Operation;
  /** The roles signed in to send `bad`; every role the operation allows when left out. */
  readonly as?: readonly PlatformRole[];
  /** Requests the route must refuse for what they carry; none when it reads nothing but who calls (then only wrong callers are sent). */
  readonly bad?: fc.Arbitrary<Probe>;
}

/** A path segment as the route reads it; one that does not decode reaches no route's code. */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A query string with at least one parameter that is wrong and any others right, wrong or left out; each named once (a route reads the first of a repeated one). */
function badQuery(parameters: { readonly [name: string]: { readonly valid: fc.Arbitrary<string>; readonly accepts: (value: string) => boolean } }): fc.Arbitrary<string> {
  const names = Object.keys(parameters);
  const wrong = (name: string) =>
    fc
      .oneof(
        hostileString,
        parameters[name].valid.map((value) => `${value} `),
        fc.constant(''),
      )
      .filter((value) => !parameters[name].accepts(value));
  const value = (name: string) => fc.oneof(parameters[name].valid, wrong(name));
  return fc
    .tuple(fc.constantFrom(...names), fc.shuffledSubarray(names))
    .chain(([first, others]) => {
      const rest = others.filter((name) => name !== first);
      return fc
        .tuple(wrong(first), fc.tuple(...rest.map(value)))
        .chain(([bad, good]) => fc.shuffledSubarray([[first, bad] as const, ...rest.map((name, index) => [name, good[index]] as const)], { minLength: rest.length + 1 }));
    })
    .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${queryValue(value)}`).join('&')}`);
}

const oneOf = (values: readonly string[]) => ({ valid: fc.constantFrom(...values), accepts: (value: string) => values.includes(value) });

/** A calendar date or an instant, as the report's `from` and `to` read them. */
function isDate(text: string): boolean {
  return !Number.isNaN(Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+08:00` : text));
}

/** The error report's question, as a lead asks it: their own teams only. */
function reportParameters(world: World) {
  const teams = world.as.lead.teamIds;
  const date = { valid: fc.constantFrom('2026-11-01', '2026-11-20'), accepts: isDate };
  return { period: oneOf(periodKinds), bucket: oneOf(bucketSizes), from: date, to: date, team: oneOf(teams) };
}

const scenarioIds = () => loadScenarios().map((scenario) => scenario.id);
const path = (template: string) => (id: string) => template.replace('[id]', id);
const withBody = (route: string, bodies: fc.Arbitrary<Body>): fc.Arbitrary<Probe> => bodies.map((body) => ({ path: route, body }));

const passwordFits = (password: unknown) => typeof password === 'string' && [...password].length >= passwordLimits.minLength && [...password].length <= passwordLimits.maxLength;

/** What the routes under site/pages/api/ answer that no route serves, by their first segment. */
const apiSegments = ['attempts', 'leaderboards', 'lessons', 'me', 'reports', 'scenarios', 'session', 'teams', 'users'];

export const apiRoutes: { readonly [route: string]: (world: World) => RouteFuzz } = {
  'POST /api/session': ({ password }) => ({
    operation: 'session.create',
    bad: withBody(
      '/api/session',
      badBodies({ username: 'trainee', password: 'not-the-password' }, (body) => isObject(body) && body.password === password),
    ),
  }),
  'GET /api/session': () => ({ operation: 'session.read' }),
  'DELETE /api/session': () => ({ operation: 'session.destroy' }),

  'POST /api/attempts': () => ({
    operation: 'attempt.submit',
    bad: withBody(
      '/api/attempts',
      fc.oneof(
        {
          weight: 9,
          arbitrary: badBodies(
            {
              id: 'fuzz-attempt',
              record: {
                scenarioId: 'master-data-basics',
                scenarioVersion: 1,
                engineVersion: ENGINE_VERSION,
                seed: 7,
                entries: [
                  { kind: 'command', offsetMs: 0, command: { type: 'account.create', data: { code: 'C-SH-00001' } } },
                  { kind: 'hint', offsetMs: 5 },
                ],
              },
            },
            (body) =>
              v.is(attemptSubmissionSchema, body) && body.record.entries.length <= requestLimits.logCommands && loadScenarioVersion(body.record.scenarioId, body.record.scenarioVersion) !== undefined,
          ),
        },
        // A log longer than any replayed, on a scenario that exists: rarely, as each is a quarter of a megabyte to read.
        {
          weight: 1,
          arbitrary: fc.integer({ min: requestLimits.logCommands + 1, max: requestLimits.logCommands + 50 }).map((commands): Body => ({
            contentType: 'application/json',
            bytes: JSON.stringify({
              id: 'fuzz-long',
              record: {
                scenarioId: 'master-data-basics',
                scenarioVersion: 1,
                engineVersion: ENGINE_VERSION,
                seed: 1,
                entries: Array.from({ length: commands }, () => ({ kind: 'command', offsetMs: 0, command: { type: 'x' } })),
              },
            }),
          })),
        },
      ),
    ),
  }),
  'GET /api/attempts': ({ as }) => ({
    operation: 'attempt.read',
    as: ['trainee'],
    bad: fc
      .tuple(
        hostileString.filter((user) => user !== as.trainee.id),
        fc.option(hostileString),
      )
      .map(([user, scenario]) => ({ path: `/api/attempts?user=${queryValue(user)}${scenario === null ? '' : `&scenario=${queryValue(scenario)}`}` })),
  }),
  'GET /api/attempts/[id]': () => ({ operation: 'attempt.read', bad: hostileId.map((id) => ({ path: path('/api/attempts/[id]')(id) })) }),
  'GET /api/attempts/[id]/log': () => ({ operation: 'attempt.read', bad: hostileId.map((id) => ({ path: path('/api/attempts/[id]/log')(id) })) }),

  'GET /api/leaderboards': () => ({
    operation: 'leaderboard.read',
    bad: badQuery({
      scope: oneOf(boardScopes),
      period: oneOf(periodKinds),
      metric: oneOf(boardMetrics),
      neighbours: { valid: fc.integer({ min: 0, max: 50 }).map(String), accepts: (text) => /^\d+$/.test(text) && Number(text) <= 50 },
      offset: { valid: fc.integer({ min: 0, max: 10_000 }).map(String), accepts: (text) => /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) },
      limit: { valid: fc.integer({ min: 1, max: 200 }).map(String), accepts: (text) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 200 },
    }).map((query) => ({ path: `/api/leaderboards${query}` })),
  }),

  'GET /api/lessons': () => ({ operation: 'lesson.read', bad: fc.oneof(fc.constant(''), badQuery({ locale: oneOf(['en', 'zh-CN']) })).map((query) => ({ path: `/api/lessons${query}` })) }),
  'GET /api/lessons/[id]': () => ({
    operation: 'lesson.edit',
    bad: fc
      .tuple(fc.oneof(hostileId, fc.constant('entering-phone-numbers')), fc.oneof(fc.constant('?locale=en'), fc.constant(''), badQuery({ locale: oneOf(['en', 'zh-CN']) })))
      .filter(([id, query]) => !(v.is(slug, decoded(id)) && query === '?locale=en'))
      .map(([id, query]) => ({ path: `/api/lessons/${id}${query}` })),
  }),
  'PUT /api/lessons/[id]': () => {
    const known = new Set(scenarioIds());
    const edit = { locale: 'en', baseVersion: 0, title: 'Fuzz', summary: 'Fuzzed.', mistake: 'validation.format', topic: 'base-data', scenarioIds: ['master-data-basics'], body: 'Body.' };
    const accepts = (body: unknown) => v.is(lessonEditSchema, body) && body.scenarioIds.every((id) => known.has(id));
    return {
      operation: 'lesson.edit',
      bad: fc.oneof(
        badBodies(edit, accepts).map((body) => ({ path: '/api/lessons/fuzz-lesson', body })),
        // A good edit of a lesson whose id is not one.
        hostileId.filter((id) => !v.is(slug, decoded(id))).map((id) => ({ path: `/api/lessons/${id}`, body: { bytes: JSON.stringify(edit), contentType: 'application/json' } })),
      ),
    };
  },
  'POST /api/lessons/preview': () => ({
    operation: 'lesson.edit',
    bad: withBody(
      '/api/lessons/preview',
      badBodies({ body: '# Title' }, (body) => v.is(previewSchema, body)),
    ),
  }),

  'GET /api/me': () => ({ operation: 'profile.read' }),
  'PATCH /api/me': ({ users, as }) => {
    const others = users.filter((user) => user.id !== as.trainee.id);
    const names = new Set(others.flatMap((user) => (user.displayName === undefined ? [user.name] : [user.name, user.displayName])).map((name) => name.toLocaleLowerCase()));
    const fits = (name: unknown) => name === null || (typeof name === 'string' && name.trim().length <= 40 && !/\p{Cc}/u.test(name.trim()) && !names.has(name.trim().toLocaleLowerCase()));
    return {
      operation: 'profile.update',
      as: ['trainee'],
      bad: fc.oneof(
        withBody(
          '/api/me',
          badBodies({ displayName: 'Fuzzy' }, (body) => isObject(body) && Object.keys(body).join() === 'displayName' && fits(body.displayName)),
        ),
        // Someone else's name, in other letter case: the boards would show two people alike.
        fc.constantFrom(...others.map((user) => user.name)).map((name) => ({ path: '/api/me', body: { bytes: JSON.stringify({ displayName: name.toUpperCase() }), contentType: 'application/json' } })),
      ),
    };
  },

  'GET /api/reports/errors': (world) => ({ operation: 'report.errors', as: ['lead'], bad: badQuery(reportParameters(world)).map((query) => ({ path: `/api/reports/errors${query}` })) }),
  'GET /api/reports/errors.csv': (world) => ({
    operation: 'report.errors',
    as: ['lead'],
    bad: badQuery({ ...reportParameters(world), lang: oneOf(['en', 'zh-CN']) }).map((query) => ({ path: `/api/reports/errors.csv${query}` })),
  }),
  'GET /api/reports/retraining': (world) => ({
    operation: 'report.errors',
    as: ['lead'],
    bad: badQuery({ ...reportParameters(world), threshold: { valid: fc.constantFrom('0.2', '0.5'), accepts: (text) => text.trim() !== '' && Number(text) > 0 && Number(text) < 1 } }).map((query) => ({
      path: `/api/reports/retraining${query}`,
    })),
  }),
  'GET /api/reports/lessons-wanted': () => ({ operation: 'lesson.edit' }),

  'GET /api/scenarios': () => ({ operation: 'scenario.read' }),
  'POST /api/scenarios': () => ({
    operation: 'scenario.edit',
    bad: withBody(
      '/api/scenarios',
      badBodies({ fileName: 'fuzz.yaml', source: 'id: fuzz\nversion: 1\n', dryRun: true }, (body) => v.is(uploadSchema, body) && readScenarioFile(body.fileName ?? 'pasted.yaml', body.source).ok),
    ),
  }),
  'GET /api/scenarios/[id]': () => {
    const known = new Set(scenarioIds());
    return {
      operation: 'scenario.read',
      bad: fc.oneof(
        hostileId.filter((id) => !known.has(decoded(id) ?? '')).map((id) => ({ path: `/api/scenarios/${id}` })),
        fc
          .tuple(fc.constantFrom(...known), fc.oneof(hostileString, fc.constantFrom('0', '-1', '1.5', '1e3', '9999', '0x1')))
          .map(([id, version]) => ({ path: `/api/scenarios/${id}?version=${queryValue(version)}` })),
      ),
    };
  },

  'GET /api/teams': () => ({ operation: 'people.read' }),
  'POST /api/teams': ({ teams }) => ({
    operation: 'team.create',
    bad: withBody(
      '/api/teams',
      badBodies({ id: 'fuzz-team', name: 'Fuzz' }, (body) => v.is(v.strictObject(teamSchema.entries), body) && !teams.some((team) => team.id === body.id)),
    ),
  }),

  'GET /api/users': () => ({ operation: 'people.read' }),
  'POST /api/users': ({ users }) => ({
    operation: 'user.create',
    bad: withBody(
      '/api/users',
      badBodies({ username: 'fuzz.user', name: 'Fuzz', role: 'trainee', teamIds: [], password: 'a-long-password' }, (body) => {
        const username = v.safeParse(userSchema.entries.username, isObject(body) ? body.username : undefined);
        return username.success && !users.some((user) => user.username === username.output) && isObject(body) && passwordFits(body.password);
      }),
    ),
  }),
  'POST /api/users/import': ({ users, teams }) => {
    const takenUsernames = new Set(users.map((user) => user.username));
    return {
      operation: 'user.import',
      bad: withBody(
        '/api/users/import',
        badBodies(
          { csv: 'username,name,role,teams\nfuzz.one,Fuzz One,trainee,sales-east-1\n', dryRun: true },
          (body) => isObject(body) && typeof body.csv === 'string' && readUserImport(body.csv, { teams, takenUsernames }).kind !== 'invalid',
        ),
      ),
    };
  },
  'PUT /api/users/[id]/password': ({ users }) => {
    const ids = users.map((user) => user.id);
    return {
      operation: 'user.resetPassword',
      bad: fc.oneof(
        badBodies({ password: 'a-new-long-password' }, (body) => isObject(body) && passwordFits(body.password)).map((body) => ({ path: `/api/users/${ids[0]}/password`, body })),
        hostileId
          .filter((id) => !ids.includes(decoded(id) ?? ''))
          .map((id) => ({ path: `/api/users/${id}/password`, body: { bytes: '{"password":"a-new-long-password"}', contentType: 'application/json' } })),
      ),
    };
  },

  'ALL /api/[...path]': () => ({
    bad: fc
      .tuple(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        hostileId.filter((segment) => !apiSegments.includes((decoded(segment) ?? '').split('/')[0])),
        fc.option(hostileId),
      )
      .map(([method, first, second]) => ({ method, path: `/api/${first}${second === null ? '' : `/${second}`}` })),
  }),
};
