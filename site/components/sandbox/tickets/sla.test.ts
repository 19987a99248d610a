import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import { translator } from '../../../i18n/translate.ts';
import { slaOrder, slaText, slaTone, ticketSla } from './sla.ts';

const minute = 60_000;
const t = translator(en);
const dueAt = Date.parse('2026-03-10T13:00:00+08:00');
const nine = Date.parse('2026-03-10T09:00:00+08:00');

describe('ticketSla', () => {
  it('counts down an open ticket on the simulated clock', () => {
    const sla = ticketSla({ status: 'inProgress', dueAt }, nine + 105 * minute);
    expect(sla).toEqual({ kind: 'running', left: { days: 0, hours: 2, minutes: 15 }, soon: false });
    expect(slaText(t, sla)).toBe('Due in 2 h 15 min');
    expect(slaTone(sla)).toBe('ok');
  });

  it('warns in the last hour', () => {
    const sla = ticketSla({ status: 'assigned', dueAt }, dueAt - 20 * minute);
    expect(slaText(t, sla)).toBe('Due in 20 min');
    expect(slaTone(sla)).toBe('soon');
  });

  it('is breached once the clock reaches the deadline, with how far over', () => {
    const sla = ticketSla({ status: 'inProgress', dueAt, breachedAt: dueAt }, dueAt + 95 * minute);
    expect(slaText(t, sla)).toBe('Breached · 1 h 35 min over');
    expect(slaTone(sla)).toBe('late');
    const now = ticketSla({ status: 'open', dueAt }, dueAt);
    expect(now.kind).toBe('breached');
    expect(slaText(t, now)).toBe('Breached just now');
  });

  it('stops counting once resolved or closed, in time or not', () => {
    expect(slaText(t, ticketSla({ status: 'resolved', dueAt }, dueAt + 600 * minute))).toBe('Resolved within SLA');
    const late = ticketSla({ status: 'closed', dueAt, breachedAt: dueAt }, dueAt + 600 * minute);
    expect(slaText(t, late)).toBe('Resolved after the SLA was breached');
    expect(slaTone(late)).toBe('late');
  });
});

describe('slaOrder', () => {
  it('puts what runs out first on top and settled tickets last', () => {
    const tickets = [
      { id: 'a', status: 'resolved', dueAt: 1 },
      { id: 'b', status: 'open', dueAt: 300 },
      { id: 'c', status: 'inProgress', dueAt: 200 },
    ] as const;
    expect(tickets.toSorted((x, y) => slaOrder(x) - slaOrder(y)).map((ticket) => ticket.id)).toEqual(['c', 'b', 'a']);
  });
});
