/**
 * A benchmark figure and the two ways it is reported: an aligned table for
 * a person, a JSON object for a machine that compares runs.
 */

export interface Figure {
  /** Dotted name, stable between runs: `replay.commandsPerSecond`. */
  readonly name: string;
  /** The measured value, or null when it could not be measured on this run. */
  readonly value: number | null;
  readonly unit: string;
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

/** An aligned table, one figure a line, so two runs pasted one above the other read column by column. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['name', 'value', 'unit', ''],
    ...figures.map((figure) => [
      figure.name,
      figure.value === null ? 'n/a' : figure.value.toLocaleString('en-US'),
      figure.unit,
      figure.note === undefined ? '' : `(${figure.note})`,
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map(([name, value, unit, note]) =>
      [name.padEnd(widths[0]), value.padStart(widths[1]), unit.padEnd(widths[2]), note].join('  ').trimEnd(),
    )
    .join('\n');
}

/** `{ "<name>": { "value": n, "unit": "…" } }`, the shape other tools read; a missing value is null and says why. */
export function figuresJson(figures: readonly Figure[]): Record<string, { value: number | null; unit: string; note?: string }> {
  return Object.fromEntries(
    figures.map(({ name, value, unit, note }) => [name, value === null ? { value, unit, note: note ?? 'not measured' } : { value, unit }]),
  );
}
