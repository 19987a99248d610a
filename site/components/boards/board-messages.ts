import { catalogueSlice, type KeysStartingWith, type Messages } from '../../i18n/translate.ts';

/**
 * The part of a catalogue the leaderboard island reads: the boards' own
 * names and rules (`board.`), the badges (`badge.`), the page (`boardPage.`)
 * and the profile form (`me.`). The page hands over only these, not the
 * whole catalogue, so the island's props stay small.
 */
const prefixes = ['board.', 'badge.', 'boardPage.', 'me.'] as const;

export type BoardMessageKey = KeysStartingWith<(typeof prefixes)[number]>;
export type BoardMessages = Pick<Messages, BoardMessageKey>;

/** Whether a key the API sent (a rule's, a badge's) is one the island was given. */
export function isBoardMessageKey(key: string): key is BoardMessageKey {
  return prefixes.some((prefix) => key.startsWith(prefix));
}

export function boardMessages(messages: Messages): BoardMessages {
  return catalogueSlice(messages, prefixes);
}
