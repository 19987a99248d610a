import type { LocaleId } from '../i18n/locales.ts';
import type { BoardMetric } from '../records/board-metrics.ts';
import type { VersionRef } from '../records/runs.ts';
import { formatCount } from './format.ts';

/**
 * A board's values as the reader's language writes them: points, accuracy
 * as a percentage, scenario versions completed (a team's is an average, so
 * it may have a decimal), and improvement as percentage points of error
 * rate, signed, since it is a change.
 */
export function formatBoardValue(locale: LocaleId, metric: BoardMetric, value: number, points: (text: string) => string): string {
  switch (metric) {
    case 'score':
    case 'completed':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    case 'accuracy':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'improved':
      return points(new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value * 100));
    default: {
      const _exhaustive: never = metric;
      return _exhaustive;
    }
  }
}

/** The ordinal forms the catalogues write a place in: English needs all four, Chinese only `other`. */
export const placeForms = ['one', 'two', 'few', 'other'] as const;
export type PlaceForm = (typeof placeForms)[number];

/** A place on a board as the reader's language says it ("523rd", "第 523 名"): the locale's ordinal rule picks the catalogue's form. */
export function formatPlace(locale: LocaleId, rank: number, place: (form: PlaceForm, rank: string) => string): string {
  const form = new Intl.PluralRules(locale, { type: 'ordinal' }).select(rank);
  return place(placeForms.find((known) => known === form) ?? 'other', formatCount(locale, rank));
}

/** A scenario version by the scenario's title in the reader's language, or its id when the site no longer has it. */
export function versionLabel(version: VersionRef, titles: Readonly<Record<string, string>>, label: (scenario: string, version: number) => string): string {
  return label(titles[version.scenarioId] ?? version.scenarioId, version.version);
}

/** The day a badge was earned, on China time like the boards' weeks and months. */
export function formatEarnedDate(locale: LocaleId, instant: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(instant));
}
