import type { LocaleId } from '../i18n/locales.ts';
import type { BoardMetric } from '../records/board-metrics.ts';
import type { VersionRef } from '../records/runs.ts';

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

/** A scenario version by the scenario's title in the reader's language, or its id when the site no longer has it. */
export function versionLabel(version: VersionRef, titles: Readonly<Record<string, string>>, label: (scenario: string, version: number) => string): string {
  return label(titles[version.scenarioId] ?? version.scenarioId, version.version);
}

/** The day a badge was earned, on China time like the boards' weeks and months. */
export function formatEarnedDate(locale: LocaleId, instant: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(instant));
}
