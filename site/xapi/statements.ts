import type { Localised } from '../../engine/scenario/schema.ts';
import type { StoredAttempt, User } from '../records/schema.ts';
import { uuidV5 } from './uuid-v5.ts';

/**
 * A verified attempt as xAPI 1.0.3 statements, for a company's Learning
 * Record Store: the trainee attempted the scenario, completed it (only when
 * every step was done), passed or failed it with its score, and made each
 * of its mistakes (one statement each, the mistake code as an extension).
 *
 * Pure: the same attempt, person, title and origin give the same statements,
 * ids included, so a resend after a crash is recognised by the LRS.
 *
 * Every statement is stamped with the time the server verified the attempt:
 * the only time it knows. An attempt finished offline waits in the browser
 * until its trainee signs in, so its start cannot be told from its
 * submission; the wall time the trainee spent is the result's duration.
 */

export interface Statement {
  readonly id: string;
  readonly actor: Agent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: Activity;
  readonly result?: StatementResult;
  readonly context: StatementContext;
  readonly timestamp: string;
}

export type LanguageMap = Readonly<Record<string, string>>;
export type Extensions = Readonly<Record<string, string | number | boolean>>;

export interface Agent {
  readonly objectType: 'Agent';
  readonly name?: string;
  /** The person's account on this site: never an email or anything else the LRS need not know. */
  readonly account: { readonly homePage: string; readonly name: string };
}

export interface Activity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: { readonly name: LanguageMap; readonly type: string };
}

export interface StatementResult {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly duration?: string;
  readonly extensions?: Extensions;
}

export interface StatementContext {
  /** One UUID per attempt, grouping its statements. */
  readonly registration: string;
  readonly platform: string;
  readonly extensions: Extensions;
}

export interface AttemptStatementsInput {
  readonly attempt: StoredAttempt;
  /** Whose attempt it is, for their real name (their account is named by the attempt's user id); undefined when the store has no such user. */
  readonly person: Pick<User, 'name'> | undefined;
  /** The scenario's title at the attempt's version; its id stands in when the site no longer has that version. */
  readonly title: Localised | undefined;
  /** The site's public origin, e.g. `https://drill.example.com`: the home of accounts, activities and CRM Drill's own IRIs. */
  readonly origin: string;
}

/** An attempt passes when it is completed with at least one star (a score of 40 or more): the lowest band the finish screen rewards. */
export function attemptPassed(attempt: Pick<StoredAttempt, 'completed' | 'stars'>): boolean {
  return attempt.completed && attempt.stars >= 1;
}

const adlVerb = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

/** The verbs, named in both of the site's languages (xAPI tags English as en-US, as ADL's own verbs do). */
const verbs = {
  attempted: { id: adlVerb('attempted'), display: { 'en-US': 'attempted', 'zh-CN': '尝试了' } },
  completed: { id: adlVerb('completed'), display: { 'en-US': 'completed', 'zh-CN': '完成了' } },
  passed: { id: adlVerb('passed'), display: { 'en-US': 'passed', 'zh-CN': '通过了' } },
  failed: { id: adlVerb('failed'), display: { 'en-US': 'failed', 'zh-CN': '未通过' } },
} as const;

/** Fixed for CRM Drill, so its statement ids never collide with another tool's. */
const statementNamespace = '102fca4b-a22b-4368-a872-74cd7cb2ffef';

/** CRM Drill's own IRIs, under the site's origin: the mistake verb and the extensions. */
export function drillIris(origin: string) {
  const extension = (name: string) => `${origin}/xapi/extensions/${name}`;
  return {
    mistakeVerb: `${origin}/xapi/verbs/made-mistake`,
    attempt: extension('attempt'),
    scenarioVersion: extension('scenario-version'),
    engineVersion: extension('engine-version'),
    mistakeCode: extension('mistake-code'),
    step: extension('step'),
    lesson: extension('lesson'),
    stars: extension('stars'),
    hintsUsed: extension('hints-used'),
    commands: extension('commands'),
  };
}

export function attemptStatements({ attempt, person, title, origin }: AttemptStatementsInput): Statement[] {
  const iris = drillIris(origin);
  const idFor = (kind: string, index = 0) => uuidV5(`${origin} ${attempt.id} ${kind} ${index}`, statementNamespace);
  const name: LanguageMap = title ? { 'en-US': title.en, 'zh-CN': title['zh-CN'] } : { 'en-US': attempt.scenarioId };
  const common = {
    actor: { objectType: 'Agent', ...(person && { name: person.name }), account: { homePage: origin, name: attempt.userId } },
    object: {
      objectType: 'Activity',
      id: `${origin}/scenarios/${attempt.scenarioId}`,
      definition: { name, type: 'http://adlnet.gov/expapi/activities/simulation' },
    },
    context: {
      registration: uuidV5(`${origin} ${attempt.id}`, statementNamespace),
      platform: 'CRM Drill',
      extensions: { [iris.attempt]: attempt.id, [iris.scenarioVersion]: attempt.scenarioVersion, [iris.engineVersion]: attempt.engineVersion },
    },
    timestamp: attempt.submittedAt,
  } as const;
  const duration = `PT${Math.round(attempt.wallSeconds * 100) / 100}S`;
  const passed = attemptPassed(attempt);

  const statements: Statement[] = [{ id: idFor('attempted'), verb: verbs.attempted, ...common }];
  if (attempt.completed) statements.push({ id: idFor('completed'), verb: verbs.completed, result: { completion: true, duration }, ...common });
  statements.push({
    id: idFor(passed ? 'passed' : 'failed'),
    verb: passed ? verbs.passed : verbs.failed,
    result: {
      score: { scaled: attempt.score / 100, raw: attempt.score, min: 0, max: 100 },
      success: passed,
      completion: attempt.completed,
      duration,
      extensions: { [iris.stars]: attempt.stars, [iris.hintsUsed]: attempt.hintsUsed, [iris.commands]: attempt.commands },
    },
    ...common,
  });
  attempt.mistakes.forEach(({ code, step, lesson }, index) => {
    statements.push({
      id: idFor('mistake', index),
      verb: { id: iris.mistakeVerb, display: { 'en-US': 'made a mistake in', 'zh-CN': '出错于' } },
      result: { success: false, extensions: { [iris.mistakeCode]: code, [iris.step]: step, [iris.lesson]: lesson } },
      ...common,
    });
  });
  return statements;
}
