import type { CommandInput, Quote } from '../../engine/index.ts';
import { colleagues } from '../../engine/fixtures/staff.ts';
import { pickAccount, pickWhere, type Entry, type Weighted, type World } from './world.ts';

/**
 * Quotes from the first line to the customer's answer, and the orders they
 * become, through the warehouse to the payment. With the slips: a retired
 * product, a quantity in words, a quote sent before its price was approved,
 * an order shipped before it is picked, confirmed past the credit limit.
 */

function newQuote(world: World): Entry {
  const deal = world.random.int(0, 1) === 0 ? pickWhere(world, world.state.opportunities, (candidate) => candidate.stage !== 'won' && candidate.stage !== 'lost') : undefined;
  const accountCode = deal?.accountCode ?? pickAccount(world).code;
  const owner = world.state.accounts[accountCode].owner;
  return { body: { type: 'quote.create', data: { accountCode, opportunity: deal?.id ?? '' } }, actor: owner };
}

/** A line as a salesperson types it: a product from the list, a quantity, now and then a discount beyond the limit. */
function line(world: World, id: string): CommandInput {
  const product = pickWhere(world, world.state.products, (candidate) => candidate.active);
  const discount = world.random.pick(['', '', '5', '8%', '15%']);
  return { type: 'quote.addLine', data: { id, product: product?.code ?? 'P-200701', quantity: String(world.random.int(1, 6)), discountPercent: discount } };
}

/** Quotes whose owner has a next step to take; a pending one waits for its reviewer, a closed one for nobody. */
const workable = new Set(['draft', 'approved', 'sent', 'rejected']);

/** The next step of a quote's life, by its owner: another line, submitting, sending, the customer's answer, revising after a rejection. */
function quoteStep(world: World, quote: Quote): CommandInput | undefined {
  const { id } = quote;
  switch (quote.status) {
    case 'draft':
      if (quote.lines.length > 2) return { type: 'quote.removeLine', data: { id, line: String(quote.lines.length) } };
      return quote.lines.length < world.random.int(1, 3) ? line(world, id) : { type: 'quote.submit', data: { id } };
    case 'approved':
      return { type: 'quote.send', data: { id } };
    case 'sent':
      return { type: world.random.int(0, 3) === 0 ? 'quote.decline' : 'quote.accept', data: { id } };
    case 'rejected':
      return { type: 'quote.revise', data: { id } };
    default:
      return undefined;
  }
}

function refusedQuoteStep(world: World, quote: Quote): CommandInput {
  const { id } = quote;
  const elsewhere = pickWhere(world, world.state.opportunities, (deal) => deal.accountCode !== quote.accountCode)?.id ?? 'OP-999999';
  return world.random.pick<CommandInput>([
    { type: 'quote.create', data: { accountCode: quote.accountCode, opportunity: elsewhere } },
    { type: 'quote.revise', data: { id } },
    { type: 'quote.decline', data: { id } },
    { type: 'quote.send', data: { id } },
    { type: 'quote.addLine', data: { id, product: 'P-100100', quantity: '1' } },
    { type: 'quote.addLine', data: { id, product: 'P-200701', quantity: '两台' } },
    { type: 'quote.removeLine', data: { id, line: String(quote.lines.length + 1) } },
    { type: 'quote.accept', data: { id } },
    { type: 'quote.submit', data: { id: 'QT-999999' } },
  ]);
}

function workQuote(world: World, valid: boolean): Entry | undefined {
  const quote = pickWhere(world, world.state.quotes, (candidate) => !valid || workable.has(candidate.status));
  if (!quote) return undefined;
  const body = valid ? quoteStep(world, quote) : refusedQuoteStep(world, quote);
  return body && { body, actor: quote.owner };
}

const orderSteps = { draft: 'order.confirm', confirmed: 'order.pick', picked: 'order.ship', shipped: 'order.deliver', delivered: 'order.invoice', invoiced: 'order.markPaid' } as const;
const orderActors = { draft: 'owner', confirmed: colleagues.logistics.id, picked: colleagues.logistics.id, shipped: colleagues.logistics.id, delivered: colleagues.finance.id, invoiced: colleagues.finance.id } as const;

/** An order from an accepted quote that has none, or the next step of an open order by the department that takes it. */
function workOrder(world: World): Entry | undefined {
  const ordered = new Set(Object.values(world.state.orders).map((order) => order.quote));
  const quote = pickWhere(world, world.state.quotes, (candidate) => candidate.status === 'accepted' && !ordered.has(candidate.id));
  if (quote && world.random.int(0, 1) === 0) return { body: { type: 'order.create', data: { quote: quote.id } }, actor: quote.owner };
  const order = pickWhere(world, world.state.orders, (candidate) => candidate.status in orderSteps);
  if (!order) return undefined;
  if (order.status === 'draft' && world.random.int(0, 3) === 0) return { body: { type: 'order.cancel', data: { id: order.id, reason: '客户改期到下季度' } }, actor: order.owner };
  const status = order.status as keyof typeof orderSteps;
  const actor = orderActors[status];
  return { body: { type: orderSteps[status], data: { id: order.id } }, actor: actor === 'owner' ? order.owner : actor };
}

/** Order slips: shipping a draft, cancelling after picking or without a reason, ordering a quote twice or one not accepted. */
function refusedOrderStep(world: World): Entry | undefined {
  const order = pickWhere(world, world.state.orders, () => true);
  const quote = pickWhere(world, world.state.quotes, (candidate) => candidate.status !== 'accepted');
  if (!order || !quote) return undefined;
  const body = world.random.pick<CommandInput>([
    { type: 'order.ship', data: { id: order.id } },
    { type: 'order.cancel', data: { id: order.id, reason: order.status === 'draft' ? '' : '客户取消' } },
    { type: 'order.create', data: { quote: order.quote } },
    { type: 'order.create', data: { quote: quote.id } },
    { type: 'order.markPaid', data: { id: 'SO-999999' } },
    { type: order.status === 'draft' ? 'order.invoice' : 'order.confirm', data: { id: order.id } },
    { type: 'order.deliver', data: { id: order.id } },
    { type: order.status === 'confirmed' ? 'order.invoice' : 'order.pick', data: { id: order.id } },
  ]);
  return { body, actor: order.owner };
}

export const quoteMakers: readonly Weighted[] = [
  [2, newQuote],
  [6, (world) => workQuote(world, true)],
  [2, (world) => workQuote(world, false)],
  [5, workOrder],
  [2, refusedOrderStep],
];
