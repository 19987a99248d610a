import { isFilled, requiredThrough } from '../../../../engine/opportunities/pipeline.ts';
import type { Opportunity } from '../../../../engine/opportunities/records.ts';
import type { OpportunityField, StageConfig } from '../../../../engine/process/config.ts';

/** The fields of a deal its page lets the salesperson fill in (opportunity.update); the quote comes with the quote sent. */
export const detailFields = ['amount', 'expectedClose', 'decisionMaker', 'needs', 'competitors'] as const satisfies readonly OpportunityField[];
export type DetailField = (typeof detailFields)[number];

/** The deal's details as a form starts with them: text, empty where nothing is known yet (an amount of 0). */
export function detailValues(deal: Opportunity): Record<DetailField, string> {
  return {
    amount: deal.amount > 0 ? String(deal.amount) : '',
    expectedClose: deal.expectedClose,
    decisionMaker: deal.decisionMaker,
    needs: deal.needs,
    competitors: deal.competitors,
  };
}

/** What the process asks of a deal where it is: the fields it must keep, and those the next stage will want. */
export interface StageRequirements {
  readonly required: readonly OpportunityField[];
  /** The next open stage and the fields entering it adds, or undefined at the last stage or when closed. */
  readonly next?: { readonly stage: string; readonly fields: readonly OpportunityField[] };
}

export function stageRequirements(stages: readonly StageConfig[], stage: string): StageRequirements {
  const index = stages.findIndex((candidate) => candidate.id === stage);
  if (index < 0) return { required: [] };
  const required = requiredThrough(stages, index);
  const following = stages[index + 1];
  if (!following) return { required };
  return { required, next: { stage: following.id, fields: requiredThrough(stages, index + 1).filter((field) => !required.includes(field)) } };
}

/** What the deal still lacks to enter the next stage (every field up to it), for the hint beside the stage move; undefined at the last stage or when closed. */
export function missingForNext(deal: Opportunity, stages: readonly StageConfig[]): { readonly stage: string; readonly fields: readonly OpportunityField[] } | undefined {
  const next = stageRequirements(stages, deal.stage).next;
  if (!next) return undefined;
  const index = stages.findIndex((stage) => stage.id === next.stage);
  return { stage: next.stage, fields: requiredThrough(stages, index).filter((field) => !isFilled(deal, field)) };
}
