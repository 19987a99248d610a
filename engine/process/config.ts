import * as v from 'valibot';

/**
 * The company's own process, as data: pipeline stages with their win
 * probabilities and the fields each needs, price-approval thresholds, credit
 * rules, SLA policies and review levels. Every part has a default, so a
 * scenario (and later a company) sets only what differs. The lifecycle
 * machines are built from it.
 */

const roleSchema = v.picklist(['trainee', 'lead', 'consultant', 'admin']);

/** Opportunity fields a stage can require before a deal may enter it. */
export const opportunityFields = ['amount', 'expectedClose', 'decisionMaker', 'needs', 'quote', 'competitors'] as const;
export type OpportunityField = (typeof opportunityFields)[number];

const stageSchema = v.object({
  /** Stable id, used in commands and reports, e.g. `needsAnalysis`. */
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]*$/, 'a camelCase word, e.g. needsAnalysis')),
  /** Chance of winning a deal at this stage, 0–100; weighted forecasts use it. */
  probability: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  /** Fields that must be filled before a deal enters this stage (and so before any later one). */
  requires: v.optional(v.array(v.picklist(opportunityFields)), []),
});
export type StageConfig = v.InferOutput<typeof stageSchema>;

export const defaultStages: v.InferInput<typeof stageSchema>[] = [
  { id: 'prospecting', probability: 10 },
  { id: 'qualification', probability: 20, requires: ['amount', 'expectedClose'] },
  { id: 'needsAnalysis', probability: 40, requires: ['decisionMaker'] },
  { id: 'proposal', probability: 60, requires: ['needs'] },
  { id: 'negotiation', probability: 80, requires: ['quote'] },
];

const slaSchema = v.object({
  /** Minutes from opening to resolution before the ticket breaches its SLA and is escalated. */
  resolveMinutes: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
});

/** An amount in CNY, from 0. Finite: YAML can write `.inf`, which is no amount. */
const nonnegative = v.pipe(v.number(), v.finite(), v.minValue(0));

export const ticketPriorities = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const processConfigSchema = v.object({
  pipeline: v.optional(
    v.object({
      /** Open stages in order; every deal ends won or lost after them. */
      stages: v.optional(
        v.pipe(
          v.array(stageSchema),
          v.minLength(2),
          v.check((stages) => new Set(stages.map((stage) => stage.id)).size === stages.length, 'each stage id once'),
          v.check((stages) => !stages.some((stage) => stage.id === 'won' || stage.id === 'lost'), '`won` and `lost` are the closing states, not stages'),
        ),
        defaultStages,
      ),
    }),
    {},
  ),
  pricing: v.optional(
    v.object({
      /** A quote line priced this far off the list price (either way), in percent, needs a lead's approval. */
      maxPriceDeviationPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100)), 5),
      /** A discount above this, in percent, needs a lead's approval. */
      maxDiscountPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100)), 10),
      /** Days a sent quote stays valid. */
      validityDays: v.optional(v.pipe(v.number(), v.safeInteger(), v.gtValue(0)), 30),
    }),
    {},
  ),
  credit: v.optional(
    v.object({
      /** Credit limit a new account gets per segment, in CNY. */
      defaultLimits: v.optional(v.object({ A: nonnegative, B: nonnegative, C: nonnegative }), { A: 1_000_000, B: 300_000, C: 50_000 }),
      /** A credit-limit change needs these roles to approve it, in order. */
      reviewLevels: v.optional(v.pipe(v.array(roleSchema), v.minLength(1)), ['lead']),
      /** A raise above this, in CNY, needs the `largeChangeLevels` chain instead. */
      largeChange: v.optional(nonnegative, 500_000),
      largeChangeLevels: v.optional(v.pipe(v.array(roleSchema), v.minLength(1)), ['lead', 'admin']),
    }),
    {},
  ),
  /** Annual value in CNY from which an account is segment A or B; below B it is C. */
  segments: v.optional(v.object({ A: nonnegative, B: nonnegative }), { A: 2_000_000, B: 500_000 }),
  /** List-price changes need these roles to approve them, in order. */
  priceReviewLevels: v.optional(v.pipe(v.array(roleSchema), v.minLength(1)), ['lead']),
  sla: v.optional(
    v.object({
      urgent: v.optional(slaSchema, { resolveMinutes: 4 * 60 }),
      high: v.optional(slaSchema, { resolveMinutes: 24 * 60 }),
      normal: v.optional(slaSchema, { resolveMinutes: 3 * 24 * 60 }),
      low: v.optional(slaSchema, { resolveMinutes: 7 * 24 * 60 }),
    }),
    {},
  ),
});
export type ProcessConfig = v.InferOutput<typeof processConfigSchema>;
export type ProcessConfigInput = v.InferInput<typeof processConfigSchema>;

/** The process every sandbox has unless a scenario or company sets its own. */
export const defaultProcess: ProcessConfig = v.parse(processConfigSchema, {});
