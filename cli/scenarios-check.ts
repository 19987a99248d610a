import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem, type ScenarioFile } from '../engine/scenario/file.ts';
import { walkthroughCheck } from '../engine/scenario/walkthrough.ts';
import { lessonFile, missingLessons } from '../site/lib/scenario-lessons.ts';
import { exitCodes, type Command } from './command.ts';
import type { Io } from './io.ts';
import { readScenarioAt } from './scenario-file.ts';

const folders = ['scenarios', 'scenarios/archive'];

/** Every scenario file of the project, the current versions and the archived ones, named as seen from the working folder. */
function allScenarioFiles(io: Io): string[] {
  return folders.flatMap((folder) => {
    const path = join(io.root, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => relative(io.cwd, join(path, name)));
  });
}

/** Every lesson a step watches needs its Markdown file in each language. */
function lessonProblems(io: Io, file: Extract<ScenarioFile, { ok: true }>): Problem[] {
  return missingLessons(file.scenario, (locale, lesson) => existsSync(join(io.root, lessonFile(locale, lesson)))).map((missing) =>
    file.problemAt(missing.path, `lesson "${missing.lesson}" has no Markdown file: ${missing.locales.map((locale) => lessonFile(locale, missing.lesson)).join(' and ')} missing`),
  );
}

/** A current scenario's walkthrough must play as it says (archived versions keep theirs out). */
function walkthroughProblems(path: string, file: Extract<ScenarioFile, { ok: true }>): Problem[] {
  if (path.split(/[\\/]/).includes('archive')) return [];
  return walkthroughCheck(file.scenario).map((problem) => file.problemAt(problem.path, problem.message));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export const scenariosCheck: Command = {
  name: 'scenarios check',
  summary: 'check scenario files: schema, file name, lessons, walkthrough',
  help: `Usage: crm-drill scenarios check [files…]

Checks scenario files against the scenario schema, their id and version
against the file name, that every lesson a step watches has a Markdown
file in each language under content/lessons/, and that a current
scenario's walkthrough plays to full marks and makes each watched mistake. Prints every error as
file:line: path: message, then how many files and errors there were.

  files…   the files to check (default: the project's scenarios/*.yaml and
           scenarios/archive/*.yaml)

Exit code: 0 when there is no error, 1 when there is one, 2 when the
command line is wrong.`,

  async run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
    const files = positionals.length > 0 ? positionals : allScenarioFiles(io);
    let errors = 0;
    for (const path of files) {
      const file = readScenarioAt(io, path);
      const problems = file.ok ? [...lessonProblems(io, file), ...walkthroughProblems(path, file)] : file.problems;
      for (const problem of problems) io.out(formatProblem(path, problem));
      errors += problems.length;
    }
    io.out(`${plural(files.length, 'file')} checked, ${plural(errors, 'error')}`);
    return errors > 0 ? exitCodes.found : exitCodes.ok;
  },
};
