import type { ApiError } from '../auth/http-errors.ts';

/**
 * The needs-retraining threshold when none is asked for, by the API and by the
 * dashboard: an operator above 5 % on one code in each recent attempt. One
 * code is one kind of mistake among many, so a person who makes it in one
 * command of twenty, attempt after attempt, is making it out of habit.
 */
export const defaultThreshold = 0.05;

/**
 * `threshold` from a GET: an error rate on one code as a fraction, above 0
 * and below 1 (`0.05` for 5 %), or the default when absent; a 400 naming the
 * field otherwise. A percentage such as `20` is refused rather than guessed at.
 */
export function thresholdParameter(url: URL): { ok: true; value: number } | { ok: false; error: ApiError } {
  const text = url.searchParams.get('threshold');
  if (text === null) return { ok: true, value: defaultThreshold };
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (Number.isFinite(value) && value > 0 && value < 1) return { ok: true, value };
  return {
    ok: false,
    error: { code: 'request.invalid', message: `threshold: expected a fraction between 0 and 1 such as 0.05 (for 5 %), received ${JSON.stringify(text)}.`, field: 'threshold' },
  };
}
