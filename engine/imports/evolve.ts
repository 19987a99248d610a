import type { Evolvers } from '../module.ts';
import type { ImportEvent } from './events.ts';

export const importEvolvers: Evolvers<ImportEvent> = {
  'import.completed': (draft, { run }) => draft.insert('imports', run.id, run),
};
