import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Ceilings for a hang on a busy two-core machine (10,000-row imports, PDFs parsed back), not speeds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
