import type { ApiError } from '../auth/http-errors.ts';

/** The needs-retraining threshold when none is asked for: an operator above 20 % on one code in each recent attempt. */
export const defaultThreshold = 0.2;

/**
 * `threshold` from a GET: an error rate on one code as a fraction, above 0
 * and below 1 (`0.2` for 20 %), or the default when absent; a 400 naming the
 * field otherwise. A percentage such as `20` is refused rather than guessed at.
 */
export function thresholdParameter(url: URL): { ok: true; value: number } | { ok: false; error: ApiError } {
  const text = url.searchParams.get('threshold');
  if (text === null) return { ok: true, value: defaultThreshold };
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (Number.isFinite(value) && value > 0 && value < 1) return { ok: true, value };
  return {
    ok: false,
    error: { code: 'request.invalid', message: `threshold: expected a fraction between 0 and 1 such as 0.2 (for 20 %), received ${JSON.stringify(text)}.`, field: 'threshold' },
  };
}
