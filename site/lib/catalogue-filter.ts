/**
 * The catalogue's filter, apart from the page: which cards a choice of path,
 * difficulty and topic keeps, and how the choice reads in the address (so a
 * filtered catalogue can be linked to: `scenarios/?path=sales`).
 */

/** The filters a card is matched against; an empty string is "any". */
export const filterNames = ['path', 'difficulty', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Record<FilterName, string>;

/** What a card says of itself in its data attributes: the paths it is on, its difficulty, its topics. */
export type CardFacts = Record<FilterName, readonly string[]>;

export function matches(card: CardFacts, filters: Filters): boolean {
  return filterNames.every((name) => filters[name] === '' || card[name].includes(filters[name]));
}

export function filtersFrom(search: URLSearchParams): Filters {
  return { path: search.get('path') ?? '', difficulty: search.get('difficulty') ?? '', topic: search.get('topic') ?? '' };
}

/** The query string of a choice, `?path=sales&topic=service`, or '' when nothing is chosen. */
export function searchOf(filters: Filters): string {
  const chosen = new URLSearchParams(filterNames.filter((name) => filters[name] !== '').map((name) => [name, filters[name]]));
  const text = chosen.toString();
  return text === '' ? '' : `?${text}`;
}
