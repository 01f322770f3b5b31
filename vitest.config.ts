import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    setupFiles: ['./tests/support/yield-between-tests.ts'],
    // Two cores on CI: parallel forks of pdf.js and mammoth compete; keep it modest.
    poolOptions: { forks: { maxForks: 2 } },
  },
});
