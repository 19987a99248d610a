import type { CommandMeta } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Rejection } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { importReport, type ImportReport } from './records.ts';

export type ImportPreview = { readonly ok: true; readonly report: ImportReport } | { readonly ok: false; readonly rejection: Rejection };

/**
 * The dry run: what `import.commit` with this input would do to each row,
 * changing nothing. It is the commit's own decision, so the preview and the
 * commit cannot disagree for the same state and input.
 */
export function previewImport(state: SandboxState, input: unknown, meta: CommandMeta): ImportPreview {
  const result = decide(state, { type: 'import.commit', data: input }, meta);
  if (!result.ok) return result;
  const completed = result.events.find((event) => event.type === 'import.completed');
  if (completed === undefined) throw new Error('unreachable: an applied import.commit ends with import.completed');
  return { ok: true, report: importReport(completed.data.run) };
}
