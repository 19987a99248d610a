import { platformRoles, type PlatformRole, type User } from '../records/schema.ts';

/**
 * Who may do what, in one place: which roles may call each API operation,
 * then which records each may see. A route asks `mayCall` before anything
 * else, then the record rule that fits (`mayReadAttempt`, `errorReportView`,
 * `shownName` in records/board-names.ts). Nothing is allowed by default: an operation added to
 * the list must be given its callers, or this file does not compile.
 *
 * The rules, and why:
 * - trainee: practises, reads their own attempts and the leaderboards, and
 *   chooses the display name the boards show others (never their leads).
 * - lead: the same, plus the attempts and the per-person error reports of
 *   the trainees on the teams they lead (not of a fellow lead of that team:
 *   leads answer to the admin, not to each other).
 * - consultant: edits lessons and scenarios, and reads error reports of any
 *   team, aggregated by mistake and scenario without naming anyone: that is
 *   how they see which mistakes need a lesson, and no more than that.
 * - admin: manages people and teams, and may do everything the others do, so
 *   a company without a consultant can still fix a lesson. Reads every
 *   attempt and report, as support needs to.
 * - anyone, signed in or not, may sign in and sign out, and read the lessons
 *   and scenarios consultants published: they are training material, like
 *   the static pages, and the player needs them before anyone signs in.
 */

/** Who calls: a signed-in person's role, or nobody yet. */
export const callers = ['anonymous', ...platformRoles] as const;
export type Caller = (typeof callers)[number];

/** Every API operation. One list, used by the routes and the tests. */
export const operations = [
  /** POST /api/session */
  'session.create',
  /** GET /api/session: who is signed in, and their CSRF token. */
  'session.read',
  /** DELETE /api/session */
  'session.destroy',
  /** POST /api/attempts: one's own attempt. */
  'attempt.submit',
  /** GET /api/attempts/:id, its log, and GET /api/attempts, then `mayReadAttempt`. */
  'attempt.read',
  /** GET /api/leaderboards?scope=team|individual&period=week|month|all, names by `shownName` (records/board-names.ts). */
  'leaderboard.read',
  /** GET /api/me: one's own profile and badges. */
  'profile.read',
  /** PATCH /api/me: one's own display name. */
  'profile.update',
  /** GET /api/reports/errors, /api/reports/errors.csv and /api/reports/retraining, then `errorReportView`. */
  'report.errors',
  /** Admin's people management: GET /api/teams and /api/users. */
  'people.read',
  /** POST /api/teams */
  'team.create',
  'user.create',
  /** POST /api/users/import: users from a CSV file. */
  'user.import',
  /** Sets a new password and ends the person's sessions. */
  'user.resetPassword',
  /** Consultant's content: lessons (Markdown) and scenarios (data files). */
  'lesson.edit',
  'scenario.edit',
  /** The newest lessons written in the browser, as the player and the lesson pages show them. */
  'lesson.read',
  /** The scenarios consultants published, as the catalogue lists them and the player plays them. */
  'scenario.read',
] as const;
export type Operation = (typeof operations)[number];

const everyone: readonly Caller[] = callers;
const signedIn: readonly PlatformRole[] = platformRoles;

export const allowedCallers: { readonly [operation in Operation]: readonly Caller[] } = {
  'session.create': everyone,
  'session.read': signedIn,
  'session.destroy': everyone,
  'attempt.submit': signedIn,
  'attempt.read': signedIn,
  'leaderboard.read': signedIn,
  'profile.read': signedIn,
  'profile.update': signedIn,
  'report.errors': ['lead', 'consultant', 'admin'],
  'people.read': ['admin'],
  'team.create': ['admin'],
  'user.create': ['admin'],
  'user.import': ['admin'],
  'user.resetPassword': ['admin'],
  'lesson.edit': ['consultant', 'admin'],
  'scenario.edit': ['consultant', 'admin'],
  'lesson.read': everyone,
  'scenario.read': everyone,
};

function callerOf(viewer: Pick<User, 'role'> | undefined): Caller {
  return viewer?.role ?? 'anonymous';
}

/** Whether the viewer (undefined when nobody is signed in) may call the operation at all. */
export function mayCall(viewer: Pick<User, 'role'> | undefined, operation: Operation): boolean {
  return allowedCallers[operation].includes(callerOf(viewer));
}

/** A lead of the person: a lead of one of the teams the person trains on. */
export function leads(viewer: Pick<User, 'role' | 'teamIds'>, person: Pick<User, 'role' | 'teamIds'>): boolean {
  return viewer.role === 'lead' && person.role === 'trainee' && person.teamIds.some((team) => viewer.teamIds.includes(team));
}

/** Whether the viewer may read an attempt of `owner`: their own, their trainees' (lead), anyone's (admin). */
export function mayReadAttempt(viewer: Pick<User, 'id' | 'role' | 'teamIds'>, owner: Pick<User, 'id' | 'role' | 'teamIds'>): boolean {
  return viewer.id === owner.id || viewer.role === 'admin' || leads(viewer, owner);
}

/** How much of a team's error report the viewer may see: per person, only aggregated, or nothing (undefined). */
export function errorReportView(viewer: Pick<User, 'role' | 'teamIds'>, teamId: string): 'per-person' | 'aggregate' | undefined {
  switch (viewer.role) {
    case 'admin':
      return 'per-person';
    case 'lead':
      return viewer.teamIds.includes(teamId) ? 'per-person' : undefined;
    case 'consultant':
      return 'aggregate';
    case 'trainee':
      return undefined;
    default: {
      const _exhaustive: never = viewer.role;
      return _exhaustive;
    }
  }
}
