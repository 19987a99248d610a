import { foldWidth } from './text.ts';

/**
 * A calendar date as typed: "2026-03-15", "2026/3/15", "2026.03.15",
 * "2026年3月15日". Returns ISO "YYYY-MM-DD", or undefined when it is not a
 * real date.
 */
export function parseDate(input: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(foldWidth(input).trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a simulated moment in China (UTC+8), for comparing with typed dates. */
export function chinaDate(at: number): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
}
