import { describe, expect, it } from 'vitest';
import { habits } from './profiles.ts';

describe('habits', () => {
  it('ranks the steady profiles: careful slips least and reads fewest hints, sloppy most', () => {
    const [careful, average, sloppy] = (['careful', 'average', 'sloppy'] as const).map((profile) => habits(profile, 0));
    expect(careful.slipPercent).toBeLessThan(average.slipPercent);
    expect(average.slipPercent).toBeLessThan(sloppy.slipPercent);
    expect(careful.hintPercent).toBeLessThan(sloppy.hintPercent);
    expect(habits('sloppy', 3)).toEqual(sloppy);
  });

  it('moves the improving profile from worse than sloppy in the first week to careful in the last', () => {
    const weeks = [0, 1, 2, 3].map((week) => habits('improving', week));
    expect(weeks[0].slipPercent).toBeGreaterThan(habits('sloppy', 0).slipPercent);
    for (let week = 1; week < 4; week++) expect(weeks[week].slipPercent).toBeLessThan(weeks[week - 1].slipPercent);
    expect(weeks[3]).toEqual(habits('careful', 3));
  });
});
