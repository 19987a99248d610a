import { closedStages, isClosed } from '../../../../engine/opportunities/pipeline.ts';
import { opportunityFields, type OpportunityField } from '../../../../engine/process/config.ts';
import type { Rejection } from '../../../../engine/result.ts';
import type { Translate } from '../../../i18n/translate.ts';

/** Stages the catalogues name: the default pipeline's and the two closing ones. */
export const namedStages = ['prospecting', 'qualification', 'needsAnalysis', 'proposal', 'negotiation', ...closedStages] as const;
type NamedStage = (typeof namedStages)[number];

const isNamed = (stage: string): stage is NamedStage => (namedStages as readonly string[]).includes(stage);

export function isOpportunityField(value: string): value is OpportunityField {
  return (opportunityFields as readonly string[]).includes(value);
}

/** A stage in the reader's language; a stage a company's own process adds shows its id. */
export function stageName(t: Translate, stage: string): string {
  return isNamed(stage) ? t(`stage.${stage}`) : stage;
}

/** A deal's field in the reader's language, or the name as given when it is none of them. */
export function fieldName(t: Translate, field: string): string {
  return isOpportunityField(field) ? t(`opportunity.field.${field}`) : field;
}

/**
 * The refusal with the ids in its message put into words the reader knows
 * ("needsAnalysis" → "Needs analysis"): each reader turns the parameter it
 * is named after; the others stay as the engine gave them.
 */
export function readableParams(rejection: Rejection, readers: Readonly<Partial<Record<string, (value: string) => string>>>): Rejection {
  const params = Object.fromEntries(
    Object.entries(rejection.params).map(([name, value]) => {
      const read = readers[name];
      return [name, read && typeof value === 'string' ? read(value) : value];
    }),
  );
  return { ...rejection, params };
}

/** The badge a stage wears: every open stage alike, won and lost each their own (`status-stage-…`). */
export function stageBadge(stage: string): string {
  return `stage-${isClosed(stage) ? stage : 'open'}`;
}
