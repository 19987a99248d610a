/** A deal in the funnel. Its stage is one of the process's pipeline stages, or won / lost. */
export interface Opportunity {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  /** A pipeline stage id from the process, or `won` / `lost`. */
  readonly stage: string;
  /** CNY; 0 until estimated. */
  readonly amount: number;
  /** ISO date (YYYY-MM-DD), or "" until known. */
  readonly expectedClose: string;
  /** Contact id of the person who decides, or "". */
  readonly decisionMaker: string;
  /** What the customer needs, in the salesperson's words, or "". */
  readonly needs: string;
  /** Competitors in the deal, free text, or "". */
  readonly competitors: string;
  /** Id of the quote that went with the proposal, or "". */
  readonly quote: string;
  readonly owner: string;
  /** User ids of colleagues working the deal; they are notified of changes. */
  readonly team: readonly string[];
  /** Required to mark a deal lost. */
  readonly lostReason?: string;
  readonly createdAt: number;
  readonly closedAt?: number;
}
