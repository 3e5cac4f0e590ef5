import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // LibreOffice and Chromium tests spawn real processes; two cores on CI.
    maxWorkers: 2,
  },
});
