import * as z from 'zod';
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
  en: z.string().min(1),
  'zh-CN': z.string().min(1),
});
export type Localised = z.output<typeof localisedSchema>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. unified-formats');

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
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
  }),
  z.object({
    type: z.literal('all'),
    get of() {
      return z.array(goalSchema).min(1);
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
  hints: z.array(localisedSchema).default([]),
  goal: goalSchema,
  watches: z.array(watchSchema).default([]),
});
export type Step = z.output<typeof stepSchema>;

export const scenarioSchema = z.object({
  id: slug,
  /** Raised whenever the scenario changes; every attempt records the version it was made on. */
  version: z.number().int().positive(),
  title: localisedSchema,
  briefing: localisedSchema,
  roles: z.array(z.enum(['trainee', 'lead', 'consultant', 'admin'])).min(1),
  difficulty: z.number().int().min(1).max(5),
  minutes: z.number().int().positive(),
  /** The sandbox the scenario starts from. */
  fixture: z.object({
    /** Seed of the generated background customers. */
    seed: z.number().int(),
    /** How many background customers to generate. */
    accounts: z.number().int().nonnegative().max(30),
    /** The particular records the story needs, as commands applied before the trainee starts. */
    records: z.array(commandBodySchema).default([]),
  }),
  /** The company's own process for this scenario: only what differs from the defaults (engine/process/config.ts). */
  process: processConfigSchema.prefault({}),
  /** Simulated start time, ISO 8601 with offset, e.g. 2026-03-02T09:00:00+08:00. */
  start: z.iso.datetime({ offset: true }),
  scoring: z
    .object({
      /** Points each revealed hint costs. */
      hintCost: z.number().int().nonnegative().default(5),
    })
    .default({ hintCost: 5 }),
  steps: z.array(stepSchema).min(1),
});
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
