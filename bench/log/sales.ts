import { accountCode, type CommandInput, type Lead, type Opportunity } from '../../engine/index.ts';
import { freshCompany, freshMobile } from '../../engine/fixtures/customers.ts';
import { typedDateAfter } from '../../engine/fixtures/plan.ts';
import { colleagues } from '../../engine/fixtures/staff.ts';
import { pickAccount, pickWhere, someTrainee, type Entry, type Weighted, type World } from './world.ts';

/**
 * Selling: leads entered, called, qualified, converted or dropped; deals
 * given their details, moved through the pipeline, won and lost; the price
 * list kept. With the slips: a phone or source mistyped, a lead entered for
 * a customer we have, a stage entered without what it needs, a win without
 * a quote, a product entered twice.
 */

function newLead(world: World, valid: boolean): Entry {
  const { random } = world;
  const company = freshCompany(random, world.taken);
  const data = { company: company.data.nameZh, contactName: '林晓东', phone: freshMobile(random, world.taken), source: random.pick(['trade-show', 'website', 'referral']) };
  const spoiled = random.pick([
    { phone: '138 0000' },
    { source: random.pick(['展会', 'Website', '']) },
    { contactName: '' },
    { company: pickAccount(world).nameZh.replace(/有限公司$/, '') },
    { email: 'lin@' },
  ]);
  return { body: { type: 'lead.create', data: valid ? data : { ...data, ...spoiled } }, actor: someTrainee(world) };
}

/** The next step for a lead the rules allow, with what the step needs. */
function leadStep(world: World, lead: Lead): CommandInput {
  const { id } = lead;
  if (lead.status !== 'qualified' && world.random.int(0, 3) === 0) return { type: 'lead.disqualify', data: { id, reason: '暂无预算' } };
  if (lead.status === 'new') return { type: 'lead.markContacted', data: { id } };
  if (lead.status === 'contacted') return { type: 'lead.qualify', data: { id } };
  const company = freshCompany(world.random, world.taken);
  return { type: 'lead.convert', data: { id, accountCode: company.code, industry: company.data.industry, opportunityName: '首批设备采购', amount: '30万' } };
}

/** A step the rules refuse: out of order, without a reason, converted under a code in the wrong format, on a closed lead. */
function refusedLeadStep(world: World, lead: Lead): CommandInput {
  const { id } = lead;
  return world.random.pick<CommandInput>([
    lead.status === 'qualified' ? { type: 'lead.markContacted', data: { id } } : { type: 'lead.convert', data: { id, accountCode: 'C-SH-00001', industry: 'trading', opportunityName: '试单' } },
    { type: 'lead.disqualify', data: { id, reason: '' } },
    lead.status === 'qualified'
      ? { type: 'lead.convert', data: { id, accountCode: 'SH-0001', industry: 'trading', opportunityName: '试单' } }
      : { type: 'lead.qualify', data: { id: 'LD-999999' } },
  ]);
}

function workLead(world: World, valid: boolean): Entry | undefined {
  const lead = pickWhere(world, world.state.leads, (candidate) => candidate.status !== 'converted' && candidate.status !== 'disqualified');
  if (!lead) return undefined;
  return { body: valid ? leadStep(world, lead) : refusedLeadStep(world, lead), actor: lead.owner };
}

function newDeal(world: World, valid: boolean): Entry {
  const account = pickAccount(world);
  const data = { accountCode: account.code, name: '产线自动化改造', amount: `${world.random.int(10, 200)}万`, expectedClose: typedDateAfter(world.state.now, world.random.int(20, 120), false) };
  const spoiled = world.random.pick([{ amount: '一百万' }, { expectedClose: '下个月' }, { accountCode: accountCode('NJ', world.random.int(90_000, 99_999)) }, { name: '' }]);
  return { body: { type: 'opportunity.create', data: valid ? data : { ...data, ...spoiled } }, actor: account.owner };
}

/**
 * The deal's next step: the field the next stage needs, else the move to
 * it; at the last stage (which needs a sent quote, from the quote makers)
 * a win; and now and then a colleague joins or leaves the deal's team.
 */
function dealStep(world: World, deal: Opportunity): CommandInput {
  const { id } = deal;
  if (deal.team.length > 0 && world.random.int(0, 2) === 0) return { type: 'opportunity.removeTeamMember', data: { id, user: deal.team[0] } };
  if (world.random.int(0, 5) === 0) return { type: 'opportunity.addTeamMember', data: { id, user: colleagues.consultant.id } };
  const { stages } = world.state.process.pipeline;
  const index = stages.findIndex((stage) => stage.id === deal.stage);
  if (index === stages.length - 1) return { type: 'opportunity.win', data: { id } };
  const next = stages[index + 1];
  const contact = pickWhere(world, world.state.contacts, (candidate) => candidate.accountCode === deal.accountCode)?.id ?? '';
  const fill: Record<string, () => CommandInput> = {
    amount: () => ({ type: 'opportunity.update', data: { id, amount: '80万' } }),
    expectedClose: () => ({ type: 'opportunity.update', data: { id, expectedClose: typedDateAfter(world.state.now, 60, true) } }),
    decisionMaker: () => ({ type: 'opportunity.update', data: { id, decisionMaker: contact } }),
    needs: () => ({ type: 'opportunity.update', data: { id, needs: '需要提升产能，计划新增设备' } }),
    competitors: () => ({ type: 'opportunity.update', data: { id, competitors: '海天精工' } }),
    quote: () => ({ type: 'opportunity.lose', data: { id, reason: '客户选择了进口品牌' } }),
  };
  const missing = next.requires.find((field) => (field === 'amount' ? deal.amount === 0 : deal[field] === ''));
  return missing ? fill[missing]() : { type: 'opportunity.moveStage', data: { id, stage: next.id } };
}

/** Deal slips: a stage without its fields, a stage nobody has, a win without a quote, a lost deal without a reason, someone else's contact. */
function refusedDealStep(world: World, deal: Opportunity): CommandInput {
  const { id } = deal;
  const elsewhere = pickWhere(world, world.state.contacts, (candidate) => candidate.accountCode !== deal.accountCode)?.id ?? 'CT-999999';
  return world.random.pick<CommandInput>([
    { type: 'opportunity.moveStage', data: { id, stage: 'negotiation' } },
    { type: 'opportunity.moveStage', data: { id, stage: 'closing' } },
    { type: 'opportunity.win', data: { id } },
    { type: 'opportunity.lose', data: { id, reason: '' } },
    { type: 'opportunity.update', data: { id, decisionMaker: elsewhere } },
    { type: 'opportunity.removeTeamMember', data: { id, user: 'u.nobody' } },
    { type: 'opportunity.addTeamMember', data: { id, user: deal.owner } },
  ]);
}

function workDeal(world: World, valid: boolean): Entry | undefined {
  const deal = pickWhere(world, world.state.opportunities, (candidate) => candidate.stage !== 'won' && candidate.stage !== 'lost');
  if (!deal) return undefined;
  return { body: valid ? dealStep(world, deal) : refusedDealStep(world, deal), actor: deal.owner };
}

/** The admin adds an item, or asks for a new list price; the slips are a code in the wrong format and an item entered twice. */
function priceList(world: World, valid: boolean): Entry {
  const { random } = world;
  const product = pickWhere(world, world.state.products, (candidate) => candidate.active);
  const serial = 900_000 + Object.keys(world.state.products).length;
  const fresh = { code: `P-${serial}`, nameZh: `定制夹具 ${serial}`, unit: '套', listPrice: `${random.int(2, 40)},000` };
  const custom = pickWhere(world, world.state.products, (candidate) => candidate.active && candidate.code.startsWith('P-9'));
  if (valid) {
    const variant = random.int(1, 3);
    if (variant === 1 && custom) return { body: { type: 'product.retire', data: { code: custom.code } }, actor: 'admin.wu' };
    if (variant === 2 && product)
      return { body: { type: 'product.requestPriceChange', data: { code: product.code, listPrice: String(Math.round(product.listPrice * 1.05)), reason: '原材料涨价' } }, actor: someTrainee(world) };
    return { body: { type: 'product.create', data: fresh }, actor: 'admin.wu' };
  }
  return {
    body: random.pick<CommandInput>([
      { type: 'product.create', data: { ...fresh, code: 'P-12' } },
      { type: 'product.create', data: { ...fresh, nameZh: product?.nameZh ?? '刀柄 BT40' } },
      { type: 'product.requestPriceChange', data: { code: product?.code ?? 'P-100101', listPrice: String(product?.listPrice ?? 1), reason: '调价' } },
      { type: 'product.retire', data: { code: 'P-100100' } },
    ]),
    actor: 'admin.wu',
  };
}

export const salesMakers: readonly Weighted[] = [
  [3, (world) => newLead(world, true)],
  [2, (world) => newLead(world, false)],
  [4, (world) => workLead(world, true)],
  [2, (world) => workLead(world, false)],
  [2, (world) => newDeal(world, true)],
  [1, (world) => newDeal(world, false)],
  [5, (world) => workDeal(world, true)],
  [2, (world) => workDeal(world, false)],
  [2, (world) => priceList(world, true)],
  [1, (world) => priceList(world, false)],
];
