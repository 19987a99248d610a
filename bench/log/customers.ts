import { accountCode, type CommandInput } from '../../engine/index.ts';
import { employerOf, freshCompany, freshContact } from '../../engine/fixtures/customers.ts';
import { pickAccount, pickWhere, someTrainee, type Entry, type Weighted, type World } from './world.ts';

/**
 * Customer and contact cards as trainees type them: mostly right, and the
 * slips the sandbox exists to catch — codes in the wrong format, numbers a
 * digit short, empty fields, a customer or a person entered twice.
 */

type AccountData = Extract<CommandInput, { type: 'account.create' }>['data'];
type ContactData = Extract<CommandInput, { type: 'contact.create' }>['data'];

function accountCreate(world: World, data: AccountData): Entry {
  return { body: { type: 'account.create', data }, actor: someTrainee(world) };
}

function contactCreate(world: World, data: ContactData): Entry {
  return { body: { type: 'contact.create', data }, actor: someTrainee(world) };
}

/** A customer nobody has entered yet, typed correctly; its name, number and code are marked taken. */
function fresh(world: World): AccountData {
  return freshCompany(world.random, world.taken).data;
}

/** The usual slips: no prefix, a short serial, a region the company does not have, the customer's own number for us. */
function mistypedCode(world: World, code: string): string {
  const serial = code.slice(-5);
  return world.random.pick([`SH-${serial}`, `C-SH-${world.random.int(1, 999)}`, `C-XA-${serial}`, `C_BJ_${serial}`, `KH${world.random.int(1000, 9999)}`, `V2024-${world.random.int(100, 999)}`]);
}

function mistypedPhone(world: World): string {
  const { random } = world;
  return random.pick(['12345', `021-${random.int(1000, 9999)}`, `139 ${random.int(100, 999)} ${random.int(1000, 9999)}`, 'ask reception', '+86 000 0000']);
}

/** The same company typed again: another legal form, the city moved into brackets, or its switchboard typed another way. */
function suspectedDuplicate(world: World): Entry {
  const existing = pickAccount(world);
  const data = fresh(world);
  const variant = world.random.int(1, 3);
  if (variant === 1) return accountCreate(world, { ...data, nameZh: existing.nameZh.replace(/有限公司$/, '有限责任公司'), nameEn: '' });
  if (variant === 2) return accountCreate(world, { ...data, nameZh: data.nameZh, nameEn: existing.nameEn === '' ? data.nameEn : existing.nameEn.toUpperCase() });
  return accountCreate(world, { ...data, phone: `0086 ${existing.phone.slice(3)}` });
}

/** A branch that really is a different customer: the user confirms past the duplicate warning. */
function confirmedDuplicate(world: World): Entry {
  const existing = pickAccount(world);
  return accountCreate(world, { ...fresh(world), nameZh: existing.nameZh, nameEn: existing.nameEn, confirmDuplicate: true });
}

function withEmptyField(world: World): Entry {
  const field = world.random.pick(['code', 'nameZh', 'industry', 'phone'] as const);
  return accountCreate(world, { ...fresh(world), [field]: world.random.pick(['', '   ']) });
}

/** A person at an existing customer, typed correctly; their phone and email are marked taken. */
function person(world: World): ContactData {
  return freshContact(world.random, employerOf(pickAccount(world)), world.random.int(0, 6), world.taken);
}

function personTwice(world: World): Entry | undefined {
  const existing = pickWhere(world, world.state.contacts, (contact) => contact.email !== '');
  if (!existing) return undefined;
  const data = person(world);
  return contactCreate(world, world.random.int(0, 1) === 0 ? { ...data, phone: existing.phone } : { ...data, email: existing.email.toUpperCase() });
}

function badEmail(world: World): Entry {
  const data = person(world);
  const local = data.email === '' ? 'sales' : (data.email ?? '').split('@')[0];
  return contactCreate(world, { ...data, email: world.random.pick([local, `${local}@`, `${local.replace('.', ' ')}@example.com.cn`, '@example.com.cn']) });
}

function accountUpdate(world: World, valid: boolean): Entry {
  const account = pickAccount(world);
  const { random } = world;
  const data = valid
    ? random.pick([{ address: `${account.address}（新厂区）` }, { annualValue: `${random.int(5, 900)}万` }, { nameEn: `${account.nameEn} (HQ)` }])
    : random.pick([{ phone: mistypedPhone(world) }, { annualValue: 'about a million' }, { industry: 'IT' }, { address: account.address }]);
  return { body: { type: 'account.update', data: { code: account.code, ...data } }, actor: account.owner };
}

function contactUpdate(world: World, valid: boolean): Entry {
  const contact = world.state.contacts[world.random.pick(Object.keys(world.state.contacts))];
  const data = valid
    ? world.random.pick([{ title: '采购总监' }, { role: 'influencer' }, { phone: `186${world.random.int(1000_0000, 9999_9999)}` }])
    : world.random.pick([{ email: 'not an email' }, { role: 'boss' }, { title: contact.title }]);
  const id = world.random.int(1, 20) === 1 ? 'CT-999999' : contact.id;
  return { body: { type: 'contact.update', data: { id, ...data } }, actor: someTrainee(world) };
}

export const customerMakers: readonly Weighted[] = [
  [14, (world) => accountCreate(world, fresh(world))],
  [2, confirmedDuplicate],
  [3, (world) => { const data = fresh(world); return accountCreate(world, { ...data, code: mistypedCode(world, data.code) }); }],
  [3, (world) => accountCreate(world, { ...fresh(world), phone: mistypedPhone(world) })],
  [3, withEmptyField],
  [2, (world) => accountCreate(world, { ...fresh(world), code: pickAccount(world).code.toLowerCase() })],
  [3, suspectedDuplicate],
  [1, (world) => accountCreate(world, { ...fresh(world), industry: world.random.pick(['IT', 'Manufacturing', '制造业', 'other']) })],
  [1, (world) => accountCreate(world, { ...fresh(world), annualValue: world.random.pick(['一百万', '-5万', '1.2.3']) })],
  [14, (world) => contactCreate(world, person(world))],
  [2, (world) => contactCreate(world, { ...person(world), accountCode: accountCode('SH', world.random.int(90_000, 99_999)) })],
  [3, (world) => contactCreate(world, { ...person(world), phone: `${world.random.pick(['139', '186'])}${world.random.int(1000_000, 9999_999)}` })],
  [2, badEmail],
  [2, personTwice],
  [2, (world) => contactCreate(world, { ...person(world), name: world.random.pick(['', '  ']) })],
  [3, (world) => accountUpdate(world, true)],
  [2, (world) => accountUpdate(world, false)],
  [3, (world) => contactUpdate(world, true)],
  [2, (world) => contactUpdate(world, false)],
];
