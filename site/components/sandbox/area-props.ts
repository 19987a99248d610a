import type { LocaleId } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { PlayerSession } from '../player/session.svelte.ts';
import type { Navigation } from './navigation.svelte.ts';

/** What every sandbox area is given: the attempt to act on, where the trainee is, and the language. */
export interface AreaProps {
  session: PlayerSession;
  nav: Navigation;
  t: Translate;
  locale: LocaleId;
  /** Says something to screen readers through the sandbox's live region ("Customer C-SH-00107 created."). */
  announce: (message: string) => void;
}
