import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { readScenarioFile, type Problem } from '../../engine/scenario/file.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { walkthroughCheck } from '../../engine/scenario/walkthrough.ts';
import type { ApiError } from '../auth/http-errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { lessonFile, missingLessons } from '../lib/scenario-lessons.ts';
import { loadScenario } from '../lib/scenarios.ts';
import { publishedScenarioSchema } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';

/**
 * An uploaded scenario file, checked as a file in scenarios/ is when the
 * site builds — the engine's schema, the id and version against the file
 * name, every lesson it links to in every language, its walkthrough
 * played to full marks and to each watched mistake — and then against what
 * is already there:
 *
 * - a new id is a new scenario; a published id takes a higher version than
 *   its newest, so "the newest" always means one text and an attempt's
 *   version names exactly what was played;
 * - a built-in id is refused: its file, its archive, its page and the
 *   learning paths are keyed on it, and a stored version beside the file
 *   would be a second truth — one that the file's next version could
 *   collide with, leaving attempts on that version ambiguous. A built-in
 *   scenario changes in scenarios/, as before;
 * - `upload` and `play` are the catalogue's own pages, so no scenario may
 *   be called that.
 */

/** `POST /api/scenarios`'s body. */
export const uploadSchema = v.strictObject({
  /** The file's name (`<id>.yaml`, or `<id>.v<N>.yaml`), checked against its id and version; left out for pasted text. */
  fileName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  /** The YAML text. */
  source: publishedScenarioSchema.entries.source,
  /** Check only: answer what would be published, store nothing. */
  dryRun: v.optional(v.boolean(), false),
});
export type Upload = v.InferOutput<typeof uploadSchema>;

/** Ids the catalogue's own pages take: `/scenarios/upload/`, `/scenarios/play/`. */
export const reservedScenarioIds: readonly string[] = ['upload', 'play'];

export type UploadCheck = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: ApiError };

/** Whether the upload may be published as it is: its scenario, or the refusal with every problem by line. */
export async function checkUpload(store: Pick<RecordsStore, 'lessons' | 'publishedScenarios'>, { fileName, source }: Upload): Promise<UploadCheck> {
  const name = fileName ?? namedAfterItsId(source);
  const file = readScenarioFile(name, source);
  if (!file.ok) return invalid(name, file.problems);

  const { scenario } = file;
  const stored = await store.lessons();
  const lessonExists = (locale: Locale, lesson: string) =>
    existsSync(join(process.cwd(), lessonFile(locale, lesson))) ||
    stored.some((one) => one.lessonId === lesson && one.locale === locale.id);
  const problems = missingLessons(scenario, lessonExists).map((missing) =>
    file.problemAt(missing.path, `lesson "${missing.lesson}" does not exist in ${missing.locales.map((locale) => locale.label).join(' and ')}: expected a file in content/lessons/ or a lesson saved on the lessons page`),
  );
  if (loadScenario(scenario.id)) problems.push(file.problemAt(['id'], `"${scenario.id}" is a built-in scenario: change scenarios/${scenario.id}.yaml in the project instead, or choose a new id`));
  if (reservedScenarioIds.includes(scenario.id)) problems.push(file.problemAt(['id'], `"${scenario.id}" is the name of one of the catalogue's pages: choose another id`));
  if (problems.length === 0) problems.push(...walkthroughCheck(scenario).map((problem) => file.problemAt(problem.path, problem.message)));
  if (problems.length > 0) return invalid(name, problems.sort((a, b) => a.line - b.line));

  const versions = (await store.publishedScenarios()).filter((one) => one.scenarioId === scenario.id).map((one) => one.version);
  const newest = Math.max(0, ...versions);
  if (scenario.version <= newest) {
    const taken = versions.includes(scenario.version) ? `version ${scenario.version} is already published` : `version ${newest} is published`;
    return { ok: false, error: { code: 'conflict', message: `Scenario "${scenario.id}": ${taken}; raise version to ${newest + 1} or more.`, field: 'version' } };
  }
  return { ok: true, scenario };
}

function invalid(name: string, problems: readonly Problem[]): UploadCheck {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return { ok: false, error: { code: 'scenario.invalid', message: `${name} is not a valid scenario file (${count}); see scenarios/README.md for the format.`, problems } };
}

/** Pasted text has no file name: it is given the one its id asks for, so only the schema speaks. */
function namedAfterItsId(source: string): string {
  const id: unknown = parseDocument(source).get('id');
  return `${typeof id === 'string' ? id : 'pasted'}.yaml`;
}
