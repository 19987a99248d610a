import { describe, expect, it } from 'vitest';
import { filtersFrom, matches, searchOf, type CardFacts } from './catalogue-filter.ts';

const card: CardFacts = { path: ['new-staff', 'sales'], difficulty: ['3'], topic: ['sales', 'communication'] };
const none = { path: '', difficulty: '', topic: '' };

describe('the catalogue filter', () => {
  it('keeps every card when nothing is chosen', () => {
    expect(matches(card, none)).toBe(true);
  });

  it('keeps a card only when it meets every chosen filter', () => {
    expect(matches(card, { ...none, topic: 'communication' })).toBe(true);
    expect(matches(card, { ...none, topic: 'service' })).toBe(false);
    expect(matches(card, { path: 'sales', difficulty: '3', topic: 'sales' })).toBe(true);
    expect(matches(card, { path: 'sales', difficulty: '2', topic: 'sales' })).toBe(false);
  });

  it('reads and writes the choice in the address', () => {
    expect(filtersFrom(new URLSearchParams('?path=sales&topic=service'))).toEqual({ path: 'sales', difficulty: '', topic: 'service' });
    expect(searchOf({ path: 'sales', difficulty: '', topic: 'service' })).toBe('?path=sales&topic=service');
    expect(searchOf(none)).toBe('');
  });
});
