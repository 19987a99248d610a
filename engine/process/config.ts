import * as z from 'zod/mini';

/**
 * The company's own process, as data: pipeline stages with their win
 * probabilities and the fields each needs, price-approval thresholds, credit
 * rules, SLA policies and review levels. Every part has a default, so a
 * scenario (and later a company) sets only what differs. The lifecycle
 * machines are built from it.
 */

const roleSchema = z.enum(['trainee', 'lead', 'consultant', 'admin']);

/** Opportunity fields a stage can require before a deal may enter it. */
export const opportunityFields = ['amount', 'expectedClose', 'decisionMaker', 'needs', 'quote', 'competitors'] as const;
export type OpportunityField = (typeof opportunityFields)[number];

const stageSchema = z.object({
  /** Stable id, used in commands and reports, e.g. `needsAnalysis`. */
  id: z.string().check(z.regex(/^[a-z][a-zA-Z]*$/, 'a camelCase word, e.g. needsAnalysis')),
  /** Chance of winning a deal at this stage, 0–100; weighted forecasts use it. */
  probability: z.number().check(z.gte(0), z.lte(100)),
  /** Fields that must be filled before a deal enters this stage (and so before any later one). */
  requires: z._default(z.array(z.enum(opportunityFields)), []),
});
export type StageConfig = z.output<typeof stageSchema>;

export const defaultStages: z.input<typeof stageSchema>[] = [
  { id: 'prospecting', probability: 10 },
  { id: 'qualification', probability: 20, requires: ['amount', 'expectedClose'] },
  { id: 'needsAnalysis', probability: 40, requires: ['decisionMaker'] },
  { id: 'proposal', probability: 60, requires: ['needs'] },
  { id: 'negotiation', probability: 80, requires: ['quote'] },
];

const slaSchema = z.object({
  /** Minutes from opening to resolution before the ticket breaches its SLA and is escalated. */
  resolveMinutes: z.number().check(z.int(), z.positive()),
});

export const ticketPriorities = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const processConfigSchema = z.object({
  pipeline: z.prefault(
    z.object({
      /** Open stages in order; every deal ends won or lost after them. */
      stages: z.prefault(
        z
          .array(stageSchema)
          .check(
            z.minLength(2),
            z.refine((stages) => new Set(stages.map((stage) => stage.id)).size === stages.length, 'each stage id once'),
            z.refine((stages) => !stages.some((stage) => stage.id === 'won' || stage.id === 'lost'), '`won` and `lost` are the closing states, not stages'),
          ),
        defaultStages,
      ),
    }),
    {},
  ),
  pricing: z.prefault(
    z.object({
      /** A quote line priced this far off the list price (either way), in percent, needs a lead's approval. */
      maxPriceDeviationPercent: z._default(z.number().check(z.gte(0), z.lte(100)), 5),
      /** A discount above this, in percent, needs a lead's approval. */
      maxDiscountPercent: z._default(z.number().check(z.gte(0), z.lte(100)), 10),
      /** Days a sent quote stays valid. */
      validityDays: z._default(z.number().check(z.int(), z.positive()), 30),
    }),
    {},
  ),
  credit: z.prefault(
    z.object({
      /** Credit limit a new account gets per segment, in CNY. */
      defaultLimits: z._default(
        z.object({ A: z.number().check(z.nonnegative()), B: z.number().check(z.nonnegative()), C: z.number().check(z.nonnegative()) }),
        { A: 1_000_000, B: 300_000, C: 50_000 },
      ),
      /** A credit-limit change needs these roles to approve it, in order. */
      reviewLevels: z._default(z.array(roleSchema).check(z.minLength(1)), ['lead']),
      /** A raise above this, in CNY, needs the `largeChangeLevels` chain instead. */
      largeChange: z._default(z.number().check(z.nonnegative()), 500_000),
      largeChangeLevels: z._default(z.array(roleSchema).check(z.minLength(1)), ['lead', 'admin']),
    }),
    {},
  ),
  /** Annual value in CNY from which an account is segment A or B; below B it is C. */
  segments: z._default(z.object({ A: z.number().check(z.nonnegative()), B: z.number().check(z.nonnegative()) }), { A: 2_000_000, B: 500_000 }),
  /** List-price changes need these roles to approve them, in order. */
  priceReviewLevels: z._default(z.array(roleSchema).check(z.minLength(1)), ['lead']),
  sla: z.prefault(
    z.object({
      urgent: z._default(slaSchema, { resolveMinutes: 4 * 60 }),
      high: z._default(slaSchema, { resolveMinutes: 24 * 60 }),
      normal: z._default(slaSchema, { resolveMinutes: 3 * 24 * 60 }),
      low: z._default(slaSchema, { resolveMinutes: 7 * 24 * 60 }),
    }),
    {},
  ),
});
export type ProcessConfig = z.output<typeof processConfigSchema>;
export type ProcessConfigInput = z.input<typeof processConfigSchema>;

/** The process every sandbox has unless a scenario or company sets its own. */
export const defaultProcess: ProcessConfig = processConfigSchema.parse({});
