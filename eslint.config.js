import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'tmp/', 'node_modules/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The SDK is touched by the host layer only; every other layer sees HostClient.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/host/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zendesk_app_framework_sdk', message: 'Only src/host talks to the SDK.' }] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'dev/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
