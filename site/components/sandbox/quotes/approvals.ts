import { approversFor } from '../../../../engine/approvals/request.ts';
import type { Approval } from '../../../../engine/approvals/records.ts';
import { pricingReviewLevels } from '../../../../engine/quotes/decide.ts';
import type { Quote } from '../../../../engine/quotes/records.ts';
import type { RecordRef } from '../../../../engine/refs.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import { checkQuote } from './pricing-check.ts';

/** The user ids a pending request waits for: the approvers of the level it has reached; nobody once it is decided. */
export function waitingFor(state: SandboxState, approval: Approval): string[] {
  const level = approval.levels[approval.decisions.length];
  return approval.status === 'pending' && level !== undefined ? approversFor(state, approval.requestedBy, level) : [];
}

/** Who would be asked to approve a quote's prices if its owner submitted it now, as the engine picks them. */
export function pricingApprovers(state: SandboxState, quote: Quote): string[] {
  return approversFor(state, quote.owner, pricingReviewLevels[0]);
}

/** Every approval request about a record, oldest first. */
export function approvalsAbout(state: SandboxState, about: RecordRef): Approval[] {
  return Object.values(state.approvals).filter((approval) => approval.about.entity === about.entity && approval.about.id === about.id);
}

/**
 * Where a quote stands on approval, for its list and its page: a draft
 * says whether it will need one (`needed`) or not (`within`; `none` without
 * lines); a submitted quote shows its request's status, or `auto` when it
 * was within the limits and approved at once.
 */
export type QuoteApprovalState = 'none' | 'within' | 'needed' | Approval['status'] | 'auto';

export function quoteApprovalState(state: SandboxState, quote: Quote): QuoteApprovalState {
  const approval = state.approvals[quote.approval];
  if (approval) return approval.status;
  if (quote.status !== 'draft') return 'auto';
  if (quote.lines.length === 0) return 'none';
  return checkQuote(quote.lines, state.process.pricing).outside.length > 0 ? 'needed' : 'within';
}
