import { defineConfig } from 'vitest/config';

/** The win32 lane: the built CLI run by Windows' own Node under Wine (`npm run test:windows`). */
export default defineConfig({
  test: {
    include: ['test/wine/**/*.wine.test.ts'],
    globalSetup: ['test/wine/global-setup.ts'],
    // Wine starts slowly and shares one wineserver: one file at a time, generous timeouts.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
