import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { leadLifecycle, leadStatuses, nextLeadStatus, type LeadLifecycleEvent, type LeadStatus } from './lifecycle.ts';

const events: LeadLifecycleEvent['type'][] = ['markContacted', 'qualify', 'disqualify', 'convert'];

const allowed: Partial<Record<`${LeadStatus}/${LeadLifecycleEvent['type']}`, LeadStatus>> = {
  'new/markContacted': 'contacted',
  'new/disqualify': 'disqualified',
  'contacted/qualify': 'qualified',
  'contacted/disqualify': 'disqualified',
  'qualified/convert': 'converted',
  'qualified/disqualify': 'disqualified',
};

describe('nextLeadStatus', () => {
  it.each(leadStatuses.flatMap((status) => events.map((event) => [status, event, allowed[`${status}/${event}`]] as const)))(
    '%s + %s → %s',
    (status, event, expected) => {
      expect(nextLeadStatus(status, { type: event })).toBe(expected);
    },
  );

  it('gives the same answer the second time, from its memo', () => {
    expect(nextLeadStatus('new', { type: 'qualify' })).toBeUndefined();
    expect(nextLeadStatus('new', { type: 'qualify' })).toBeUndefined();
    expect(nextLeadStatus('contacted', { type: 'qualify' })).toBe('qualified');
    expect(nextLeadStatus('contacted', { type: 'qualify' })).toBe('qualified');
  });

  it('starts a lead as new', () => {
    const [snapshot] = initialTransition(leadLifecycle);
    expect(snapshot.value).toBe('new');
  });
});
