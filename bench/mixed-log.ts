import {
  accountCode,
  execute,
  companyNameKey,
  generateFixture,
  industries,
  normalisePhone,
  type Account,
  type Command,
  type CommandInput,
  type CommandMeta,
  type SandboxState,
} from '../engine/index.ts';
import { brands, cities, givenNames, industryNouns, mobilePrefixes, surnames, titles } from '../engine/fixtures/words.ts';
import { seededRandom, type Random } from '../engine/random.ts';

/**
 * A command log like a class of trainees would type: mostly good entries,
 * and the slips the sandbox exists to catch — codes in the wrong format,
 * phone numbers one digit short, empty fields, a customer entered twice,
 * a lifecycle step the account cannot take. Refusals are part of the
 * workload, so the benchmark measures them too.
 */

export interface MixedLogOptions {
  readonly seed: number;
  /** Length of the log. */
  readonly commands: number;
  /** Customers already in the sandbox; at most 30 (one per trade name in the fixture words). */
  readonly fixtureAccounts: number;
  /** Simulated start time, epoch milliseconds. */
  readonly now: number;
}

export interface MixedLog {
  /** The seeded fixture the log starts from. */
  readonly initial: SandboxState;
  readonly log: readonly Command[];
}

/** What the generator knows while it writes: the sandbox so far, and the names, numbers and serials already taken. */
interface World {
  readonly random: Random;
  state: SandboxState;
  /** Company-name keys of every customer, so a "new" customer is never a suspected duplicate by accident. */
  readonly takenNames: Set<string>;
  /** Switchboard numbers in E.164, for the same reason. */
  readonly takenPhones: Set<string>;
  /** Above every fixture serial, so a new code is always free. */
  nextSerial: number;
}

type AccountData = Extract<CommandInput, { type: 'account.create' }>['data'];
type ContactData = Extract<CommandInput, { type: 'contact.create' }>['data'];
type Make = (world: World) => CommandInput;

const actor = 'bench.trainee';
const lifecycleTypes = ['account.activate', 'account.markDormant', 'account.reactivate'] as const;

/**
 * Builds the log from a seed: the same options always give the same log, so
 * two runs of the benchmark replay identical work. Each command is applied
 * while the log is written, so later commands can aim at the customers that
 * earlier ones created.
 */
export function buildMixedLog(options: MixedLogOptions): MixedLog {
  const initial = generateFixture({ seed: options.seed, accounts: options.fixtureAccounts, now: options.now });
  const accounts = Object.values(initial.accounts);
  const world: World = {
    random: seededRandom(options.seed),
    state: initial,
    takenNames: new Set(accounts.flatMap((account) => [account.nameZh, account.nameEn]).filter((name) => name !== '').map(companyNameKey)),
    takenPhones: new Set(accounts.map((account) => account.phone)),
    nextSerial: 50_000,
  };
  const log: Command[] = [];
  while (log.length < options.commands) {
    const command: Command = { ...pickWeighted(world.random, makers)(world), meta: metaOf(world) };
    const executed = execute(world.state, command, command.meta);
    if (executed.ok) world.state = executed.state;
    log.push(command);
  }
  return { initial, log };
}

/** Weights, not quotas: about four commands in ten are refused, as in a first training session. */
const makers: readonly (readonly [weight: number, make: Make])[] = [
  [16, newAccount],
  [2, confirmedDuplicateAccount],
  [3, (world) => accountCreate({ ...freshAccount(world), code: mistypedCode(world) })],
  [3, (world) => accountCreate({ ...freshAccount(world), phone: mistypedPhone(world.random) })],
  [3, accountWithEmptyField],
  [2, (world) => accountCreate({ ...freshAccount(world), code: pickAccount(world).code.toLowerCase() })],
  [3, suspectedDuplicateAccount],
  [1, (world) => accountCreate({ ...freshAccount(world), industry: world.random.pick(['IT', 'Manufacturing', '制造业', 'other']) })],
  [16, (world) => contactCreate(freshContact(world))],
  [2, (world) => contactCreate({ ...freshContact(world), accountCode: accountCode('SH', world.random.int(90_000, 99_999)) })],
  [3, (world) => contactCreate({ ...freshContact(world), phone: `${world.random.pick(mobilePrefixes)}${world.random.int(1000_000, 9999_999)}` })],
  [2, contactWithBadEmail],
  [2, (world) => contactCreate({ ...freshContact(world), name: world.random.pick(['', '  ']) })],
  [8, (world) => lifecycleStep(world, true)],
  [6, (world) => lifecycleStep(world, false)],
  [1, (world) => ({ type: world.random.pick(lifecycleTypes), data: { code: accountCode('BJ', world.random.int(90_000, 99_999)) } })],
  [6, (world) => ({ type: 'clock.advance', data: { minutes: world.random.int(1, 7 * 24 * 60) } })],
  [2, (world) => ({ type: 'clock.advance', data: { minutes: world.random.pick([0, -60, 1.5, 40 * 24 * 60]) } })],
];

function pickWeighted<T>(random: Random, entries: readonly (readonly [number, T])[]): T {
  let ticket = random.int(1, entries.reduce((sum, [weight]) => sum + weight, 0));
  for (const [weight, item] of entries) {
    ticket -= weight;
    if (ticket <= 0) return item;
  }
  throw new Error(`pickWeighted: ticket left over after ${entries.length} entries; weights must be positive integers`);
}

function metaOf(world: World): CommandMeta {
  return { at: world.state.now, actor };
}

function accountCreate(data: AccountData): CommandInput {
  return { type: 'account.create', data };
}

function contactCreate(data: ContactData): CommandInput {
  return { type: 'contact.create', data };
}

function pickAccount(world: World): Account {
  return world.random.pick(Object.values(world.state.accounts));
}

/** A customer nobody has entered yet, typed correctly; the caller decides whether to spoil a field. */
function freshAccount(world: World): AccountData {
  const { random } = world;
  for (;;) {
    const brand = random.pick(brands);
    const city = random.pick(cities);
    const industry = random.pick(industries);
    const noun = random.pick(industryNouns[industry]);
    const nameZh = `${brand.zh}${noun.zh}（${city.zh}）有限公司`;
    const nameEn = `${brand.en} ${noun.en} (${city.en}) Co., Ltd.`;
    const digits = String(random.int(5000_0000, 8999_9999));
    const phone = random.pick([`${city.areaCode}-${digits}`, `(${city.areaCode}) ${digits.slice(0, 4)} ${digits.slice(4)}`]);
    const taken =
      world.takenNames.has(companyNameKey(nameZh)) || world.takenNames.has(companyNameKey(nameEn)) || world.takenPhones.has(normalisePhone(phone) ?? '');
    if (!taken) return { code: accountCode(city.region, world.nextSerial), nameZh, nameEn, industry, phone };
  }
}

/** Marks a customer's name, number and serial as used once the command that creates it is in the log. */
function reserve(world: World, data: AccountData): CommandInput {
  for (const name of [data.nameZh, data.nameEn ?? '']) world.takenNames.add(companyNameKey(name));
  world.takenPhones.add(normalisePhone(data.phone) ?? data.phone);
  world.nextSerial += 1;
  return accountCreate(data);
}

function newAccount(world: World): CommandInput {
  return reserve(world, freshAccount(world));
}

/** The same company typed again: its Chinese name with another legal form, or its switchboard number. */
function suspectedDuplicateAccount(world: World): CommandInput {
  const existing = pickAccount(world);
  const fresh = freshAccount(world);
  return world.random.int(0, 1) === 0
    ? accountCreate({ ...fresh, nameZh: existing.nameZh.replace(/有限公司$/, '有限责任公司'), nameEn: '' })
    : accountCreate({ ...fresh, phone: existing.phone });
}

/** A second branch that really is a different customer: the user confirms past the duplicate warning. */
function confirmedDuplicateAccount(world: World): CommandInput {
  const existing = pickAccount(world);
  return reserve(world, { ...freshAccount(world), nameZh: existing.nameZh, nameEn: existing.nameEn, confirmDuplicate: true });
}

function accountWithEmptyField(world: World): CommandInput {
  const field = world.random.pick(['code', 'nameZh', 'industry', 'phone'] as const);
  return accountCreate({ ...freshAccount(world), [field]: world.random.pick(['', '   ']) });
}

/** The usual slips: no prefix, a short serial, a region the company does not have, the customer's own code. */
function mistypedCode(world: World): string {
  const { random } = world;
  const serial = world.nextSerial;
  return random.pick([
    `SH-${serial}`,
    `C-SH-${random.int(1, 999)}`,
    `C-XA-${serial}`,
    `C_BJ_${serial}`,
    `KH${random.int(1000, 9999)}`,
  ]);
}

function mistypedPhone(random: Random): string {
  return random.pick(['12345', `021-${random.int(1000, 9999)}`, `139 ${random.int(100, 999)} ${random.int(1000, 9999)}`, 'ask reception', '+86 000 0000']);
}

/** A person at an existing customer, typed correctly; the email is left empty one time in four. */
function freshContact(world: World): ContactData {
  const { random } = world;
  const account = pickAccount(world);
  const surname = random.pick(surnames);
  const given = random.pick(givenNames);
  const mobile = `${random.pick(mobilePrefixes)}${String(random.int(0, 9999_9999)).padStart(8, '0')}`;
  const domain = account.nameEn.split(' ')[0].toLowerCase();
  return {
    accountCode: account.code,
    name: `${surname.zh}${given.zh}`,
    title: random.pick(titles),
    phone: random.pick([mobile, `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`]),
    email: random.int(1, 4) === 1 ? '' : `${given.en}.${surname.en.toLowerCase()}@${domain}.com.cn`,
  };
}

function contactWithBadEmail(world: World): CommandInput {
  const contact = freshContact(world);
  const local = contact.email === '' ? 'sales' : (contact.email ?? '').split('@')[0];
  return contactCreate({ ...contact, email: world.random.pick([local, `${local}@`, `${local.replace('.', ' ')}@example.com.cn`, '@example.com.cn']) });
}

/** A lifecycle step on an existing customer that the engine allows, or one it refuses, as asked. */
function lifecycleStep(world: World, allowed: boolean): CommandInput {
  const { code } = pickAccount(world);
  const steps = lifecycleTypes
    .map((type): CommandInput => ({ type, data: { code } }))
    .filter((body) => execute(world.state, body, metaOf(world)).ok === allowed);
  return world.random.pick(steps);
}
