import { defineConfig } from 'vitest/config';

/** Unit tests sit beside the code; browser tests in tests/e2e/ belong to Playwright. PostgreSQL tests share one throwaway cluster. */
export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'site/**/*.test.ts', 'cli/**/*.test.ts', 'bench/**/*.test.ts', 'tests/scenarios/**/*.test.ts'],
    globalSetup: ['tests/postgres-setup.ts'],
  },
});
