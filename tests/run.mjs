// `npm test`: type checks, unit tests, then the API fuzzer and browser tests
// against the built site, and one closing line totalling every runner.
// Installs Debian's PostgreSQL (for the records store's contract) and
// Chromium (Playwright cannot download its own here) first when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
// A test file that fails to load has no test results of its own: count it as one failure.
const unloadable = (report) => report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
/** Vitest with a JSON report, tallied; a missing report (Vitest did not run) counts as one failure. */
function vitest(title, report, args = [], env = {}) {
  rmSync(report, { force: true }); // as for Playwright's, below
  steps.push(run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`], { env: { ...process.env, ...env } }));
  if (!tally(report, (json) => ({ passed: json.numPassedTests, failed: json.numFailedTests + unloadable(json) }))) counts.failed += 1;
}

steps.push(run('type check', 'npm', ['run', 'check']));
// The records contract runs against PostgreSQL too: vitest starts a throwaway cluster (tests/postgres-setup.ts), which must not be skipped here.
steps.push(ensureDebianPackages('install postgresql', () => postgresBinaries() !== undefined, ['postgresql']));
vitest('unit tests', `${results}/vitest.json`, [], { CRM_DRILL_POSTGRES: 'required' });

const built = run('build', 'npx', ['astro', 'build']);
steps.push(built);
// The API fuzzer, against the built site on its own server (FUZZ_SECONDS, 60 unless set).
if (built) vitest('API fuzzer', `${results}/fuzz.json`, ['--config', 'tests/fuzz/vitest.config.ts']);
else counts.failed += 1;
// The built server killed mid-load and restarted, for each store, and two servers on one database (tests/crash/).
if (built) vitest('crash tests', `${results}/vitest-crash.json`, ['--config', 'tests/crash/vitest.config.ts'], { CRM_DRILL_POSTGRES: 'required' });
else counts.failed += 1;

const browser = ensureDebianPackages('install chromium', () => existsSync('/usr/bin/chromium'), ['chromium', 'fonts-wqy-microhei']);
steps.push(browser);
if (browser && built) {
  // A report left by an earlier run must not be counted as this one's.
  rmSync(`${results}/playwright.json`, { force: true });
  steps.push(run('browser tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e']));
  if (!tally(`${results}/playwright.json`, (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected })))
    counts.failed += 1;
} else {
  counts.failed += 1;
}

const failedSteps = steps.filter((ok) => !ok).length;
console.log(`\n${failedSteps === 0 ? 'All checks passed.' : `${failedSteps} check step(s) failed.`}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedSteps === 0 && counts.failed === 0 ? 0 : 1);
