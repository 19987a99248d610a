import { foldWidth } from './text.ts';

/** China Standard Time has no daylight saving: typed times are always UTC+8. */
const chinaOffset = 8 * 3_600_000;

/** An example shown to people wherever a date-time is asked for. */
export const dateTimeExample = '2026-03-05 14:00';

// Date: 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日. Then a space or a T.
// Time: 14:00, 14:00:30, or 14点 / 14时 with optional 30分 (how people type it in Chinese).
const pattern =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+|\s*T\s*|(?<=日)\s*)(\d{1,2})\s*(?::\s*(\d{2})(?:\s*:\s*(\d{2}))?|[点时]\s*(?:(\d{1,2})\s*分?)?)$/i;

/**
 * A moment as typed in China time: "2026-03-05 14:00", "2026/3/5 14:00",
 * "2026-03-05T14:00", "2026年3月5日 14:00", "2026年3月5日14点30分",
 * full-width digits and colons too. Returns epoch milliseconds, or
 * undefined when it is not a real date and time (31 February, 24:00, 14:60).
 */
export function parseDateTime(input: string): number | undefined {
  const match = pattern.exec(foldWidth(input).trim());
  if (!match) return undefined;
  const [year, month, day, hour] = match.slice(1, 5).map(Number);
  const minute = Number(match[5] ?? match[7] ?? 0);
  const second = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(utc);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return utc - chinaOffset;
}

/** A simulated moment as China time, "2026-03-05 14:00": how the engine shows a time in messages. */
export function chinaDateTime(at: number): string {
  return new Date(at + chinaOffset).toISOString().slice(0, 16).replace('T', ' ');
}
