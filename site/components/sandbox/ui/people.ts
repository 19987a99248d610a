import type { SandboxState } from '../../../../engine/state.ts';
import { systemUser } from '../../../../engine/users/records.ts';
import type { Translate } from '../../../i18n/translate.ts';

/** A user's name as the sandbox shows it; records made by the company's set-up belong to "System", in the reader's language. */
export function personName(state: SandboxState, id: string, t: Translate): string {
  if (id === systemUser.id) return t('user.system');
  return state.users[id]?.name ?? id;
}
