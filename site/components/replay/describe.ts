import { commandTypes, type CommandType } from '../../../engine/commands.ts';
import type { RecordedCommand } from '../../../engine/scenario/record.ts';
import type { Translate } from '../../i18n/translate.ts';

const known: ReadonlySet<unknown> = new Set(commandTypes);
const isCommandType = (type: unknown): type is CommandType => known.has(type);

/** A command in the reader's words ("Create a customer"); a type no version of the player sends is named as it came. */
export function commandWords(t: Translate, command: RecordedCommand): string {
  return isCommandType(command.type) ? t(`replay.command.${command.type}`) : t('replay.command.unknown', { type: String(command.type) });
}

/** What the trainee entered with the command, field by field, each value as text ("phone", "6552 3180"). */
export function enteredFields(command: RecordedCommand): [field: string, value: string][] {
  const data = command.data;
  if (typeof data !== 'object' || data === null) return data === undefined ? [] : [['data', JSON.stringify(data)]];
  return Object.entries(data).map(([field, value]) => [field, typeof value === 'string' ? value : JSON.stringify(value)]);
}
