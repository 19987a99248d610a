import { describe, expect, it } from 'vitest';
import { periodRange } from '../../records/periods.ts';
import { periodText } from './period-text.ts';

describe('periodText', () => {
  it('writes a month as its first and last China days, per locale', () => {
    const november = periodRange('month', '2026-11-23T08:00:00Z');
    expect(periodText('en', november)).toMatch(/^Nov 1\s–\s30, 2026$/);
    // Chinese dates depend on the ICU data at hand (Node's: 2026/11/1 – 2026/11/30; Chromium's: 2026年11月1日至30日).
    expect(periodText('zh-CN', november)).toMatch(/2026.11.1.*30/);
  });

  it('has no dates for all time', () => {
    expect(periodText('en', periodRange('all', '2026-11-23T08:00:00Z'))).toBeUndefined();
  });
});
