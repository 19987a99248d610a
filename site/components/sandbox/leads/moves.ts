import { leadStatuses, nextLeadStatus, openLeadStatuses, type LeadLifecycleEvent, type LeadStatus } from '../../../../engine/leads/lifecycle.ts';

/** The one-click status moves of a lead, as commands, with the lifecycle event each one is. */
const statusMoves = [
  { command: 'lead.markContacted', event: { type: 'markContacted' } },
  { command: 'lead.qualify', event: { type: 'qualify' } },
] as const satisfies readonly { command: string; event: LeadLifecycleEvent }[];
export type LeadStatusMove = (typeof statusMoves)[number]['command'];

/**
 * The status moves a lead's page offers: only those its lifecycle allows
 * from where it is, as a CRM greys out the others (a new lead is called
 * before it is qualified).
 */
export function movesFrom(status: LeadStatus): LeadStatusMove[] {
  return statusMoves.filter((move) => nextLeadStatus(status, move.event) !== undefined).map((move) => move.command);
}

/** Still being worked: it can be disqualified, or converted (the engine says whether it is ready to be). */
export function isOpenLead(status: LeadStatus): boolean {
  return openLeadStatuses.has(status);
}

/** The path a lead follows when all goes well, for its page's stepper; disqualified is where it stops instead. */
export const leadPath = leadStatuses.filter((status) => status !== 'disqualified');

export function isLeadStatus(value: string): value is LeadStatus {
  return (leadStatuses as readonly string[]).includes(value);
}
