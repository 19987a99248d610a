import { defineConfig } from 'vitest/config';

/**
 * The tests that start the built server (`node site/serve.ts` over dist/),
 * so they run after `astro build`: killed mid-load and restarted, and two
 * servers on one database. PostgreSQL's throwaway cluster as for the unit tests.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/crash/**/*.test.ts'],
    globalSetup: ['tests/postgres-setup.ts'],
    // One at a time: each test starts servers, and CI has two cores.
    fileParallelism: false,
  },
});
