import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { testIo } from './test-world.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('crm-drill', () => {
  it('lists its commands on --help', async () => {
    const io = testIo(root);
    expect(await main(['--help'], io)).toBe(0);
    expect(io.printed).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}scenarios check +check scenario files/), expect.stringMatching(/^ {2}verify +/), expect.stringMatching(/^ {2}play +/)]));
  });

  it.each([
    [['scenarios', 'check', '--help'], 'Usage: crm-drill scenarios check [files…]'],
    [['verify', '-h'], 'Usage: crm-drill verify --scenario FILE --attempt FILE'],
    [['play', 'scenarios/master-data-basics.yaml', '--help'], 'Usage: crm-drill play FILE [--seed N] [--lang en|zh-CN]'],
  ])('explains %j', async (args, usage) => {
    const io = testIo(root);
    expect(await main(args, io)).toBe(0);
    expect(io.printed[0]).toBe(usage);
  });

  it('names an unknown command or option and where to read the usage', async () => {
    const io = testIo(root);
    expect(await main([], io)).toBe(2);
    expect(io.errors[0]).toBe('Usage: crm-drill <command> [options]');
    io.errors.length = 0;
    expect(await main(['scenarios', 'lint'], io)).toBe(2);
    expect(await main(['verify', '--scenario', 'a.yaml', '--attempts', 'b.json'], io)).toBe(2);
    expect(await main(['verify', '--scenario', 'a.yaml'], io)).toBe(2);
    expect(io.errors).toEqual([
      'crm-drill: unknown command "scenarios lint"; the commands are scenarios check, scenarios coverage, verify, play, records export, records import.',
      'Run crm-drill --help for more.',
      expect.stringMatching(/^crm-drill verify: Unknown option '--attempts'/),
      'Run crm-drill verify --help for its usage.',
      'crm-drill verify: both --scenario FILE and --attempt FILE are needed',
      'Run crm-drill verify --help for its usage.',
    ]);
  });

  it('runs as the package’s bin, TypeScript and all, on the project’s Node', () => {
    const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    const run = spawnSync(process.execPath, [bin['crm-drill'], 'scenarios', 'check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+ files? checked, 0 errors\n$/);
    expect(run.status).toBe(0);
  });
});
