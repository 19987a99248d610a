/** One item with one internal code and one list price (seed 000: no "one item, many codes"). */
export interface Product {
  /** Internal code, e.g. P-100023. */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Unit of sale, e.g. 台, 件, set. */
  readonly unit: string;
  /** CNY per unit, before any discount. */
  readonly listPrice: number;
  readonly active: boolean;
  /** Set when the product was created although it looked like this existing one: a second code for the same item. */
  readonly duplicateOf?: string;
  readonly createdAt: number;
}
