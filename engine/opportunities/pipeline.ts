import type { OpportunityField, ProcessConfig, StageConfig } from '../process/config.ts';
import type { Opportunity } from './records.ts';

/** Where every deal ends, after the process's open stages. */
export const closedStages = ['won', 'lost'] as const;
export type ClosedStage = (typeof closedStages)[number];

export function isClosed(stage: string): stage is ClosedStage {
  return (closedStages as readonly string[]).includes(stage);
}

/** Whether a field a stage can require holds something: an amount above 0, any other field not empty. */
export function isFilled(opportunity: Pick<Opportunity, OpportunityField>, field: OpportunityField): boolean {
  return field === 'amount' ? opportunity.amount > 0 : opportunity[field] !== '';
}

/** The fields a deal needs before it enters the stage at `index`: that stage's and every earlier one's, in stage order. */
export function requiredThrough(stages: readonly StageConfig[], index: number): OpportunityField[] {
  return [...new Set(stages.slice(0, index + 1).flatMap((stage) => stage.requires))];
}

/** The first of `fields` the deal has not filled, or undefined when all are. */
export function firstMissing(opportunity: Pick<Opportunity, OpportunityField>, fields: readonly OpportunityField[]): OpportunityField | undefined {
  return fields.find((field) => !isFilled(opportunity, field));
}

/**
 * What a deal is worth in a forecast: its amount times its stage's win
 * probability. A won deal counts in full, a lost one (or one whose stage the
 * process no longer has) not at all.
 */
export function weightedAmount(opportunity: Pick<Opportunity, 'amount' | 'stage'>, process: ProcessConfig): number {
  if (opportunity.stage === 'won') return opportunity.amount;
  const stage = process.pipeline.stages.find((candidate) => candidate.id === opportunity.stage);
  return stage ? Math.round(opportunity.amount * stage.probability) / 100 : 0;
}
