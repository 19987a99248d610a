import { describe, expect, it } from 'vitest';
import { build, given, t0 } from '../specification.ts';

const minute = 60_000;
const month = 31 * 24 * 60;

describe('clock.advance', () => {
  it.each([1, 45, 60 * 24, month])('moves the clock forward by %i minutes', (minutes) => {
    const { state } = given([])
      .when({ type: 'clock.advance', data: { minutes } })
      .then([{ type: 'clock.advanced', data: { from: t0, to: t0 + minutes * minute } }]);
    expect(state.now).toBe(t0 + minutes * minute);
  });

  it('adds up successive advances', () => {
    const state = build([
      { type: 'clock.advance', data: { minutes: 30 } },
      { type: 'clock.advance', data: { minutes: 90 } },
    ]);
    expect(state.now).toBe(t0 + 120 * minute);
    given(state)
      .when({ type: 'clock.advance', data: { minutes: 1 } })
      .then([{ type: 'clock.advanced', data: { from: t0 + 120 * minute, to: t0 + 121 * minute } }]);
  });

  it.each([0, -1, -0, 1.5, 0.25, month + 1, 1e9])('refuses %d minutes', (minutes) => {
    given([])
      .when({ type: 'clock.advance', data: { minutes } })
      .then({
        rejection: { code: 'validation.format', field: 'minutes', messageKey: 'rejection.format.minutes', params: { received: String(minutes), max: month } },
      });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '30'])('refuses %j as not a number of minutes', (minutes) => {
    given([])
      .when({ type: 'clock.advance', data: { minutes } } as never)
      .then({ rejection: { code: 'validation.format', field: 'minutes', messageKey: 'rejection.format.type' } });
  });

  it('changes nothing but the clock', () => {
    const before = build([
      { type: 'account.create', data: { code: 'C-SH-00107', nameZh: '上海华远数控设备有限公司', nameEn: '', industry: 'manufacturing', phone: '021-6888 1234' } },
    ]);
    const { state } = given(before)
      .when({ type: 'clock.advance', data: { minutes: 10 } })
      .then([{ type: 'clock.advanced', data: { from: t0, to: t0 + 10 * minute } }]);
    expect(state).toEqual({ ...before, now: t0 + 10 * minute });
    expect(state.accounts['C-SH-00107'].createdAt).toBe(t0);
  });
});
