import type en from './en.json';

/** A catalogue: every key of the English one, in one language. */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** `t('catalogue.minutes', { minutes: 10 })` → "about 10 min": the catalogue's text with `{name}` filled in. */
export function translator(messages: Messages): Translate {
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
