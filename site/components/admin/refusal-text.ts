import type { Sent } from '../../lib/api-client.ts';
import type { AdminTranslate } from './messages.ts';

/** What a form says when a change is refused: beside the field the API named, or for the whole form. */
export interface RefusalText {
  readonly field?: string;
  readonly text: string;
}

/** The longest text each free-text field takes (records/schema.ts), for its message. */
const textLimits: Readonly<Record<string, number>> = { name: 100, displayName: 40 };

function invalidField(field: string, t: AdminTranslate): string | undefined {
  if (field === 'id') return t('admin.error.id');
  if (field === 'username') return t('admin.error.username');
  if (field === 'password') return t('admin.error.password');
  if (field === 'teamIds') return t('admin.error.teams');
  return field in textLimits ? t('admin.error.text', { max: textLimits[field] }) : undefined;
}

/** The API's refusal (its message is English, for logs) in the page's language, tied to its field where there is one. */
export function refusalText(sent: Extract<Sent<unknown>, { ok: false }>, t: AdminTranslate): RefusalText {
  const { status, error } = sent;
  if (status === 0) return { text: t('admin.offline') };
  if (status === 401 || status === 403) return { text: t('admin.sessionEnded') };
  const field = error !== undefined && 'field' in error ? error.field : undefined;
  if (field !== undefined && error?.code === 'conflict') return { field, text: t('admin.error.taken') };
  const invalid = field !== undefined && error?.code === 'request.invalid' ? invalidField(field, t) : undefined;
  if (field !== undefined && invalid !== undefined) return { field, text: invalid };
  return { text: t('admin.failed', { message: error?.message ?? `HTTP ${status}` }) };
}
