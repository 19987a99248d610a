import type { Scenario } from '../../engine/index.ts';
import type { MistakeCode } from '../../engine/mistakes.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { runsByUser, uniqueRuns, type Run } from './runs.ts';
import type { StoredAttempt } from './schema.ts';
import type { RecordsStore } from './store.ts';

/**
 * The consultant's "lessons wanted" list: the lessons trainees' actual
 * mistakes call for. Every recorded mistake names the lesson its step links
 * to (the step's `watches`), so a wanted lesson is one of two things:
 *
 * - missing: mistakes link to a lesson id that has not been written yet;
 * - not working: the lesson exists, but people who were shown it (by making
 *   the mistake) make the same code again. The repeat rate is, among the
 *   people who saw it and later had an attempt that could show the code
 *   (a scenario watching it), the share who made the code again in one of
 *   those later attempts. Later attempts only: the lesson is read between
 *   attempts, and a slip in the same attempt says little about what stuck.
 *   People who never had another chance are left out, not counted as cured.
 */

export const wantedReasons = ['missing', 'not-working'] as const;
export type WantedReason = (typeof wantedReasons)[number];

/** How the consultant's page names each reason; `not-working` is filled with `{percent}`, the repeat rate in percent. */
export const wantedReasonKeys = {
  missing: 'report.wanted.missing',
  'not-working': 'report.wanted.notWorking',
} as const satisfies Record<WantedReason, MessageKey>;

/** Which codes each scenario watches, as pairs: an attempt on the scenario could show the code. */
export interface LessonTalliesQuery {
  readonly watches: readonly { readonly scenarioId: string; readonly code: MistakeCode }[];
}

/** A mistake code and the lesson it was linked to, counted over every attempt on record (the part a store answers). */
export interface LessonTally {
  readonly code: MistakeCode;
  /** The lesson id the scenarios link this mistake to. */
  readonly lesson: string;
  /** Mistakes of this code linked to this lesson, and how many people made them. */
  readonly mistakes: number;
  readonly people: number;
  /** People who saw the lesson and later had a chance to make the code again, and of them those who did. */
  readonly seen: number;
  readonly repeated: number;
  /** The scenarios the mistakes were made in, by id, sorted. */
  readonly scenarioIds: readonly string[];
}

export interface LessonsWantedQuery {
  /** The lessons that exist, by id (`content/lessons/<lang>/<id>.md`). */
  readonly lessonIds: ReadonlySet<string>;
  /** Which codes each scenario watches, to know whether a later attempt could show the code again. */
  readonly scenarios: readonly Scenario[];
  /** Repeat rate at or above which an existing lesson is listed; 0.5 unless told. */
  readonly repeatThreshold?: number;
  /** People who must have seen a lesson and had another chance before its repeat rate is judged; 5 unless told. */
  readonly minPeople?: number;
}

export interface WantedLesson extends LessonTally {
  readonly reason: WantedReason;
  /** repeated ÷ seen; null when nobody had another chance. */
  readonly repeatRate: number | null;
}

const pairKey = (code: MistakeCode, lesson: string) => `${code} ${lesson}`;

/** The watches of the scenarios, as a store is asked about them. */
export function lessonTalliesQuery(scenarios: readonly Scenario[]): LessonTalliesQuery {
  return { watches: scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.watches.map((watch) => ({ scenarioId: scenario.id, code: watch.mistake })))) };
}

/** For one person and one mistake/lesson pair: did they have a later chance at the code, and did they make it again? */
function afterSeeing(runs: readonly Run[], first: number, code: MistakeCode, watched: ReadonlyMap<string, ReadonlySet<MistakeCode>>) {
  const later = runs.slice(first + 1);
  const showsCode = (run: Run) => run.mistakes.some((mistake) => mistake.code === code);
  return {
    hadChance: later.some((run) => watched.get(run.scenarioId)?.has(code) || showsCode(run)),
    repeated: later.some(showsCode),
  };
}

/** The tallies of every pair made in the attempts: the reference every store's answer must equal. In no particular order. */
export function lessonTallies(attempts: readonly StoredAttempt[], { watches }: LessonTalliesQuery): LessonTally[] {
  const watched = new Map<string, Set<MistakeCode>>();
  for (const { scenarioId, code } of watches) (watched.get(scenarioId) ?? watched.set(scenarioId, new Set()).get(scenarioId)!).add(code);
  const pairs = new Map<string, { code: MistakeCode; lesson: string; mistakes: number; people: number; seen: number; repeated: number; scenarios: Set<string> }>();
  for (const runs of runsByUser(uniqueRuns(attempts)).values()) {
    const firstSeen = new Map<string, number>();
    runs.forEach((run, index) => {
      for (const { code, lesson } of run.mistakes) {
        const key = pairKey(code, lesson);
        const pair = pairs.get(key) ?? { code, lesson, mistakes: 0, people: 0, seen: 0, repeated: 0, scenarios: new Set<string>() };
        pairs.set(key, pair);
        pair.mistakes += 1;
        pair.scenarios.add(run.scenarioId);
        if (!firstSeen.has(key)) firstSeen.set(key, index);
      }
    });
    for (const [key, index] of firstSeen) {
      const pair = pairs.get(key)!;
      const { hadChance, repeated } = afterSeeing(runs, index, pair.code, watched);
      pair.people += 1;
      if (hadChance) pair.seen += 1;
      if (repeated) pair.repeated += 1;
    }
  }
  return [...pairs.values()].map(({ scenarios, ...pair }) => ({ ...pair, scenarioIds: [...scenarios].sort() }));
}

/** The list from the pairs' tallies, most made first. */
export function wantedLessons(tallies: readonly LessonTally[], { lessonIds, repeatThreshold = 0.5, minPeople = 5 }: Omit<LessonsWantedQuery, 'scenarios'>): WantedLesson[] {
  return tallies
    .flatMap(({ scenarioIds, ...pair }): WantedLesson[] => {
      const repeatRate = pair.seen === 0 ? null : pair.repeated / pair.seen;
      if (!lessonIds.has(pair.lesson)) return [{ ...pair, reason: 'missing', repeatRate, scenarioIds }];
      if (pair.seen >= minPeople && repeatRate !== null && repeatRate >= repeatThreshold) return [{ ...pair, reason: 'not-working', repeatRate, scenarioIds }];
      return [];
    })
    .sort((a, b) => b.mistakes - a.mistakes || (a.code < b.code ? -1 : a.code > b.code ? 1 : a.lesson < b.lesson ? -1 : 1));
}

/** The list over attempts in hand. */
export function lessonsWanted(query: LessonsWantedQuery & { readonly attempts: readonly StoredAttempt[] }): WantedLesson[] {
  return wantedLessons(lessonTallies(query.attempts, lessonTalliesQuery(query.scenarios)), query);
}

/** The list as its route draws it: the store counts the pairs over every attempt (PostgreSQL without reading them). */
export async function storeLessonsWanted(store: Pick<RecordsStore, 'lessonTallies'>, query: LessonsWantedQuery): Promise<WantedLesson[]> {
  return wantedLessons(await store.lessonTallies(lessonTalliesQuery(query.scenarios)), query);
}
