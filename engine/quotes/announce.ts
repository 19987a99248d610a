import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { notify } from '../notifications/notify.ts';
import type { SandboxState } from '../state.ts';
import type { Quote } from './records.ts';

/**
 * The events that tell everyone following a quote about a change: its owner
 * and, when it goes with an opportunity, the deal's owner and the colleagues
 * working it (seed 003: changes reach the whole team). `except` leaves out
 * someone told already by other means.
 */
export function announceQuote(state: SandboxState, context: DecideContext, quote: Quote, messageKey: string, except = ''): EventBody[] {
  const opportunity = state.opportunities[quote.opportunity];
  const followers = [quote.owner, ...(opportunity ? [opportunity.owner, ...opportunity.team] : [])];
  return notify(context, {
    to: followers.filter((user) => user !== except),
    kind: 'changed',
    about: { entity: 'quote', id: quote.id },
    messageKey,
    params: { id: quote.id, code: quote.accountCode, name: state.accounts[quote.accountCode].nameZh, total: quote.total },
  });
}
