import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The Wine lane has its own config and command: npm run test:windows.
    exclude: ['test/wine/**', 'node_modules/**'],
    // e2e tests spawn the built CLI in a pseudo-terminal; give them room on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
