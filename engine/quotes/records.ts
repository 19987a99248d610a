import type { QuoteStatus } from './lifecycle.ts';

export interface QuoteLine {
  readonly product: string;
  readonly quantity: number;
  /** The list price when the line was added, CNY. */
  readonly listPrice: number;
  /** The price offered, CNY per unit. */
  readonly unitPrice: number;
  /** Percent off the line's total. */
  readonly discountPercent: number;
  /** quantity × unitPrice × (1 − discount), rounded to the fen. */
  readonly total: number;
}

/** A priced offer to a customer, usually for an opportunity. */
export interface Quote {
  readonly id: string;
  readonly accountCode: string;
  /** Opportunity id, or "". */
  readonly opportunity: string;
  readonly lines: readonly QuoteLine[];
  readonly total: number;
  readonly status: QuoteStatus;
  /** The approval request it waits on or went through, or "". */
  readonly approval: string;
  readonly owner: string;
  readonly createdAt: number;
  /** Set when sent: the simulated time after which it lapses. */
  readonly validUntil?: number;
}
