import { describe, expect, it } from 'vitest';
import { accountStatuses, expectationMessageKeys, industries, mistakeCodes, rejectionMessageKeys } from '../../engine/index.ts';
import { catalogues } from './catalogues.ts';
import { translator } from './translate.ts';

describe('catalogues', () => {
  const keysTheEngineNeeds = [
    ...rejectionMessageKeys,
    ...expectationMessageKeys,
    ...mistakeCodes.map((code) => `mistake.${code}`),
    ...industries.map((industry) => `industry.${industry}`),
    ...accountStatuses.map((status) => `status.${status}`),
  ];

  it.each(Object.entries(catalogues))('%s has a text for every key the engine can produce', (_locale, messages) => {
    const missing = keysTheEngineNeeds.filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('use the same {placeholders} in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(catalogues.en)) {
      expect(placeholders(catalogues['zh-CN'][key as keyof typeof catalogues.en]), key).toEqual(placeholders(text));
    }
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator(catalogues.en);
    expect(t('catalogue.minutes', { minutes: 10 })).toBe('about 10 min');
    expect(t('catalogue.minutes')).toBe('about {minutes} min');
  });
});
