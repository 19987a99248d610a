import * as v from 'valibot';
import { commandBodySchema, commandTypes } from '../commands.ts';
import { eventTypes } from '../event-types.ts';
import { mistakeCodes } from '../mistakes.ts';
import { processConfigSchema } from '../process/config.ts';
import { recordEntities } from '../refs.ts';
import { roles } from '../users/records.ts';
import { topics } from './topics.ts';

/**
 * A scenario file, declared once. Consultants write these as YAML in
 * `scenarios/`; everything here is data, no code.
 */

/** Text in both of the site's languages. */
export const localisedSchema = v.strictObject({
  en: v.pipe(v.string(), v.minLength(1)),
  'zh-CN': v.pipe(v.string(), v.minLength(1)),
});
export type Localised = v.InferOutput<typeof localisedSchema>;

/** The id of a scenario, a lesson or a learning path: safe in a URL and a file name. */
export const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. unified-formats'));

/**
 * What a field must hold: a value (text compared after trimming and width
 * folding, numbers and true/false exactly), a regular expression to match,
 * or whether it is filled at all.
 */
const conditionSchema = v.union([
  v.string(),
  // YAML can write `.inf`, which no field holds.
  v.pipe(v.number(), v.finite()),
  v.boolean(),
  v.strictObject({ matches: v.string() }),
  v.strictObject({ filled: v.boolean() }),
]);

/** Field conditions, all of which must hold; a key may be a dotted path, e.g. `data.to` or `meta.actor`. */
export const whereSchema = v.optional(v.record(v.string(), conditionSchema), {});
export type Where = v.InferOutput<typeof whereSchema>;

/** Any kind of record in the sandbox. */
export const entitySchema = v.picklist(recordEntities);

/** Events of one type that meet the conditions, e.g. `{ event: quote.statusChanged, where: { data.to: approved } }`. */
const eventMatchSchema = v.strictObject({
  event: v.picklist(eventTypes),
  where: whereSchema,
});
export type EventMatch = v.InferOutput<typeof eventMatchSchema>;

/** A team whose every member must be told: a sales or service team by id, or the virtual team around an account. */
const membersSchema = v.union([
  v.strictObject({ team: v.pipe(v.string(), v.minLength(1)) }),
  v.strictObject({ accountTeam: v.pipe(v.string(), v.minLength(1)) }),
]);

/** The goals that look at the sandbox itself; `all`, `any` and `not` below combine them. */
const simpleGoals = [
  /** At least one record of the entity meets every condition. */
  v.strictObject({ type: v.literal('exists'), entity: entitySchema, where: whereSchema }),
  /** The number of records that meet the conditions is within min…max. */
  v.strictObject({
    type: v.literal('count'),
    entity: entitySchema,
    where: whereSchema,
    min: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
    max: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  }),
  /** At least `min` (default 1) events of the type meeting the conditions happened during the attempt. */
  v.strictObject({
    type: v.literal('happened'),
    event: v.picklist(eventTypes),
    where: whereSchema,
    min: v.optional(v.pipe(v.number(), v.safeInteger(), v.gtValue(0)), 1),
  }),
  /** Some record of `about` was notified, during the attempt, to every member of the team. */
  v.strictObject({
    type: v.literal('notified'),
    members: membersSchema,
    about: v.strictObject({ entity: entitySchema, where: whereSchema }),
  }),
  /** Both happened, and the first `first` came before the first `then`. */
  v.strictObject({ type: v.literal('before'), first: eventMatchSchema, then: eventMatchSchema }),
] as const;

/*
 * A schema that contains itself has a type TypeScript cannot infer, so the
 * three combining goals are spelled out here; the simple ones are inferred.
 */
type SimpleGoal = v.InferOutput<(typeof simpleGoals)[number]>;
type SimpleGoalInput = v.InferInput<(typeof simpleGoals)[number]>;
export type Goal = SimpleGoal | { type: 'all'; of: Goal[] } | { type: 'any'; of: Goal[] } | { type: 'not'; goal: Goal };
export type GoalInput = SimpleGoalInput | { type: 'all'; of: GoalInput[] } | { type: 'any'; of: GoalInput[] } | { type: 'not'; goal: GoalInput };

const subgoal = v.lazy(() => goalSchema);

/**
 * A condition over the sandbox — its records now and the events of the
 * attempt so far — that a step's work must make true. Documented, operator
 * by operator, in `scenarios/README.md`.
 */
export const goalSchema: v.GenericSchema<GoalInput, Goal> = v.variant('type', [
  ...simpleGoals,
  v.strictObject({ type: v.literal('all'), of: v.pipe(v.array(subgoal), v.minLength(1)) }),
  v.strictObject({ type: v.literal('any'), of: v.pipe(v.array(subgoal), v.minLength(1)) }),
  v.strictObject({ type: v.literal('not'), goal: subgoal }),
]);

/** A mistake a step watches for, and the lesson (in `content/lessons/`) a trainee sees when they make it. */
export const watchSchema = v.strictObject({
  mistake: v.picklist(mistakeCodes),
  lesson: slug,
});

/**
 * A command the step expects the trainee to send, with the fields that
 * matter. Sending one of that type to someone else (an owner, an assignee, a
 * colleague to share with) is recorded as `assignment.wrong-owner`.
 */
export const expectedCommandSchema = v.strictObject({
  type: v.picklist(commandTypes),
  data: whereSchema,
});
export type ExpectedCommand = v.InferOutput<typeof expectedCommandSchema>;

/**
 * ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00: read as China-time
 * wall clock plus offset, the same everywhere. As RFC 3339 writes it: a real
 * calendar date, `T`, seconds, and `Z` or ±hh:mm.
 */
const simulatedTime = v.pipe(
  v.string(),
  v.regex(
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
    'a date and time with seconds and an offset, e.g. 2026-03-02T09:00:00+08:00',
  ),
);

export const stepSchema = v.strictObject({
  id: slug,
  instruction: localisedSchema,
  /** Revealed one at a time; each costs `scoring.hintCost` points. */
  hints: v.optional(v.array(localisedSchema), []),
  goal: goalSchema,
  /** When, on the simulated clock, the step must be done by; passing it is `deadline.missed`. */
  deadline: v.optional(simulatedTime),
  expects: v.optional(v.array(expectedCommandSchema), []),
  watches: v.optional(v.array(watchSchema), []),
});
export type Step = v.InferOutput<typeof stepSchema>;

/** A spreadsheet the story hands the trainee (the sandbox offers it to import), already as text cells. */
export const spreadsheetSchema = v.strictObject({
  file: v.pipe(v.string(), v.regex(/\.(csv|xlsx)$/, 'a file name ending in .csv or .xlsx')),
  columns: v.pipe(v.array(v.string()), v.minLength(1)),
  rows: v.array(v.array(v.string())),
});
export type Spreadsheet = v.InferOutput<typeof spreadsheetSchema>;

/*
 * A scenario's walkthrough: the commands that play it to a perfect score,
 * and for each mistake a step watches, a slip (one of those commands done
 * wrong) that makes it. Written in the scenario file, so a new scenario is
 * tested by adding the file; walkthrough.ts plays it.
 *
 * Ids come from the sandbox, so a file cannot know the id of a ticket of
 * the fixture or of a lead the trainee creates: in a command's data, a
 * value `{ find: ticket, where: { subject: … } }` stands for the id of the
 * first such record when the command is played (`pick: last` for the
 * newest, `field` for another field than `id`).
 */

/** A reference to a record of the sandbox as it stands when the command is played. */
export const findSchema = v.strictObject({
  find: v.picklist(recordEntities),
  where: whereSchema,
  pick: v.optional(v.picklist(['first', 'last']), 'first'),
  field: v.optional(v.pipe(v.string(), v.minLength(1)), 'id'),
});
export type Find = v.InferOutput<typeof findSchema>;

/** A command as a trainee sends it, whose data may hold `find` references; checked by the sandbox when it is played, as a trainee's is. */
export const moveSchema = v.strictObject({
  type: v.picklist(commandTypes),
  data: v.optional(v.record(v.string(), v.unknown()), {}),
});
export type Move = v.InferOutput<typeof moveSchema>;

/** Another move of `perfect` a slip changes: `replace` gives way to `instead`, as the slip's own do. */
export const changeSchema = v.strictObject({
  replace: moveSchema,
  instead: v.array(moveSchema),
});
export type Change = v.InferOutput<typeof changeSchema>;

export const slipSchema = v.strictObject({
  /** The mistake the slip makes, and the step whose watch records it. */
  mistake: v.picklist(mistakeCodes),
  step: slug,
  /** The move of `perfect` done wrong: the same command, usually written as a YAML alias (`*take`) of it. */
  replace: moveSchema,
  /** What is done instead: the wrong move, then usually the right one; nothing when the move is forgotten. */
  instead: v.array(moveSchema),
  /** Further moves of `perfect` the same slip changes, for a mistake one move cannot make (both calls about a ticket left unlogged). */
  also: v.optional(v.array(changeSchema), []),
  /** False when the slip leaves a step undone (a team never told): the attempt then ends unfinished. */
  completes: v.optional(v.boolean(), true),
});
export type Slip = v.InferOutput<typeof slipSchema>;

export const walkthroughSchema = v.strictObject({
  perfect: v.pipe(v.array(moveSchema), v.minLength(1)),
  slips: v.optional(v.array(slipSchema), []),
});
export type Walkthrough = v.InferOutput<typeof walkthroughSchema>;

export const scenarioSchema = v.strictObject({
  id: slug,
  /** Raised whenever the scenario changes; every attempt records the version it was made on. */
  version: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  title: localisedSchema,
  briefing: localisedSchema,
  roles: v.pipe(v.array(v.picklist(['trainee', 'lead', 'consultant', 'admin'])), v.minLength(1)),
  /** What it trains, as the catalogue filters it: rows of the seed table (engine/scenario/topics.ts), the main one first. */
  topics: v.pipe(v.array(v.picklist(topics)), v.minLength(1, 'at least one topic, e.g. [sales]')),
  difficulty: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(5)),
  minutes: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  /** Ids of the scenarios a trainee should have finished first. */
  prerequisites: v.optional(v.array(slug), []),
  /** The badge a trainee earns by finishing with three stars; named after the scenario when left out. */
  badge: v.optional(localisedSchema),
  /** The sandbox the scenario starts from. */
  fixture: v.strictObject({
    /** Seed of the generated background customers. */
    seed: v.pipe(v.number(), v.safeInteger()),
    /** How many background customers to generate. */
    accounts: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(30)),
    /** The particular records the story needs, as commands applied before the trainee starts. */
    records: v.optional(v.array(commandBodySchema), []),
    /** Spreadsheets the story hands the trainee to import. */
    spreadsheets: v.optional(v.array(spreadsheetSchema), []),
  }),
  /**
   * Who the trainee plays as: still user `trainee` (王芳, sales-east), with
   * the role the story gives them, e.g. `{ role: lead }` for a week as acting
   * lead; what they may do follows the role.
   */
  trainee: v.optional(
    v.strictObject({
      /** The role the trainee acts in; `trainee` when left out. */
      role: v.optional(v.picklist(roles), 'trainee'),
    }),
    { role: 'trainee' },
  ),
  /** The company's own process for this scenario: only what differs from the defaults (engine/process/config.ts). */
  process: v.optional(processConfigSchema, {}),
  /** Simulated start time, ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00. */
  start: simulatedTime,
  scoring: v.optional(
    v.strictObject({
      /** Points each revealed hint costs. */
      hintCost: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0)), 5),
    }),
    { hintCost: 5 },
  ),
  steps: v.pipe(v.array(stepSchema), v.minLength(1)),
  /** How the scenario is played perfectly, and how each watched mistake is made: what the tests and the demo company play. Left out of archived versions. */
  walkthrough: v.optional(walkthroughSchema),
});
export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type ScenarioInput = v.InferInput<typeof scenarioSchema>;
