import { normaliseAccountCode } from '../accounts/code.ts';
import { normaliseId } from '../ids.ts';
import { requestApproval } from '../approvals/request.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { parseAmount, parsePercent, parseQuantity } from '../normalise/amount.ts';
import { cleanText } from '../normalise/text.ts';
import { isClosed } from '../opportunities/pipeline.ts';
import { normaliseProductCode } from '../products/code.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { Role } from '../users/records.ts';
import { requireFilled } from '../validate.ts';
import { announceQuote } from './announce.ts';
import type { QuoteCommand } from './commands.ts';
import { nextQuoteStatus, unapprovedStatuses, type QuoteLifecycleEvent } from './lifecycle.ts';
import { lineTotal, needsApproval, quoteTotal } from './lines.ts';
import type { Quote, QuoteLine } from './records.ts';

type Data<T extends QuoteCommand['type']> = Extract<QuoteCommand, { type: T }>['data'];

/** Who approves a quote's prices (the site shows it before a quote is submitted). */
export const pricingReviewLevels: readonly Role[] = ['lead'];

const day = 24 * 60 * 60 * 1000;

function findQuote(state: SandboxState, typed: string): Quote | Result<never> {
  return state.quotes[normaliseId(typed)] ?? rejected('reference.unknown', 'id', 'rejection.reference.quote', { id: typed });
}

function notAllowed(quote: Quote, command: QuoteLifecycleEvent['type'] | 'addLine' | 'removeLine'): Result<never> {
  return rejected('transition.not-allowed', 'id', 'rejection.transition.quote', { id: quote.id, from: quote.status, command });
}

/** A quote for a customer, optionally going with one of that customer's open deals. */
function create(state: SandboxState, data: Data<'quote.create'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['accountCode']);
  if (missing) return missing;
  const account = state.accounts[normaliseAccountCode(data.accountCode)];
  if (!account) return rejected('reference.unknown', 'accountCode', 'rejection.reference.account', { code: data.accountCode });
  const opportunityId = normaliseId(data.opportunity);
  const opportunity = state.opportunities[opportunityId];
  if (opportunityId !== '' && opportunity?.accountCode !== account.code)
    return rejected('reference.unknown', 'opportunity', 'rejection.quote.opportunity', { opportunity: data.opportunity, code: account.code });
  if (opportunity && isClosed(opportunity.stage))
    return rejected('transition.not-allowed', 'opportunity', 'rejection.quote.opportunity-closed', { opportunity: opportunity.id, stage: opportunity.stage });

  const quote: Quote = {
    id: context.ids.next('quotes'),
    accountCode: account.code,
    opportunity: opportunityId,
    lines: [],
    total: 0,
    status: 'draft',
    approval: '',
    owner: context.actor.id,
    createdAt: context.at,
  };
  return applied({ type: 'quote.created', data: { quote } }, ...announceQuote(state, context, quote, 'notification.quote.created'));
}

/** The line as typed, priced from the price list unless the user offers another price. */
function priceLine(state: SandboxState, data: Data<'quote.addLine'>): QuoteLine | Result<never> {
  const product = state.products[normaliseProductCode(data.product)];
  if (!product) return rejected('reference.unknown', 'product', 'rejection.reference.product', { code: data.product });
  if (!product.active) return rejected('transition.not-allowed', 'product', 'rejection.product.retired', { code: product.code });
  const quantity = parseQuantity(data.quantity);
  if (quantity === undefined) return rejected('validation.format', 'quantity', 'rejection.format.quantity', { received: data.quantity });
  const unitPrice = cleanText(data.unitPrice) === '' ? product.listPrice : parseAmount(data.unitPrice);
  if (unitPrice === undefined) return rejected('validation.format', 'unitPrice', 'rejection.format.amount', { received: data.unitPrice });
  const discountPercent = cleanText(data.discountPercent) === '' ? 0 : parsePercent(data.discountPercent);
  if (discountPercent === undefined) return rejected('validation.format', 'discountPercent', 'rejection.format.percent', { received: data.discountPercent });
  return { product: product.code, quantity, listPrice: product.listPrice, unitPrice, discountPercent, total: lineTotal(quantity, unitPrice, discountPercent) };
}

/** Lines change only while the quote is a draft: what a lead approved or a customer saw stays as it was. */
function addLine(state: SandboxState, data: Data<'quote.addLine'>): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'product', 'quantity']);
  if (missing) return missing;
  const quote = findQuote(state, data.id);
  if ('ok' in quote) return quote;
  if (quote.status !== 'draft') return notAllowed(quote, 'addLine');
  const line = priceLine(state, data);
  if ('ok' in line) return line;
  return applied({ type: 'quote.lineAdded', data: { id: quote.id, line, total: quoteTotal([...quote.lines, line]) } });
}

function removeLine(state: SandboxState, data: Data<'quote.removeLine'>): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'line']);
  if (missing) return missing;
  const quote = findQuote(state, data.id);
  if ('ok' in quote) return quote;
  if (quote.status !== 'draft') return notAllowed(quote, 'removeLine');
  const number = parseQuantity(data.line);
  if (number === undefined) return rejected('validation.format', 'line', 'rejection.format.quantity', { received: data.line });
  if (number > quote.lines.length) return rejected('reference.unknown', 'line', 'rejection.quote.line', { id: quote.id, line: number, lines: quote.lines.length });
  const removed = quote.lines[number - 1];
  const total = quoteTotal(quote.lines.filter((_, index) => index !== number - 1));
  return applied({ type: 'quote.lineRemoved', data: { id: quote.id, line: number, removed, total } });
}

/**
 * A quote within the pricing limits is approved at once; one with a line
 * priced off the list or discounted beyond them waits for a lead, who sees
 * which lines (seed 000: price approval only when the price deviates).
 */
function submit(state: SandboxState, data: Data<'quote.submit'>, context: DecideContext): Result<EventBody> {
  const quote = findQuote(state, data.id);
  if ('ok' in quote) return quote;
  const outside = quote.lines.flatMap((line, index) => (needsApproval(line, state.process.pricing) ? [index + 1] : []));
  const to = nextQuoteStatus(quote.status, { type: 'submit', withinLimits: outside.length === 0 });
  if (to === undefined) return notAllowed(quote, 'submit');
  if (quote.lines.length === 0) return rejected('validation.incomplete', 'lines', 'rejection.quote.no-lines', { id: quote.id });
  if (to === 'approved')
    return applied(
      { type: 'quote.submitted', data: { id: quote.id, to, approval: '' } },
      ...announceQuote(state, context, quote, 'notification.quote.approved'),
    );

  const request = requestApproval(state, context, {
    kind: 'quote.pricing',
    about: { entity: 'quote', id: quote.id },
    change: { total: quote.total, lines: outside.join(', ') },
    levels: pricingReviewLevels,
  });
  const opened = request.find((event) => event.type === 'approval.requested');
  return applied(
    { type: 'quote.submitted', data: { id: quote.id, to: 'pendingApproval', approval: opened?.data.approval.id ?? '' } },
    ...request,
    ...announceQuote(state, context, quote, 'notification.quote.pendingApproval'),
  );
}

/**
 * Only an approved quote reaches the customer. Sending one that was never
 * approved is the skipped approval a trainee must learn not to make. A
 * quote that goes with a deal becomes the deal's quote.
 */
function send(state: SandboxState, data: Data<'quote.send'>, context: DecideContext): Result<EventBody> {
  const quote = findQuote(state, data.id);
  if ('ok' in quote) return quote;
  if (nextQuoteStatus(quote.status, { type: 'send' }) === undefined)
    return unapprovedStatuses.has(quote.status)
      ? rejected('approval.required', 'id', 'rejection.quote.not-approved', { id: quote.id, status: quote.status })
      : notAllowed(quote, 'send');
  const opportunity = state.opportunities[quote.opportunity];
  return applied(
    { type: 'quote.sent', data: { id: quote.id, validUntil: context.at + state.process.pricing.validityDays * day } },
    ...(opportunity && opportunity.quote !== quote.id
      ? [{ type: 'opportunity.updated' as const, data: { id: opportunity.id, before: { quote: opportunity.quote }, after: { quote: quote.id } } }]
      : []),
    ...announceQuote(state, context, quote, 'notification.quote.sent'),
  );
}

function revise(state: SandboxState, data: Data<'quote.revise'>, context: DecideContext): Result<EventBody> {
  const quote = findQuote(state, data.id);
  if ('ok' in quote) return quote;
  if (nextQuoteStatus(quote.status, { type: 'revise' }) === undefined) return notAllowed(quote, 'revise');
  return applied(
    { type: 'quote.revised', data: { id: quote.id, approval: quote.approval } },
    ...announceQuote(state, context, quote, 'notification.quote.revised'),
  );
}

/** The customer's answer to a sent quote. */
function answer(event: 'accept' | 'decline') {
  return (state: SandboxState, data: { id: string }, context: DecideContext): Result<EventBody> => {
    const quote = findQuote(state, data.id);
    if ('ok' in quote) return quote;
    const to = nextQuoteStatus(quote.status, { type: event });
    if (to === undefined) return notAllowed(quote, event);
    return applied(
      { type: 'quote.statusChanged', data: { id: quote.id, from: quote.status, to } },
      ...announceQuote(state, context, quote, `notification.quote.${to}`),
    );
  };
}

export const quoteDeciders: Deciders<QuoteCommand> = {
  'quote.create': create,
  'quote.addLine': addLine,
  'quote.removeLine': removeLine,
  'quote.submit': submit,
  'quote.revise': revise,
  'quote.send': send,
  'quote.accept': answer('accept'),
  'quote.decline': answer('decline'),
};
