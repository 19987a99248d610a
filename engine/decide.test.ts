import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandBodySchema } from './commands.ts';
import { execute } from './replay.ts';
import { castSandbox, t0 } from './specification.ts';

const meta = { at: t0, actor: 'tester' };

describe('a command that is not well formed', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'account.create'],
    ['an empty object', {}],
    ['an unknown type', { type: 'account.delete', data: { code: 'C-SH-00107' } }],
    ['a type of the wrong kind', { type: 7, data: {} }],
  ])('is refused as an unknown command when it is %s', (_, input) => {
    expect(execute(castSandbox, input, meta)).toEqual({
      ok: false,
      rejection: { code: 'command.unknown', field: 'type', messageKey: 'rejection.command.unknown', params: {} },
    });
  });

  it('is refused as incomplete when its data is missing, naming the field', () => {
    expect(execute(castSandbox, { type: 'account.create' }, meta)).toMatchObject({ ok: false, rejection: { code: 'validation.incomplete', field: 'data' } });
    expect(execute(castSandbox, { type: 'contact.create', data: { accountCode: 'C-SH-00107', name: '刘洋' } }, meta)).toMatchObject({
      ok: false,
      rejection: { code: 'validation.incomplete', field: 'phone', params: { field: 'phone' } },
    });
  });

  it('is refused as a format error when a field has the wrong type, naming the field and what was expected', () => {
    expect(execute(castSandbox, { type: 'clock.advance', data: { minutes: '30' } }, meta)).toEqual({
      ok: false,
      rejection: { code: 'validation.format', field: 'minutes', messageKey: 'rejection.format.type', params: { field: 'minutes', expected: 'number' } },
    });
    expect(execute(castSandbox, { type: 'account.create', data: { code: 107, nameZh: 'x', industry: 'food', phone: '1' } }, meta)).toMatchObject({
      ok: false,
      rejection: { code: 'validation.format', field: 'code' },
    });
  });

  it('names the record that does not exist', () => {
    expect(execute(castSandbox, { type: 'account.activate', data: { code: 'C-SH-00999' } }, meta)).toMatchObject({
      ok: false,
      rejection: { code: 'reference.unknown', field: 'code', params: { code: 'C-SH-00999' } },
    });
  });

  it.each([
    { type: 'account.assignOwner', data: { code: 'C-SH-00107', owner: 'constructor' } },
    { type: 'notification.markRead', data: { id: '__proto__' } },
    { type: 'approval.approve', data: { id: 'toString' } },
  ])('refuses a name every object has, rather than finding a record that is not there: %j', (command) => {
    const field = Object.keys(command.data).find((key) => key !== 'code');
    expect(execute(castSandbox, command, meta)).toMatchObject({ ok: false, rejection: { code: 'validation.format', field, messageKey: 'rejection.format.reserved' } });
  });

  it('finds no look-alike for a company whose name keys to a prototype name', () => {
    const result = execute(castSandbox, { type: 'account.create', data: { code: 'C-SH-00107', nameZh: 'Constructor Co., Ltd.', industry: 'trading', phone: '021-6888 1234' } }, meta);
    expect(result.ok).toBe(true);
  });

  it('never throws and never changes the state, whatever arrives', () => {
    const before = JSON.stringify(castSandbox);
    const types = commandBodySchema.options.map((option) => option.entries.type.literal);
    const input = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...types), data: fc.anything() }),
      fc.record({ type: fc.constantFrom(...types), data: fc.dictionary(fc.constantFrom('code', 'id', 'name', 'phone', 'amount', 'minutes'), fc.anything()) }),
    );
    fc.assert(
      fc.property(input, (command) => {
        const result = execute(castSandbox, command, meta);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    expect(JSON.stringify(castSandbox)).toBe(before);
  });
});
