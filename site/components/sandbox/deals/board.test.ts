import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../engine/opportunities/records.ts';
import { defaultStages } from '../../../../engine/process/config.ts';
import { boardColumns, closedTallies } from './board.ts';

const deal = (id: string, stage: string, amount: number, expectedClose = ''): Opportunity => ({
  id,
  accountCode: 'C-SH-00107',
  name: id,
  stage,
  amount,
  expectedClose,
  decisionMaker: '',
  needs: '',
  competitors: '',
  quote: '',
  owner: 'trainee',
  team: [],
  createdAt: 0,
});

describe('boardColumns', () => {
  const deals = [
    deal('OP-000001', 'qualification', 860_000, '2026-04-30'),
    deal('OP-000002', 'prospecting', 350_000, '2026-03-31'),
    deal('OP-000003', 'qualification', 120_000, '2026-03-15'),
    deal('OP-000004', 'qualification', 0),
    deal('OP-000005', 'won', 450_000),
  ];

  it('gives every stage of the process a column, in its order, with the count and amount of its deals', () => {
    const columns = boardColumns(deals, defaultStages);
    expect(columns.map((column) => column.stage)).toEqual(['prospecting', 'qualification', 'needsAnalysis', 'proposal', 'negotiation']);
    expect(columns.map(({ count, amount }) => [count, amount])).toEqual([
      [1, 350_000],
      [3, 980_000],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('puts the deal closing soonest first and deals with no date last', () => {
    const [, qualification] = boardColumns(deals, defaultStages);
    expect(qualification.deals.map((d) => d.id)).toEqual(['OP-000003', 'OP-000001', 'OP-000004']);
  });

  it('leaves closed deals off the board and totals them apart', () => {
    const columns = boardColumns(deals, defaultStages);
    expect(columns.flatMap((column) => column.deals).map((d) => d.id)).not.toContain('OP-000005');
    expect(closedTallies(deals)).toEqual({ won: { count: 1, amount: 450_000 }, lost: { count: 0, amount: 0 } });
  });
});
