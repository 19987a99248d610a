import type en from './en.json';

/** A catalogue: every key of the English one, in one language. */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * `t('catalogue.minutes', { minutes: 10 })` → "about 10 min": the catalogue's
 * text with `{name}` filled in. Also takes part of a catalogue (an island
 * that ships only the keys it reads), and then knows only those keys.
 */
export function translator<K extends string = MessageKey>(messages: Readonly<Record<K, string>>): (key: K, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
