import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every test by name, so the output shows each repository suite running on sqlite and on postgres.
    reporters: ['verbose'],
    globalSetup: ['test/support/global-setup.ts'],
  },
});
