import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultProcess, processConfigSchema } from '../process/config.ts';
import { firstMissing, requiredThrough, weightedAmount } from './pipeline.ts';

describe('weightedAmount', () => {
  it.each([
    ['prospecting', 120_000, 12_000],
    ['qualification', 120_000, 24_000],
    ['negotiation', 99_999.99, 79_999.99],
    ['won', 120_000, 120_000],
    ['lost', 120_000, 0],
    ['closing', 120_000, 0],
  ])('weighs a deal at %s worth %d as %d', (stage, amount, weighted) => {
    expect(weightedAmount({ stage, amount }, defaultProcess)).toBe(weighted);
  });

  it('uses the company’s own probabilities', () => {
    const process = v.parse(processConfigSchema, { pipeline: { stages: [{ id: 'lead', probability: 5 }, { id: 'contract', probability: 90 }] } });
    expect(weightedAmount({ stage: 'contract', amount: 10_000 }, process)).toBe(9_000);
    expect(weightedAmount({ stage: 'prospecting', amount: 10_000 }, process)).toBe(0);
  });
});

describe('stage requirements', () => {
  const { stages } = defaultProcess.pipeline;

  it('add up stage by stage', () => {
    expect(requiredThrough(stages, 0)).toEqual([]);
    expect(requiredThrough(stages, 2)).toEqual(['amount', 'expectedClose', 'decisionMaker']);
    expect(requiredThrough(stages, stages.length - 1)).toEqual(['amount', 'expectedClose', 'decisionMaker', 'needs', 'quote']);
  });

  it('count an amount of 0 as missing', () => {
    const deal = { amount: 0, expectedClose: '2026-06-30', decisionMaker: '', needs: '', competitors: '', quote: '' };
    expect(firstMissing(deal, ['expectedClose', 'amount'])).toBe('amount');
    expect(firstMissing({ ...deal, amount: 1 }, ['expectedClose', 'amount'])).toBeUndefined();
  });
});
