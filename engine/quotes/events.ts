import type { QuoteStatus } from './lifecycle.ts';
import type { Quote, QuoteLine } from './records.ts';

/** Events of this module, in the past tense. */
export type QuoteEvent =
  | { readonly type: 'quote.created'; readonly data: { readonly quote: Quote } }
  /** `total`: the quote's new total. */
  | { readonly type: 'quote.lineAdded'; readonly data: { readonly id: string; readonly line: QuoteLine; readonly total: number } }
  /** `line`: the removed line's number, from 1; `removed`: the line as it was. */
  | {
      readonly type: 'quote.lineRemoved';
      readonly data: { readonly id: string; readonly line: number; readonly removed: QuoteLine; readonly total: number };
    }
  /** Straight to approved, or to pendingApproval on `approval`; `approval` is "" when none was needed. */
  | {
      readonly type: 'quote.submitted';
      readonly data: { readonly id: string; readonly to: 'approved' | 'pendingApproval'; readonly approval: string };
    }
  /** Back to draft after a rejection; `approval` is the request that rejected it. */
  | { readonly type: 'quote.revised'; readonly data: { readonly id: string; readonly approval: string } }
  | { readonly type: 'quote.sent'; readonly data: { readonly id: string; readonly validUntil: number } }
  | { readonly type: 'quote.statusChanged'; readonly data: { readonly id: string; readonly from: QuoteStatus; readonly to: QuoteStatus } };
