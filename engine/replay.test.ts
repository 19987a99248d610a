import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAccountCode } from './accounts/code.ts';
import type { Command, CommandInput } from './commands.ts';
import type { SandboxEvent } from './events.ts';
import { companyNameKey } from './normalise/company-name.ts';
import { execute, replay } from './replay.ts';
import type { Result } from './result.ts';
import { build, castSandbox, t0 } from './specification.ts';
import { serialId, type SandboxState } from './state.ts';

/** One command applied the way a page applies it: the next state and the engine's answer. */
function apply(state: SandboxState, { meta, ...body }: Command): { state: SandboxState; result: Result<SandboxEvent> } {
  const executed = execute(state, body, meta);
  return executed.ok ? { state: executed.state, result: { ok: true, events: executed.events } } : { state, result: executed };
}

/**
 * Small pools, so that random logs hit the interesting cases often: codes
 * taken twice, look-alike names, the same phone typed two ways, contacts at
 * unknown accounts, lifecycle moves from every state, bad input of each kind.
 */
const codes = ['C-SH-00107', 'c-sh-00107', 'Ｃ－ＳＨ－００１０８', 'C-SH-00108', 'C-BJ-00001', 'V2024-118', ''];
const namesZh = ['上海华远数控设备有限公司', '上海华远数控设备有限责任公司', 'ＡＢＣ电子（上海）有限公司', 'ABC电子(上海)有限公司', '北京恒通电子有限公司', ''];
const namesEn = ['', 'Huayuan CNC Co., Ltd.', 'HUAYUAN CNC COMPANY LIMITED', 'Hengtong Electronics Ltd'];
const industries = ['manufacturing', 'electronics', 'banking', ''];
const phones = ['021-6888 1234', '+86 21 6888 1234', '010-6552 3180', '139 1234 5678', '１３８ ０１７０ ６６２０', '12345', ''];
const emails = ['', 'liu.yang@mingde-pack.com', 'Liu.Yang＠MingDe.com', 'liu@'];
const people = ['刘洋', '周雯', ''];

const accountCreate: fc.Arbitrary<CommandInput> = fc
  .record({
    code: fc.constantFrom(...codes),
    nameZh: fc.constantFrom(...namesZh),
    nameEn: fc.constantFrom(...namesEn),
    industry: fc.constantFrom(...industries),
    phone: fc.constantFrom(...phones),
    confirm: fc.constantFrom(undefined, false, true),
  })
  .map(({ confirm, ...data }) => ({ type: 'account.create', data: confirm === undefined ? data : { ...data, confirmDuplicate: confirm } }));

const contactCreate: fc.Arbitrary<CommandInput> = fc
  .record({
    accountCode: fc.constantFrom(...codes),
    name: fc.constantFrom(...people),
    title: fc.constantFrom('', '采购经理'),
    phone: fc.constantFrom(...phones),
    email: fc.constantFrom(...emails),
  })
  .map((data) => ({ type: 'contact.create', data }));

const lifecycle: fc.Arbitrary<CommandInput> = fc
  .record({ type: fc.constantFrom('account.activate', 'account.markDormant', 'account.reactivate'), code: fc.constantFrom(...codes) })
  .map(({ type, code }) => ({ type, data: { code } }));

const clockAdvance: fc.Arbitrary<CommandInput> = fc
  .oneof(fc.integer({ min: -5, max: 50_000 }), fc.constantFrom(0, 0.5, Number.NaN))
  .map((minutes) => ({ type: 'clock.advance', data: { minutes } }));

const command: fc.Arbitrary<Command> = fc
  .record({
    body: fc.oneof({ arbitrary: accountCreate, weight: 4 }, { arbitrary: contactCreate, weight: 3 }, { arbitrary: lifecycle, weight: 3 }, clockAdvance),
    at: fc.integer({ min: t0, max: t0 + 86_400_000 }),
    actor: fc.constantFrom('tester', 'lead.li', 'ghost'),
  })
  .map(({ body, at, actor }) => ({ ...body, meta: { at, actor } }));

const log = fc.array(command, { maxLength: 40, size: 'max' });

/** Runs start from an empty sandbox or from one that already holds a customer with a contact. */
const initial: fc.Arbitrary<SandboxState> = fc.constantFrom(
  castSandbox,
  build([
    { type: 'account.create', data: { code: 'C-SH-00107', nameZh: '上海华远数控设备有限公司', nameEn: '', industry: 'manufacturing', phone: '021-6888 1234' } },
    { type: 'contact.create', data: { accountCode: 'C-SH-00107', name: '刘洋', title: '', phone: '139 1234 5678', email: '' } },
  ]),
);

const runs = { numRuns: 200 };

function outcome(event: SandboxEvent): string {
  return event.type === 'account.created' && event.data.account.duplicateOf !== undefined ? 'account.created as a confirmed duplicate' : event.type;
}

describe('replay', () => {
  it('gives the same state and results for the same log, every time', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        const first = replay(start, commands);
        const second = replay(start, commands);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      runs,
    );
  });

  it('leaves the state untouched, as the same object, when a command is refused', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        let state = start;
        for (const next of commands) {
          const before = JSON.stringify(state);
          const applied = apply(state, next);
          if (!applied.result.ok) {
            expect(applied.state).toBe(state);
            expect(JSON.stringify(applied.state)).toBe(before);
          }
          state = applied.state;
        }
      }),
      runs,
    );
  });

  it('equals applying the commands one by one', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        const folded = commands.reduce(
          (acc, next) => {
            const { state, result } = apply(acc.state, next);
            return { state, results: [...acc.results, result] };
          },
          { state: start, results: [] as ReturnType<typeof apply>['result'][] },
        );
        expect(replay(start, commands)).toEqual(folded);
      }),
      runs,
    );
  });

  it('gives the same state and results after a JSON round trip of the starting state', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        const revived: SandboxState = JSON.parse(JSON.stringify(start));
        expect(JSON.stringify(replay(revived, commands))).toBe(JSON.stringify(replay(start, commands)));
        const { state } = replay(start, commands);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      runs,
    );
  });

  it('never mutates the state it starts from', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        const before = JSON.stringify(start);
        replay(start, commands);
        expect(JSON.stringify(start)).toBe(before);
      }),
      runs,
    );
  });

  it('keeps the sandbox’s invariants, whatever the log', () => {
    fc.assert(
      fc.property(initial, log, (start, commands) => {
        const { state } = replay(start, commands);
        const accounts = Object.entries(state.accounts);
        for (const [key, account] of accounts) {
          expect(account.code).toBe(key);
          expect(isAccountCode(account.code)).toBe(true);
          expect(account.phone).toMatch(/^\+\d+$/);
        }
        // An account created without confirmation has no earlier look-alike; one created with it names a real, earlier account.
        accounts.forEach(([, account], index) => {
          const earlier = accounts.slice(0, index).map(([, other]) => other);
          const names = [account.nameZh, account.nameEn].filter((name) => name !== '').map(companyNameKey);
          const lookAlikes = earlier.filter(
            (other) =>
              other.phone === account.phone ||
              names.includes(companyNameKey(other.nameZh)) ||
              (other.nameEn !== '' && names.includes(companyNameKey(other.nameEn))),
          );
          if (account.duplicateOf === undefined) expect(lookAlikes).toEqual([]);
          else expect(lookAlikes.map((other) => other.code)).toContain(account.duplicateOf);
        });
        const contacts = Object.values(state.contacts);
        // Both starting states number their contacts from 1.
        expect(Object.keys(state.contacts)).toEqual(contacts.map((_, index) => serialId('contacts', index + 1)));
        expect(state.serials.contacts).toBe(contacts.length + 1);
        for (const contact of contacts) expect(state.accounts[contact.accountCode]).toBeDefined();
        expect(state.now).toBeGreaterThanOrEqual(start.now);
      }),
      runs,
    );
  });

  it('draws logs that exercise both outcomes and every kind of refusal', () => {
    const outcomes = new Set<string>();
    for (const commands of fc.sample(log, { numRuns: 200, seed: 42 }))
      for (const result of replay(castSandbox, commands).results) outcomes.add(result.ok ? outcome(result.events[0]) : result.rejection.code);
    expect([...outcomes].sort()).toEqual(
      [
        'account.created',
        'account.created as a confirmed duplicate',
        'account.statusChanged',
        'contact.created',
        'clock.advanced',
        'validation.incomplete',
        'validation.format',
        'duplicate.suspected',
        'duplicate.code',
        'reference.unknown',
        'transition.not-allowed',
        'permission.denied',
      ].sort(),
    );
  });
});
