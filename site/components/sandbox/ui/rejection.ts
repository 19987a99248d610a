import { isRole } from '../../../../engine/users/records.ts';
import type { MessageKey, Translate } from '../../../i18n/translate.ts';

/** A message the engine gives: a refusal, or what a mistake's step expected. */
interface EngineMessage {
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The engine's message in the reader's words, with the codes it names (a
 * user's role, the roles an action needs) in the reader's language:
 * "Your role (trainee) … needs lead, admin" reads "… needs team lead or administrator".
 */
export function rejectionText(t: Translate, { messageKey, params }: EngineMessage): string {
  const roleName = (role: string) => (isRole(role) ? t(`user.role.${role}`) : role);
  const readable = { ...params };
  if (typeof params.role === 'string') readable.role = roleName(params.role);
  if (typeof params.required === 'string') readable.required = params.required.split(', ').map(roleName).join(t('user.role.or'));
  return t(messageKey, readable);
}
