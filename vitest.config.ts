import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __DEV_HOSTS__: 'true' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'dev/**/*.test.ts', 'scripts/**/*.test.ts', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['test/support/strings.ts', 'test/support/inlineElements.ts'],
  },
});
