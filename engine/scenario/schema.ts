import * as z from 'zod/mini';
import { commandBodySchema } from '../commands.ts';
import { mistakeCodes } from '../mistakes.ts';
import { processConfigSchema } from '../process/config.ts';
import { recordEntities } from '../refs.ts';

/**
 * A scenario file, declared once. Consultants write these as YAML in
 * `scenarios/`; everything here is data, no code.
 */

/** Text in both of the site's languages. */
export const localisedSchema = z.object({
  en: z.string().check(z.minLength(1)),
  'zh-CN': z.string().check(z.minLength(1)),
});
export type Localised = z.output<typeof localisedSchema>;

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. unified-formats'));

/** A value a record's field must have: equal (strings compared after trimming and width folding), or match a pattern. */
const fieldConditionSchema = z.union([z.string(), z.number(), z.boolean(), z.object({ matches: z.string() })]);

/** Any kind of record in the sandbox. */
export const entitySchema = z.enum(recordEntities);

const whereSchema = z.record(z.string(), fieldConditionSchema);

/** A condition over the sandbox state that a step's work must make true. */
export const goalSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('exists'),
    entity: entitySchema,
    /** Field conditions; all must hold for one record. */
    where: whereSchema,
  }),
  z.object({
    type: z.literal('count'),
    entity: entitySchema,
    where: whereSchema,
    min: z.optional(z.number().check(z.int(), z.nonnegative())),
    max: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
  z.object({
    type: z.literal('all'),
    get of() {
      return z.array(goalSchema).check(z.minLength(1));
    },
  }),
]);
export type Goal = z.output<typeof goalSchema>;

/** A mistake a step watches for, and the lesson (in `content/lessons/`) a trainee sees when they make it. */
export const watchSchema = z.object({
  mistake: z.enum(mistakeCodes),
  lesson: slug,
});

export const stepSchema = z.object({
  id: slug,
  instruction: localisedSchema,
  /** Revealed one at a time; each costs `scoring.hintCost` points. */
  hints: z._default(z.array(localisedSchema), []),
  goal: goalSchema,
  watches: z._default(z.array(watchSchema), []),
});
export type Step = z.output<typeof stepSchema>;

export const scenarioSchema = z.object({
  id: slug,
  /** Raised whenever the scenario changes; every attempt records the version it was made on. */
  version: z.number().check(z.int(), z.positive()),
  title: localisedSchema,
  briefing: localisedSchema,
  roles: z.array(z.enum(['trainee', 'lead', 'consultant', 'admin'])).check(z.minLength(1)),
  difficulty: z.number().check(z.int(), z.gte(1), z.lte(5)),
  minutes: z.number().check(z.int(), z.positive()),
  /** The sandbox the scenario starts from. */
  fixture: z.object({
    /** Seed of the generated background customers. */
    seed: z.number().check(z.int()),
    /** How many background customers to generate. */
    accounts: z.number().check(z.int(), z.nonnegative(), z.lte(30)),
    /** The particular records the story needs, as commands applied before the trainee starts. */
    records: z._default(z.array(commandBodySchema), []),
  }),
  /** The company's own process for this scenario: only what differs from the defaults (engine/process/config.ts). */
  process: z.prefault(processConfigSchema, {}),
  /** Simulated start time, ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00. */
  start: z.iso.datetime({ offset: true }),
  scoring: z._default(
    z.object({
      /** Points each revealed hint costs. */
      hintCost: z._default(z.number().check(z.int(), z.nonnegative()), 5),
    }),
    { hintCost: 5 },
  ),
  steps: z.array(stepSchema).check(z.minLength(1)),
});
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
