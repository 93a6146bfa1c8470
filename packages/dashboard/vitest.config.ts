import { defineConfig } from 'vitest/config';

/** Unit tests beside the source (`src/**\/*.test.ts`) and the browser e2e test (`e2e/`). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default', '../../tools/vitest-summary-reporter.ts'],
  },
});
