// `npm test`: type checks, unit tests, then browser tests against the built
// site, and one closing line totalling every runner. Installs Debian's
// PostgreSQL (for the records store's contract) and Chromium (Playwright
// cannot download its own here) first when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { postgresBinaries } from './postgres-cluster.ts';

const results = 'test-results';
mkdirSync(results, { recursive: true });

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', ...options });
  console.log(`◀ ${title}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

/** Installs Debian packages with apt-get unless `present` already holds: the CI machine starts with neither Chromium nor PostgreSQL. */
function ensureDebianPackages(title, present, packages) {
  if (present()) return true;
  const [command, ...prefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => run(title, command, [...prefix, ...args], { env });
  return apt('update', '-q') && apt('install', '-y', '-q', '--no-install-recommends', ...packages);
}

const counts = { passed: 0, failed: 0 };
function tally(file, read) {
  if (!existsSync(file)) return false;
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  counts.passed += passed;
  counts.failed += failed;
  return true;
}

const steps = [];
steps.push(run('type check', 'npm', ['run', 'check']));
// The records contract runs against PostgreSQL too: vitest starts a throwaway cluster (tests/postgres-setup.ts), which must not be skipped here.
steps.push(ensureDebianPackages('install postgresql', () => postgresBinaries() !== undefined, ['postgresql']));
steps.push(
  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`], {
    env: { ...process.env, CRM_DRILL_POSTGRES: 'required' },
  }),
);
// A test file that fails to load has no test results of its own: count it as one failure.
const unloadable = (report) => report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
const vitestCounts = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests + unloadable(report) });
if (!tally(`${results}/vitest.json`, vitestCounts)) counts.failed += 1;

const browser = ensureDebianPackages('install chromium', () => existsSync('/usr/bin/chromium'), ['chromium', 'fonts-wqy-microhei']);
steps.push(browser);
if (browser && run('build', 'npx', ['astro', 'build'])) {
  steps.push(run('browser tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e']));
  if (!tally(`${results}/playwright.json`, (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected })))
    counts.failed += 1;
  // The built server killed mid-load and restarted, for each store, and two servers on one database (tests/crash/).
  steps.push(
    run('crash tests', 'npx', ['vitest', 'run', '-c', 'tests/crash/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest-crash.json`], {
      env: { ...process.env, CRM_DRILL_POSTGRES: 'required' },
    }),
  );
  if (!tally(`${results}/vitest-crash.json`, vitestCounts)) counts.failed += 1;
} else {
  steps.push(false);
  counts.failed += 1;
}

const failedSteps = steps.filter((ok) => !ok).length;
console.log(`\n${failedSteps === 0 ? 'All checks passed.' : `${failedSteps} check step(s) failed.`}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedSteps === 0 && counts.failed === 0 ? 0 : 1);
