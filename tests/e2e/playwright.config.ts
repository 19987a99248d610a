import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets two checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4329);

/** Browser tests: Debian's Chromium against the built site, served by the production server. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'node site/serve.ts',
    cwd: '../..',
    url: `http://127.0.0.1:${port}/en/`,
    // The browser tests' own records, apart from a developer's data/.
    env: { HOST: '127.0.0.1', PORT: String(port), CRM_DRILL_DATA: 'test-results/e2e-data' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
