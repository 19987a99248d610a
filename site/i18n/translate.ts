import type en from './en.json';

/** A catalogue: every key of the English one, in one language. */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
/** Fills a message; `K` narrows it to the part of the catalogue an island was given. */
export type Translate<K extends MessageKey = MessageKey> = (key: K, params?: Readonly<Record<string, string | number>>) => string;

/** `t('catalogue.minutes', { minutes: 10 })` → "about 10 min": the catalogue's text with `{name}` filled in. */
export function translator<K extends MessageKey = MessageKey>(messages: Pick<Messages, K>): Translate<K> {
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The keys of a catalogue that start with one of `P`'s prefixes. */
export type KeysStartingWith<P extends string> = Extract<MessageKey, `${P}${string}`>;

/** The part of a catalogue whose keys start with one of the prefixes: what an island that reads only those is handed, so its props stay small. */
export function catalogueSlice<P extends string>(messages: Messages, prefixes: readonly P[]): Pick<Messages, KeysStartingWith<P>> {
  // Every key kept starts with one of the prefixes, so the object is exactly the Pick.
  return Object.fromEntries(Object.entries(messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))) as Pick<Messages, KeysStartingWith<P>>;
}
