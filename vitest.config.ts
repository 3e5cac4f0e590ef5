import { defineConfig } from 'vitest/config';

// Two tiers, by file name. `*.int.test.ts` starts a process (the built CLI, LibreOffice, Chromium, xmllint, Python)
// or times a kill; every other `*.test.ts` runs in this process and belongs to `npm run test:unit` (under 60 s).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // LibreOffice and Chromium tests spawn real processes; two cores on CI.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['**/*.int.test.ts'] } },
      { extends: true, test: { name: 'int', include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'] } },
    ],
  },
});
