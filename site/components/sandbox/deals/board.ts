import { closedStages, type ClosedStage } from '../../../../engine/opportunities/pipeline.ts';
import type { Opportunity } from '../../../../engine/opportunities/records.ts';
import type { StageConfig } from '../../../../engine/process/config.ts';

/** How many deals, and what they are worth together (CNY). */
export interface Tally {
  readonly count: number;
  readonly amount: number;
}

/** One column of the pipeline board: a stage of the process and the open deals in it. */
export interface StageColumn extends Tally {
  readonly stage: string;
  readonly deals: readonly Opportunity[];
}

const tally = (deals: readonly Opportunity[]): Tally => ({ count: deals.length, amount: deals.reduce((sum, deal) => sum + deal.amount, 0) });

/** The deal that should close sooner comes first; deals with no date yet go last, in the order they were made. */
function byClose(a: Opportunity, b: Opportunity): number {
  if (a.expectedClose !== b.expectedClose) {
    if (a.expectedClose === '') return 1;
    if (b.expectedClose === '') return -1;
    return a.expectedClose < b.expectedClose ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The board a funnel review walks through: a column per stage of the
 * company's own pipeline, in its order, each with its deals and totals.
 * Closed deals are not on the board (see `closedTallies`).
 */
export function boardColumns(opportunities: readonly Opportunity[], stages: readonly Pick<StageConfig, 'id'>[]): StageColumn[] {
  return stages.map(({ id }) => {
    const deals = opportunities.filter((deal) => deal.stage === id).toSorted(byClose);
    return { stage: id, deals, ...tally(deals) };
  });
}

/** What was won and what was lost, for the line under the board. */
export function closedTallies(opportunities: readonly Opportunity[]): Record<ClosedStage, Tally> {
  return Object.fromEntries(closedStages.map((stage) => [stage, tally(opportunities.filter((deal) => deal.stage === stage))])) as Record<ClosedStage, Tally>;
}
