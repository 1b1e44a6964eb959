import { defineConfig } from 'vitest/config';

// End-to-end tests: one workbench (built app + host page) for the run, real Chromium per file.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores are shared by Chromium, the servers and the tests.
    fileParallelism: false,
  },
});
