/** The industries an account is filed under: one fixed list, so reports can group by it. */
export const industries = ['manufacturing', 'electronics', 'trading', 'logistics', 'retail', 'construction', 'chemicals', 'food'] as const;
export type Industry = (typeof industries)[number];

export function isIndustry(value: unknown): value is Industry {
  return (industries as readonly unknown[]).includes(value);
}
