import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The API fuzzer, run apart from the unit tests: it needs the built site
 * (tests/run.mjs runs it after the build; it builds the site itself when
 * dist/ is missing) and takes about FUZZ_SECONDS (60 unless set).
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
  },
});
