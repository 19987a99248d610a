import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../engine/opportunities/records.ts';
import { defaultProcess } from '../../../../engine/process/config.ts';
import { detailValues, missingForNext, stageRequirements } from './details.ts';

const { stages } = defaultProcess.pipeline;

describe('stageRequirements', () => {
  it('names the fields a deal must keep where it is and those the next stage adds', () => {
    expect(stageRequirements(stages, 'prospecting')).toEqual({ required: [], next: { stage: 'qualification', fields: ['amount', 'expectedClose'] } });
    expect(stageRequirements(stages, 'needsAnalysis')).toEqual({
      required: ['amount', 'expectedClose', 'decisionMaker'],
      next: { stage: 'proposal', fields: ['needs'] },
    });
  });

  it('has no next stage at the last one, and asks nothing of a closed deal', () => {
    expect(stageRequirements(stages, 'negotiation').next).toBeUndefined();
    expect(stageRequirements(stages, 'won')).toEqual({ required: [] });
  });
});

describe('detailValues', () => {
  it('starts a form with the deal’s details as text, an unknown amount empty', () => {
    const deal = { amount: 0, expectedClose: '2026-09-30', decisionMaker: 'CT-000003', needs: '', competitors: '海天精工' } as Opportunity;
    expect(detailValues(deal)).toEqual({ amount: '', expectedClose: '2026-09-30', decisionMaker: 'CT-000003', needs: '', competitors: '海天精工' });
    expect(detailValues({ ...deal, amount: 860_000 }).amount).toBe('860000');
  });
});

describe('missingForNext', () => {
  const deal = { stage: 'needsAnalysis', amount: 1_280_000, expectedClose: '2026-06-30', decisionMaker: 'CT-000003', needs: '', competitors: '', quote: '' } as Opportunity;

  it('lists what the next stage wants that the deal has not filled', () => {
    expect(missingForNext(deal, stages)).toEqual({ stage: 'proposal', fields: ['needs'] });
    expect(missingForNext({ ...deal, needs: '3 条清洗线' }, stages)).toEqual({ stage: 'proposal', fields: [] });
    expect(missingForNext({ ...deal, stage: 'prospecting', amount: 0 }, stages)).toEqual({ stage: 'qualification', fields: ['amount'] });
  });

  it('has nothing to say at the last stage or on a closed deal', () => {
    expect(missingForNext({ ...deal, stage: 'negotiation' }, stages)).toBeUndefined();
    expect(missingForNext({ ...deal, stage: 'lost' }, stages)).toBeUndefined();
  });
});
