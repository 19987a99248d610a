import type { Evolvers } from '../module.ts';
import type { QuoteEvent } from './events.ts';

export const quoteEvolvers: Evolvers<QuoteEvent> = {
  'quote.created': (draft, { quote }) => draft.insert('quotes', quote.id, quote),
  'quote.lineAdded': (draft, { id, line, total }) => draft.update('quotes', id, { lines: [...draft.state.quotes[id].lines, line], total }),
  'quote.lineRemoved': (draft, { id, line, total }) =>
    draft.update('quotes', id, { lines: draft.state.quotes[id].lines.filter((_, index) => index !== line - 1), total }),
  'quote.submitted': (draft, { id, to, approval }) => draft.update('quotes', id, { status: to, approval }),
  'quote.revised': (draft, { id }) => draft.update('quotes', id, { status: 'draft', approval: '' }),
  'quote.sent': (draft, { id, validUntil }) => draft.update('quotes', id, { status: 'sent', validUntil }),
  'quote.statusChanged': (draft, { id, to }) => draft.update('quotes', id, { status: to }),
};
