import type { ImportRun } from './records.ts';

/** Events of this module, in the past tense. The records an import creates or fills have their own modules' events. */
export type ImportEvent = { readonly type: 'import.completed'; readonly data: { readonly run: ImportRun } };
