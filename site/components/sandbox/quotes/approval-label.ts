import type { Quote } from '../../../../engine/quotes/records.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import type { LocaleId } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { formatList } from '../../../lib/format.ts';
import { personName } from '../ui/people.ts';
import { quoteApprovalState, waitingFor } from './approvals.ts';

/** A quote's approval state in a few words, naming who a pending one waits for. */
export function approvalLabel(state: SandboxState, quote: Quote, t: Translate, locale: LocaleId): string {
  const standing = quoteApprovalState(state, quote);
  if (standing !== 'pending') return t(`quote.approval.${standing}`);
  const names = waitingFor(state, state.approvals[quote.approval]).map((id) => personName(state, id, t));
  return t('quote.approval.pending', { names: formatList(locale, names) });
}
