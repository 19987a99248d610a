import { defineConfig } from 'vitest/config';

/**
 * The tests that start the built server (`node site/serve.ts` over dist/),
 * so they run after `astro build`: killed mid-load and restarted, a file per
 * store, and two servers on one database. PostgreSQL's throwaway cluster as
 * for the unit tests.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/crash/**/*.test.ts'],
    globalSetup: ['tests/postgres-setup.ts'],
    // Two files side by side: each mostly waits on one server process at a time, so two share CI's two cores well.
    maxWorkers: 2,
  },
});
