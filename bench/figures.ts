/**
 * A benchmark figure and the two ways it is reported: an aligned table for
 * a person, a JSON object for a machine that compares runs.
 */

/** What a figure should be: at most (sizes, times) or at least (rates). */
export type Target = { readonly atMost: number } | { readonly atLeast: number };

export interface Figure {
  /** Dotted name, stable between runs: `replay.commandsPerSecond`. */
  readonly name: string;
  /** The measured value, or null when it could not be measured on this run. */
  readonly value: number | null;
  readonly unit: string;
  /** The goal the figure is held to, shown with a pass or fail mark. */
  readonly target?: Target;
  /** Why the value is missing, or what it counts when the unit does not say. */
  readonly note?: string;
}

/** A figure that could not be measured: shown as "n/a (why)", never as a made-up number. */
export function notAvailable(name: string, unit: string, why: string): Figure {
  return { name, value: null, unit, note: why };
}

/** Rounds to a fixed number of decimals and keeps it a number, so JSON holds 12.34 and not "12.34". */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Whether the figure meets its target; undefined when it has none or was not measured. */
export function meetsTarget({ value, target }: Figure): boolean | undefined {
  if (target === undefined || value === null) return undefined;
  return 'atMost' in target ? value <= target.atMost : value >= target.atLeast;
}

function targetText(target: Target | undefined): string {
  if (target === undefined) return '';
  return 'atMost' in target ? `≤ ${target.atMost.toLocaleString('en-US')}` : `≥ ${target.atLeast.toLocaleString('en-US')}`;
}

const marks = { true: 'pass', false: 'FAIL', undefined: '' } as const;

/** An aligned table, one figure a line, so two runs pasted one above the other read column by column. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['name', 'value', 'unit', 'target', '', ''],
    ...figures.map((figure) => [
      figure.name,
      figure.value === null ? 'n/a' : figure.value.toLocaleString('en-US'),
      figure.unit,
      targetText(figure.target),
      marks[`${meetsTarget(figure)}`],
      figure.note === undefined ? '' : `(${figure.note})`,
    ]),
  ];
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map(([name, value, unit, target, mark, note]) =>
      [name.padEnd(widths[0]), value.padStart(widths[1]), unit.padEnd(widths[2]), target.padStart(widths[3]), mark.padEnd(widths[4]), note].join('  ').trimEnd(),
    )
    .join('\n');
}

/** `{ "<name>": { "value": n, "unit": "…" } }`, the shape other tools read; a missing value is null and says why. */
export function figuresJson(figures: readonly Figure[]): Record<string, { value: number | null; unit: string; note?: string }> {
  return Object.fromEntries(
    figures.map(({ name, value, unit, note }) => [name, value === null ? { value, unit, note: note ?? 'not measured' } : { value, unit }]),
  );
}
