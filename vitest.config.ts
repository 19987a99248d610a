import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Unit tests sit beside the code; browser tests in tests/e2e/ belong to
 * Playwright; the API fuzzer (tests/fuzz/*.fuzz.test.ts) needs the built site
 * and runs after the build, with its own config. PostgreSQL tests share one
 * throwaway cluster.
 */
export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'site/**/*.test.ts', 'cli/**/*.test.ts', 'bench/**/*.test.ts', 'tests/scenarios/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/fuzz/**/*.fuzz.test.ts'],
    globalSetup: ['tests/postgres-setup.ts'],
  },
});
