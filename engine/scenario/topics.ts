/**
 * What a scenario or a lesson is about: the rows of the seed table in
 * shared/PRODUCT.md, as the catalogue filters them and the lessons group
 * them. One list, used by the scenario files, the lessons' front matter and
 * the site.
 */
export const topics = [
  /** Unified formats, internal codes, complete records, review of prices and credit limits (seed 000). */
  'base-data',
  /** Leads, the funnel stage by stage, quotes, orders, credit, forecast (seeds 000, 002, 004). */
  'sales',
  /** Complaints, SLA and escalation, reopening, the virtual team told (seeds 000, 003). */
  'service',
  /** Logging calls in a few clicks, sharing with a colleague, reminders, notifications (seeds 002, 003). */
  'communication',
  /** Importing Excel dumps: nothing lost, nothing doubled (seed 002). */
  'migration',
  /** Segmenting customers by value and putting the best resources on the best ones (seed 003). */
  'segmentation',
  /** Division of labour on an account, handing over customers, stage metrics (seeds 003, 004). */
  'team',
  /** Reading the error dashboard and choosing who to retrain (seed 001). */
  'leadership',
] as const;
export type Topic = (typeof topics)[number];

export function isTopic(value: unknown): value is Topic {
  return (topics as readonly unknown[]).includes(value);
}

/** Each topic's row of the seed table: the seeds that ask for it, and what it covers, as scenarios/README.md's coverage table states it. */
export const topicRows: { readonly [topic in Topic]: { readonly seeds: readonly string[]; readonly covers: string } } = {
  'base-data': { seeds: ['000'], covers: 'Unified formats, internal codes, one code per product, complete records, review of prices and credit limits' },
  sales: { seeds: ['000', '002', '004'], covers: 'Leads, the funnel stage by stage, quotes and price approval, orders and credit, shipping and invoice, lost deals, forecast' },
  service: { seeds: ['000', '003'], covers: 'Complaints tracked to closure, SLA and escalation, reopening, the virtual team told' },
  communication: { seeds: ['002', '003'], covers: 'Logging calls in a few clicks, sharing with a colleague from a list, visit reminders, change notifications' },
  migration: { seeds: ['002'], covers: 'Importing Excel dumps: nothing lost, nothing doubled' },
  segmentation: { seeds: ['003'], covers: 'Segmenting customers by value and putting the best resources on the best ones' },
  team: { seeds: ['003', '004'], covers: 'Division of labour on an account, handing over customers, performance by funnel stage' },
  leadership: { seeds: ['001'], covers: 'Reading the error dashboard and choosing who to retrain' },
};
