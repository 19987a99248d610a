import type { Ticket } from '../../../../engine/tickets/records.ts';
import { settledStatuses } from '../../../../engine/tickets/lifecycle.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { dueState, formatSpan, isZero, type Span } from '../work/due.ts';

/** The last hour before the deadline is shown as a warning. */
const warningMs = 60 * 60_000;

/**
 * A ticket's SLA against the simulated clock: still running (with the time
 * left), breached and still open (with how far over), or settled in time
 * or after the breach.
 */
export type Sla =
  | { readonly kind: 'running'; readonly left: Span; readonly soon: boolean }
  | { readonly kind: 'breached'; readonly over: Span }
  | { readonly kind: 'met' }
  | { readonly kind: 'missed' };

export function ticketSla(ticket: Pick<Ticket, 'status' | 'dueAt' | 'breachedAt'>, now: number): Sla {
  if (settledStatuses.has(ticket.status)) return { kind: ticket.breachedAt === undefined ? 'met' : 'missed' };
  const due = dueState(now, ticket.dueAt, ticket.dueAt - warningMs);
  return due.late ? { kind: 'breached', over: due.over } : { kind: 'running', left: due.left, soon: due.soon };
}

/** "Due in 2 h 15 min", "Breached · 35 min over" (or "just now" on the minute), "Resolved within SLA", "Resolved after the SLA was breached". */
export function slaText(t: Translate, sla: Sla): string {
  switch (sla.kind) {
    case 'running':
      return t('ticket.sla.left', { time: formatSpan(t, sla.left) });
    case 'breached':
      return isZero(sla.over) ? t('ticket.sla.breachedNow') : t('ticket.sla.over', { time: formatSpan(t, sla.over) });
    case 'met':
      return t('ticket.sla.met');
    case 'missed':
      return t('ticket.sla.missed');
    default: {
      const _exhaustive: never = sla;
      return _exhaustive;
    }
  }
}

/** The badge's colour: on track, close, late (open or not), or settled in time. */
export function slaTone(sla: Sla): 'ok' | 'soon' | 'late' | 'met' {
  if (sla.kind === 'running') return sla.soon ? 'soon' : 'ok';
  return sla.kind === 'met' ? 'met' : 'late';
}

/** Sorts what runs out first to the top, settled tickets last. */
export function slaOrder(ticket: Pick<Ticket, 'status' | 'dueAt'>): number {
  return settledStatuses.has(ticket.status) ? Number.MAX_SAFE_INTEGER : ticket.dueAt;
}
