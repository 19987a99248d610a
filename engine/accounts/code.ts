import { foldWidth } from '../normalise/text.ts';

/**
 * The company's own customer code, the same in every department (seed 000:
 * use the company's code, never the customer's). "C-SH-00107": C for
 * customer, the sales region, then a five-digit serial number.
 */
export const regions = ['SH', 'BJ', 'GZ', 'SZ', 'HZ', 'SU', 'NJ', 'CD', 'WH', 'TJ'] as const;
export type Region = (typeof regions)[number];

const accountCodePattern = new RegExp(`^C-(${regions.join('|')})-(\\d{5})$`);

/** An example shown to people wherever the format is asked for. */
export const accountCodeExample = 'C-SH-00107';

/** Width-folded, trimmed and upper-cased, so "ｃ-sh-００１０７" is accepted as C-SH-00107. */
export function normaliseAccountCode(input: string): string {
  return foldWidth(input).trim().toUpperCase();
}

export function isAccountCode(code: string): boolean {
  return accountCodePattern.test(code);
}

export function accountCode(region: Region, serial: number): string {
  return `C-${region}-${String(serial).padStart(5, '0')}`;
}

export function regionOf(code: string): Region | undefined {
  return accountCodePattern.exec(code)?.[1] as Region | undefined;
}
