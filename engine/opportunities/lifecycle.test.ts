import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { defaultProcess, opportunityFields, processConfigSchema, type OpportunityField } from '../process/config.ts';
import { nextOpportunityStage, opportunityLifecycle } from './lifecycle.ts';

const pipeline = defaultProcess.pipeline;
const everything = new Set(opportunityFields);
const nothing = new Set<OpportunityField>();
const move = (stage: string, filled: ReadonlySet<OpportunityField> = everything) => ({ type: 'move', stage, filled }) as const;

describe('the default pipeline', () => {
  it('starts a deal at the first stage', () => {
    const [snapshot] = initialTransition(opportunityLifecycle(pipeline));
    expect(snapshot.value).toBe('prospecting');
  });

  it.each([
    ['prospecting', 'qualification'],
    ['prospecting', 'negotiation'],
    ['qualification', 'needsAnalysis'],
    ['proposal', 'negotiation'],
    ['negotiation', 'prospecting'],
    ['proposal', 'qualification'],
  ])('moves %s → %s with every field filled', (from, to) => {
    expect(nextOpportunityStage(pipeline, from, move(to))).toBe(to);
  });

  it.each([
    ['prospecting', 'qualification', ['expectedClose']],
    ['prospecting', 'needsAnalysis', ['amount', 'expectedClose']],
    ['qualification', 'proposal', ['amount', 'expectedClose', 'decisionMaker']],
    ['proposal', 'negotiation', ['amount', 'expectedClose', 'decisionMaker', 'needs', 'competitors']],
  ] as const)('refuses %s → %s with only %j filled', (from, to, filled) => {
    expect(nextOpportunityStage(pipeline, from, move(to, new Set(filled)))).toBeUndefined();
  });

  it('lets a deal fall back without any field', () => {
    expect(nextOpportunityStage(pipeline, 'negotiation', move('prospecting', nothing))).toBe('prospecting');
  });

  it('has no move to the stage a deal is at, nor to an unknown one', () => {
    expect(nextOpportunityStage(pipeline, 'proposal', move('proposal'))).toBeUndefined();
    expect(nextOpportunityStage(pipeline, 'proposal', move('closing'))).toBeUndefined();
  });

  it('wins from any open stage only with every field, and loses from any', () => {
    for (const { id } of pipeline.stages) {
      expect(nextOpportunityStage(pipeline, id, { type: 'win', filled: everything })).toBe('won');
      expect(nextOpportunityStage(pipeline, id, { type: 'win', filled: new Set(opportunityFields.filter((f) => f !== 'quote')) })).toBeUndefined();
      expect(nextOpportunityStage(pipeline, id, { type: 'lose' })).toBe('lost');
    }
  });

  it.each(['won', 'lost'])('does nothing more with a %s deal', (closed) => {
    for (const event of [move('prospecting'), move('negotiation'), { type: 'win', filled: everything } as const, { type: 'lose' } as const])
      expect(nextOpportunityStage(pipeline, closed, event)).toBeUndefined();
  });

  it('knows no stage outside the pipeline', () => {
    expect(nextOpportunityStage(pipeline, 'closing', { type: 'lose' })).toBeUndefined();
  });
});

describe('a company’s own pipeline', () => {
  const custom = v.parse(processConfigSchema, {
    pipeline: {
      stages: [
        { id: 'lead', probability: 5 },
        { id: 'demo', probability: 30, requires: ['needs'] },
        { id: 'contract', probability: 90, requires: ['quote', 'amount'] },
      ],
    },
  }).pipeline;

  it('is built from the config, once per config object', () => {
    const machine = opportunityLifecycle(custom);
    expect(Object.keys(machine.states)).toEqual(['lead', 'demo', 'contract', 'won', 'lost']);
    expect(opportunityLifecycle(custom)).toBe(machine);
    expect(opportunityLifecycle(pipeline)).not.toBe(machine);
  });

  it('checks its own requirements', () => {
    expect(nextOpportunityStage(custom, 'lead', move('contract', new Set(['quote', 'amount'])))).toBeUndefined();
    expect(nextOpportunityStage(custom, 'lead', move('contract', new Set(['needs', 'quote', 'amount'])))).toBe('contract');
    expect(nextOpportunityStage(custom, 'lead', move('demo', new Set(['needs'])))).toBe('demo');
    expect(nextOpportunityStage(custom, 'lead', move('prospecting'))).toBeUndefined();
  });
});
