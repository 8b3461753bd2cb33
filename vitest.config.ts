import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The Wine lane has its own config and command: npm run test:windows.
    // The pty suite assumes a POSIX pty (signals, stty, the app's own escape bytes passing
    // through); Windows' ConPTY re-renders the screen and takes no signals. There the Wine lane,
    // the ConPTY-safe smoke (test/e2e/conpty-smoke.test.ts) and ci.yml's windows-real job cover it.
    exclude: ['test/wine/**', 'node_modules/**', ...(process.platform === 'win32' ? ['test/e2e/**/*.e2e.test.ts'] : [])],
    // e2e tests spawn the built CLI in a pseudo-terminal; give them room on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
