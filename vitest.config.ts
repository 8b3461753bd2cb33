import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // e2e tests spawn the built CLI in a pseudo-terminal; give them room on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
