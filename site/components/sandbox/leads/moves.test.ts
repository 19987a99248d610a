import { describe, expect, it } from 'vitest';
import { isLeadStatus, isOpenLead, leadPath, movesFrom } from './moves.ts';

describe('a lead’s status moves', () => {
  it('offers only the next step of the lifecycle', () => {
    expect(movesFrom('new')).toEqual(['lead.markContacted']);
    expect(movesFrom('contacted')).toEqual(['lead.qualify']);
    expect(movesFrom('qualified')).toEqual([]);
    expect(movesFrom('converted')).toEqual([]);
    expect(movesFrom('disqualified')).toEqual([]);
  });

  it('keeps a lead open until it is converted or disqualified', () => {
    expect(['new', 'contacted', 'qualified', 'converted', 'disqualified'].filter((status) => isLeadStatus(status) && isOpenLead(status))).toEqual([
      'new',
      'contacted',
      'qualified',
    ]);
  });

  it('walks the path from new to converted', () => {
    expect(leadPath).toEqual(['new', 'contacted', 'qualified', 'converted']);
    expect(isLeadStatus('won')).toBe(false);
  });
});
