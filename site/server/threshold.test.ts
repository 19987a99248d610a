import { describe, expect, it } from 'vitest';
import { defaultThreshold, thresholdParameter } from './threshold.ts';

const read = (query: string) => thresholdParameter(new URL(`http://crm-drill.test/api/reports/retraining${query}`));

describe('thresholdParameter', () => {
  it('reads a fraction, or gives the default when absent', () => {
    expect(read('?threshold=0.15')).toEqual({ ok: true, value: 0.15 });
    expect(read('')).toEqual({ ok: true, value: defaultThreshold });
  });

  it('refuses text, a percentage, 0, 1 and an empty value, naming the field', () => {
    for (const value of ['high', '20', '0', '1', '', '-0.1', 'Infinity']) expect(read(`?threshold=${value}`), value).toMatchObject({ ok: false, error: { code: 'request.invalid', field: 'threshold' } });
  });
});
