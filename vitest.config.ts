import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    // english-locale: the suite passes under LANG=zh_CN.UTF-8 too (messages follow the locale).
    setupFiles: ['./tests/support/yield-between-tests.ts', './tests/support/english-locale.ts'],
    // Two cores on CI: parallel forks reading PDFs (pdf.js) and Word files compete; keep it modest.
    poolOptions: { forks: { maxForks: 2 } },
  },
});
