import { describe, expect, it } from 'vitest';
import { defaultStages } from '../../../../engine/process/config.ts';
import { catalogues } from '../../../i18n/catalogues.ts';
import { translator } from '../../../i18n/translate.ts';
import { fieldName, namedStages, readableParams, stageBadge, stageName } from './names.ts';

const t = translator(catalogues.en);

describe('stage and field names', () => {
  it('names every stage of the default pipeline, and shows a stage of a company’s own by its id', () => {
    expect(defaultStages.map((stage) => stage.id).filter((id) => !(namedStages as readonly string[]).includes(id))).toEqual([]);
    expect(stageName(t, 'needsAnalysis')).toBe('Needs analysis');
    expect(stageName(t, 'siteSurvey')).toBe('siteSurvey');
  });

  it('names a deal’s fields', () => {
    expect(fieldName(t, 'decisionMaker')).toBe('Decision-maker');
    expect(fieldName(t, 'stage')).toBe('stage');
  });

  it('gives open stages one badge and each ending its own', () => {
    expect(['prospecting', 'negotiation', 'won', 'lost'].map(stageBadge)).toEqual(['stage-open', 'stage-open', 'stage-won', 'stage-lost']);
  });
});

describe('readableParams', () => {
  it('puts the ids a message names into words and leaves the rest', () => {
    const rejection = readableParams(
      { code: 'validation.incomplete', field: 'needs', messageKey: 'rejection.opportunity.stage-requires', params: { field: 'needs', stage: 'proposal', count: 2 } },
      { stage: (stage) => stageName(t, stage), field: (field) => fieldName(t, field) },
    );
    expect(rejection.params).toEqual({ field: 'Needs', stage: 'Proposal', count: 2 });
    expect(rejection.field).toBe('needs');
    expect(t(rejection.messageKey, rejection.params)).toBe('Fill this in before the deal moves to Proposal: every stage up to it needs it.');
  });
});
