import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { tempProject, testIo } from './test-world.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenario = readFileSync(join(root, 'scenarios/master-data-basics.yaml'), 'utf8');
const readme = readFileSync(join(root, 'scenarios/README.md'), 'utf8');

describe('crm-drill scenarios coverage', () => {
  it('finds the table in scenarios/README.md made from the scenario files as they are', async () => {
    const io = testIo(root);
    expect(await main(['scenarios', 'coverage'], io), io.errors.join('\n')).toBe(0);
  });

  it('puts each scenario on the rows of its topics, bold on its main one, and counts them', async () => {
    const project = tempProject({ 'scenarios/master-data-basics.yaml': scenario.replace('topics: [base-data]', 'topics: [base-data, team]'), 'scenarios/README.md': readme });
    const io = testIo(project);
    await main(['scenarios', 'coverage'], io);
    expect(io.printed).toContain('| `base-data` | 000 | Unified formats, internal codes, one code per product, complete records, review of prices and credit limits | 1 | **master-data-basics** (1) |');
    expect(io.printed).toContain('| `team` | 003, 004 | Division of labour on an account, handing over customers, performance by funnel stage | 1 | master-data-basics (1) |');
    expect(io.printed).toContain('| `migration` | 002 | Importing Excel dumps: nothing lost, nothing doubled | 0 | — |');
    expect(io.printed).toContain('1 scenarios in all.');
  });

  it('fails while the README is out of date, and --write brings it up to date', async () => {
    const project = tempProject({ 'scenarios/master-data-basics.yaml': scenario, 'scenarios/README.md': readme });
    const stale = testIo(project);
    expect(await main(['scenarios', 'coverage'], stale)).toBe(1);
    expect(stale.errors).toEqual(['scenarios/README.md: the coverage table is out of date; run npx crm-drill scenarios coverage --write.']);

    expect(await main(['scenarios', 'coverage', '--write'], testIo(project))).toBe(0);
    const written = readFileSync(join(project, 'scenarios/README.md'), 'utf8');
    expect(written).toContain('**master-data-basics** (1)');
    expect(written).not.toContain('lead-to-cash (3)');
    expect(written.replace(/<!-- coverage:[\s\S]*<!-- end of coverage -->/, '')).toBe(readme.replace(/<!-- coverage:[\s\S]*<!-- end of coverage -->/, ''));
    expect(await main(['scenarios', 'coverage'], testIo(project))).toBe(0);
  });

  it('says where the markers go when the README has none', async () => {
    const project = tempProject({ 'scenarios/master-data-basics.yaml': scenario, 'scenarios/README.md': '# Writing a scenario\n' });
    const io = testIo(project);
    expect(await main(['scenarios', 'coverage', '--write'], io)).toBe(1);
    expect(io.errors[0]).toMatch(/^scenarios\/README.md has no coverage markers/);
  });
});
