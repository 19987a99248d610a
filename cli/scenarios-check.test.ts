import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { tempProject, testIo } from './test-world.ts';

const good = readFileSync(new URL('../scenarios/master-data-basics.yaml', import.meta.url), 'utf8');
const lineOf = (text: string, fragment: string) => text.slice(0, text.indexOf(fragment)).split('\n').length;

/** The real scenario with a wrong type, a missing field, an unknown key and a lesson nobody wrote. */
const broken = good
  .replace('difficulty: 1', 'difficulty: easy')
  .replace('  accounts: 14\n', '')
  .replace('minutes: 10', 'minutes: 10\nduration: 10')
  .replace('lesson: search-before-create', 'lesson: search-first');

describe('crm-drill scenarios check', () => {
  it('passes the project’s own scenarios', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const io = testIo(root);
    expect(await main(['scenarios', 'check'], io)).toBe(0);
    expect(io.printed.at(-1)).toMatch(/^\d+ files? checked, 0 errors$/);
  });

  it('prints every error as file:line: path: message, then the tally, and fails', async () => {
    const root = tempProject({ 'scenarios/master-data-basics.yaml': good, 'scenarios/archive/master-data-basics.v0.yaml': broken });
    const io = testIo(root);
    expect(await main(['scenarios', 'check'], io)).toBe(1);
    const file = 'scenarios/archive/master-data-basics.v0.yaml';
    expect(io.printed).toEqual([
      `${file}:${lineOf(broken, 'difficulty')}: difficulty: Invalid type: Expected number but received "easy"`,
      `${file}:${lineOf(broken, 'duration')}: duration: Unrecognized key: "duration"`,
      `${file}:${lineOf(broken, 'fixture:')}: fixture.accounts: Invalid key: Expected "accounts" but received undefined`,
      '2 files checked, 3 errors',
    ]);
    expect(io.errors).toEqual([]);
  });

  it('checks the files named, and finds a watched lesson missing in a language', async () => {
    const withLesson = (lesson: string) => good.replace('lesson: search-before-create', `lesson: ${lesson}`);
    const root = tempProject({
      'drafts/master-data-basics.yaml': withLesson('search-first'),
      'content/lessons/en/only-english.md': '---\ntitle: Only English\n---\n',
      'more/master-data-basics.yaml': withLesson('only-english'),
    });
    const io = testIo(root);
    expect(await main(['scenarios', 'check', 'drafts/master-data-basics.yaml', 'more/master-data-basics.yaml', 'missing.yaml'], io)).toBe(1);
    const line = lineOf(good, 'lesson: search-before-create');
    expect(io.printed).toEqual([
      `drafts/master-data-basics.yaml:${line}: steps.3.watches.0.lesson: lesson "search-first" has no Markdown file: content/lessons/en/search-first.md and content/lessons/zh-cn/search-first.md missing`,
      `more/master-data-basics.yaml:${line}: steps.3.watches.0.lesson: lesson "only-english" has no Markdown file: content/lessons/zh-cn/only-english.md missing`,
      'missing.yaml:1: cannot be read: no such file',
      '3 files checked, 3 errors',
    ]);
  });

  it('reports a YAML syntax error and a file named after another id', async () => {
    const root = tempProject({
      'scenarios/master-data-basics.yaml': good.replace('roles: [trainee]', 'roles: [trainee'),
      'scenarios/other.yaml': good,
    });
    const io = testIo(root);
    expect(await main(['scenarios', 'check'], io)).toBe(1);
    expect(io.printed).toEqual([
      expect.stringMatching(new RegExp(`^scenarios/master-data-basics\\.yaml:${lineOf(good, 'roles:') + 1}: Flow sequence in block collection`)),
      `scenarios/other.yaml:${lineOf(good, 'id:')}: id: id "master-data-basics" must match the file name: expected master-data-basics.yaml, found other.yaml`,
      '2 files checked, 2 errors',
    ]);
  });

  it('plays a current scenario’s walkthrough and asks for one where there is none, but not of an archived version', async () => {
    const withoutWalkthrough = good.slice(0, good.indexOf('walkthrough:'));
    const wrongSlip = good.replace('mistake: duplicate.created\n      step: hengtong', 'mistake: validation.format\n      step: hengtong');
    const root = tempProject({
      'scenarios/master-data-basics.yaml': withoutWalkthrough,
      'scenarios/archive/master-data-basics.v1.yaml': withoutWalkthrough,
      'drafts/master-data-basics.yaml': wrongSlip,
    });
    const io = testIo(root);
    expect(await main(['scenarios', 'check'], io)).toBe(1);
    expect(io.printed).toEqual([`scenarios/master-data-basics.yaml:${lineOf(good, 'id:')}: no walkthrough: add one (the perfect play and a slip per watched mistake; see scenarios/README.md), so the scenario is tested`, '2 files checked, 1 error']);

    const drafts = testIo(root);
    expect(await main(['scenarios', 'check', 'drafts/master-data-basics.yaml'], drafts)).toBe(1);
    expect(drafts.printed).toEqual([
      expect.stringMatching(/^drafts\/master-data-basics\.yaml:\d+: steps\.3\.watches\.0: no slip in walkthrough\.slips makes duplicate\.created at step hengtong/),
      '1 file checked, 1 error',
    ]);
  });
});
