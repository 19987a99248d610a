import { accountCode, type CommandInput, type Ticket } from '../../engine/index.ts';
import { employerOf, freshCompany, freshContact } from '../../engine/fixtures/customers.ts';
import { colleagues } from '../../engine/fixtures/staff.ts';
import { pickAccount, pickWhere, someTrainee, type Entry, type Weighted, type World } from './world.ts';

/**
 * The service desk and the import desk: tickets opened, handed on, worked,
 * resolved, closed and reopened — and the slips (no subject, a priority
 * nobody uses, a step out of order); spreadsheets of customers and people
 * imported, some rows good, some repeats, some wrong, now and then a
 * mapping that cannot work.
 */

const agent = colleagues.service.id;

function ticketWhere(world: World, keep: (ticket: Ticket) => boolean): Ticket | undefined {
  return pickWhere(world, world.state.tickets, keep);
}

function openTicket(world: World, valid: boolean): Entry {
  const account = pickAccount(world);
  const contact = pickWhere(world, world.state.contacts, (candidate) => candidate.accountCode === account.code)?.id ?? '';
  const data = { accountCode: account.code, contact, subject: world.random.pick(['设备异响', '发票重开', '到货短少', '安装预约']), priority: world.random.pick(['urgent', 'high', 'normal', 'low']) };
  const spoiled = world.random.pick([
    { subject: '' },
    { priority: world.random.pick(['紧急', 'asap', '']) },
    { accountCode: accountCode('CD', world.random.int(90_000, 99_999)) },
    { contact: 'CT-999999' },
  ]);
  return { body: { type: 'ticket.open', data: valid ? data : { ...data, ...spoiled } }, actor: world.random.int(0, 1) === 0 ? agent : account.owner };
}

/** The next step of a ticket's life, taken by the service agent, with what the step needs. */
function nextStep(ticket: Ticket): CommandInput {
  const { id } = ticket;
  switch (ticket.status) {
    case 'open':
      return { type: 'ticket.assign', data: { id, assignee: agent } };
    case 'assigned':
      return { type: 'ticket.start', data: { id } };
    case 'inProgress':
      return { type: 'ticket.resolve', data: { id, resolution: '已上门处理，客户确认正常' } };
    case 'resolved':
      return { type: 'ticket.close', data: { id } };
    case 'closed':
      return { type: 'ticket.reopen', data: { id, reason: '问题再次出现' } };
  }
}

/** A step the lifecycle or the form refuses: out of order, without its text, to the same person, on an unknown ticket. */
function refusedStep(world: World, ticket: Ticket): CommandInput {
  const { id } = ticket;
  return world.random.pick<CommandInput>([
    ticket.status === 'inProgress' ? { type: 'ticket.close', data: { id } } : { type: 'ticket.resolve', data: { id, resolution: '' } },
    ticket.status === 'open' ? { type: 'ticket.start', data: { id } } : { type: 'ticket.reopen', data: { id, reason: '' } },
    { type: 'ticket.assign', data: { id, assignee: ticket.assignee === '' ? 'u.nobody' : ticket.assignee } },
    { type: 'ticket.start', data: { id: 'TK-999999' } },
    { type: ticket.status === 'resolved' ? 'ticket.start' : 'ticket.close', data: { id } },
  ]);
}

function workTicket(world: World, valid: boolean): Entry | undefined {
  const ticket = ticketWhere(world, () => true);
  if (!ticket) return undefined;
  return { body: valid ? nextStep(ticket) : refusedStep(world, ticket), actor: agent };
}

const accountColumns = ['客户编号', '公司名称', '英文名称', '行业', '电话', '年采购额'];
const accountMapping = { 客户编号: 'code', 公司名称: 'nameZh', 英文名称: 'nameEn', 行业: 'industry', 电话: 'phone', 年采购额: 'annualValue' };
const contactColumns = ['客户编号', '姓名', '职务', '手机', '邮箱'];
const contactMapping = { 客户编号: 'accountCode', 姓名: 'name', 职务: 'title', 手机: 'phone', 邮箱: 'email' };

/** A customer list from another system: new customers, a repeat of one we have, a row with its phone missing. */
function importAccounts(world: World): Entry {
  const rows = Array.from({ length: world.random.int(3, 8) }, () => {
    const { data } = freshCompany(world.random, world.taken);
    return [data.code, data.nameZh, data.nameEn ?? '', data.industry, data.phone, data.annualValue ?? ''];
  });
  const existing = pickAccount(world);
  rows.push([existing.code, existing.nameZh, '', existing.industry, '', '120万']);
  rows.push([accountCode('SH', world.random.int(90_000, 99_999)), '无电话贸易有限公司', '', 'trading', '', '']);
  const mapping = world.random.int(1, 3) === 1 ? { ...accountMapping, 电话: '' } : accountMapping;
  const onDuplicate = world.random.pick(['merge', 'reject'] as const);
  return { body: { type: 'import.commit', data: { entity: 'account', file: '客户清单.xlsx', columns: accountColumns, rows, mapping, onDuplicate } }, actor: someTrainee(world) };
}

/** A list of business cards typed up by an assistant: most good, one at a customer we do not have. */
function importContacts(world: World): Entry {
  const rows = Array.from({ length: world.random.int(3, 8) }, () => {
    const data = freshContact(world.random, employerOf(pickAccount(world)), world.random.int(0, 6), world.taken);
    return [data.accountCode, data.name, data.title ?? '', data.phone, data.email ?? ''];
  });
  rows.push([accountCode('WH', world.random.int(90_000, 99_999)), '张三', '经理', '13800000000', '']);
  return {
    body: { type: 'import.commit', data: { entity: 'contact', file: '名片.csv', columns: contactColumns, rows, mapping: contactMapping, onDuplicate: 'merge' } },
    actor: someTrainee(world),
  };
}

export const serviceMakers: readonly Weighted[] = [
  [3, (world) => openTicket(world, true)],
  [2, (world) => openTicket(world, false)],
  [5, (world) => workTicket(world, true)],
  [2, (world) => workTicket(world, false)],
  [1, (world) => (world.random.int(0, 1) === 0 ? importAccounts(world) : importContacts(world))],
];
