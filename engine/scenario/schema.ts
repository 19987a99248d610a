import * as z from 'zod/mini';
import { commandBodySchema, commandTypes } from '../commands.ts';
import { eventTypes } from '../event-types.ts';
import { mistakeCodes } from '../mistakes.ts';
import { processConfigSchema } from '../process/config.ts';
import { recordEntities } from '../refs.ts';

/**
 * A scenario file, declared once. Consultants write these as YAML in
 * `scenarios/`; everything here is data, no code.
 */

/** Text in both of the site's languages. */
export const localisedSchema = z.strictObject({
  en: z.string().check(z.minLength(1)),
  'zh-CN': z.string().check(z.minLength(1)),
});
export type Localised = z.output<typeof localisedSchema>;

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. unified-formats'));

/**
 * What a field must hold: a value (text compared after trimming and width
 * folding, numbers and true/false exactly), a regular expression to match,
 * or whether it is filled at all.
 */
const conditionSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ matches: z.string() }),
  z.strictObject({ filled: z.boolean() }),
]);

/** Field conditions, all of which must hold; a key may be a dotted path, e.g. `data.to` or `meta.actor`. */
const whereSchema = z._default(z.record(z.string(), conditionSchema), {});
export type Where = z.output<typeof whereSchema>;

/** Any kind of record in the sandbox. */
export const entitySchema = z.enum(recordEntities);

/** Events of one type that meet the conditions, e.g. `{ event: quote.statusChanged, where: { data.to: approved } }`. */
const eventMatchSchema = z.strictObject({
  event: z.enum(eventTypes),
  where: whereSchema,
});
export type EventMatch = z.output<typeof eventMatchSchema>;

/** A team whose every member must be told: a sales or service team by id, or the virtual team around an account. */
const membersSchema = z.union([z.strictObject({ team: z.string().check(z.minLength(1)) }), z.strictObject({ accountTeam: z.string().check(z.minLength(1)) })]);

/**
 * A condition over the sandbox — its records now and the events of the
 * attempt so far — that a step's work must make true. Documented, operator
 * by operator, in `scenarios/README.md`.
 */
export const goalSchema = z.discriminatedUnion('type', [
  /** At least one record of the entity meets every condition. */
  z.strictObject({ type: z.literal('exists'), entity: entitySchema, where: whereSchema }),
  /** The number of records that meet the conditions is within min…max. */
  z.strictObject({
    type: z.literal('count'),
    entity: entitySchema,
    where: whereSchema,
    min: z.optional(z.number().check(z.int(), z.nonnegative())),
    max: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
  /** At least `min` (default 1) events of the type meeting the conditions happened during the attempt. */
  z.strictObject({
    type: z.literal('happened'),
    event: z.enum(eventTypes),
    where: whereSchema,
    min: z._default(z.number().check(z.int(), z.positive()), 1),
  }),
  /** Some record of `about` was notified, during the attempt, to every member of the team. */
  z.strictObject({
    type: z.literal('notified'),
    members: membersSchema,
    about: z.strictObject({ entity: entitySchema, where: whereSchema }),
  }),
  /** Both happened, and the first `first` came before the first `then`. */
  z.strictObject({ type: z.literal('before'), first: eventMatchSchema, then: eventMatchSchema }),
  z.strictObject({
    type: z.literal('all'),
    get of() {
      return z.array(goalSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    type: z.literal('any'),
    get of() {
      return z.array(goalSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    type: z.literal('not'),
    get goal() {
      return goalSchema;
    },
  }),
]);
export type Goal = z.output<typeof goalSchema>;

/** A mistake a step watches for, and the lesson (in `content/lessons/`) a trainee sees when they make it. */
export const watchSchema = z.strictObject({
  mistake: z.enum(mistakeCodes),
  lesson: slug,
});

/**
 * A command the step expects the trainee to send, with the fields that
 * matter. Sending one of that type to someone else (an owner, an assignee, a
 * colleague to share with) is recorded as `assignment.wrong-owner`.
 */
export const expectedCommandSchema = z.strictObject({
  type: z.enum(commandTypes),
  data: whereSchema,
});
export type ExpectedCommand = z.output<typeof expectedCommandSchema>;

/** ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00: read as China-time wall clock plus offset, the same everywhere. */
const simulatedTime = z.iso.datetime({ offset: true });

export const stepSchema = z.strictObject({
  id: slug,
  instruction: localisedSchema,
  /** Revealed one at a time; each costs `scoring.hintCost` points. */
  hints: z._default(z.array(localisedSchema), []),
  goal: goalSchema,
  /** When, on the simulated clock, the step must be done by; passing it is `deadline.missed`. */
  deadline: z.optional(simulatedTime),
  expects: z._default(z.array(expectedCommandSchema), []),
  watches: z._default(z.array(watchSchema), []),
});
export type Step = z.output<typeof stepSchema>;

/** A spreadsheet the story hands the trainee (the sandbox offers it to import), already as text cells. */
export const spreadsheetSchema = z.strictObject({
  file: z.string().check(z.regex(/\.(csv|xlsx)$/, 'a file name ending in .csv or .xlsx')),
  columns: z.array(z.string()).check(z.minLength(1)),
  rows: z.array(z.array(z.string())),
});
export type Spreadsheet = z.output<typeof spreadsheetSchema>;

export const scenarioSchema = z.strictObject({
  id: slug,
  /** Raised whenever the scenario changes; every attempt records the version it was made on. */
  version: z.number().check(z.int(), z.positive()),
  title: localisedSchema,
  briefing: localisedSchema,
  roles: z.array(z.enum(['trainee', 'lead', 'consultant', 'admin'])).check(z.minLength(1)),
  difficulty: z.number().check(z.int(), z.gte(1), z.lte(5)),
  minutes: z.number().check(z.int(), z.positive()),
  /** Ids of the scenarios a trainee should have finished first. */
  prerequisites: z._default(z.array(slug), []),
  /** The badge a trainee earns by finishing with three stars; named after the scenario when left out. */
  badge: z.optional(localisedSchema),
  /** The sandbox the scenario starts from. */
  fixture: z.strictObject({
    /** Seed of the generated background customers. */
    seed: z.number().check(z.int()),
    /** How many background customers to generate. */
    accounts: z.number().check(z.int(), z.nonnegative(), z.lte(30)),
    /** The particular records the story needs, as commands applied before the trainee starts. */
    records: z._default(z.array(commandBodySchema), []),
    /** Spreadsheets the story hands the trainee to import. */
    spreadsheets: z._default(z.array(spreadsheetSchema), []),
  }),
  /** The company's own process for this scenario: only what differs from the defaults (engine/process/config.ts). */
  process: z.prefault(processConfigSchema, {}),
  /** Simulated start time, ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00. */
  start: z.iso.datetime({ offset: true }),
  scoring: z._default(
    z.strictObject({
      /** Points each revealed hint costs. */
      hintCost: z._default(z.number().check(z.int(), z.nonnegative()), 5),
    }),
    { hintCost: 5 },
  ),
  steps: z.array(stepSchema).check(z.minLength(1)),
});
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
