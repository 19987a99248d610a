import { nextQuoteStatus, unapprovedStatuses, type QuoteLifecycleEvent, type QuoteStatus } from '../../../../engine/quotes/lifecycle.ts';

const moves = [
  ['submit', { type: 'submit', withinLimits: true }],
  ['revise', { type: 'revise' }],
  ['send', { type: 'send' }],
  ['accept', { type: 'accept' }],
  ['decline', { type: 'decline' }],
] as const satisfies readonly (readonly [string, QuoteLifecycleEvent])[];

/** A move on a quote's page; its command is `quote.<action>`. */
export type QuoteAction = (typeof moves)[number][0];

/**
 * The buttons a quote's page offers in a status: every move its lifecycle
 * allows, and Send as long as the quote has not gone out, approved or not,
 * because sending a quote that skipped its approval is the slip the sandbox
 * is there to let a trainee make, and the engine to refuse and record.
 */
export function quoteActions(status: QuoteStatus): QuoteAction[] {
  return moves
    .filter(([action, event]) => nextQuoteStatus(status, event) !== undefined || (action === 'send' && unapprovedStatuses.has(status)))
    .map(([action]) => action);
}

/** The move the lifecycle expects next, shown as the primary button; a send the engine would refuse never is. */
export function primaryAction(status: QuoteStatus): QuoteAction | undefined {
  return moves.find(([, event]) => nextQuoteStatus(status, event) !== undefined)?.[0];
}
