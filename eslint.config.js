import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layering of docs/design.md that ESLint holds as you type (test/unit/layering.test.ts holds all of it). */
const noEmulators = {
  group: ['**/emulators/**'],
  message: 'The product never imports the stand-ins (docs/design.md "Layering").',
};
const noToolkit = {
  group: ['@actions/*', '**/node_modules/@actions/**'],
  message: 'Only shared/src/action and shared/src/transfer know GitHub Actions (docs/design.md "Layering").',
};
const noWork = {
  group: [
    '../operations/*',
    '../batch/*',
    '../byok/*',
    '../files/*',
    '../transfer/*',
    '@azure/*',
    'pkcs11js',
    'yaml',
  ],
  message:
    'A request reader loads input rules only: a refused step loads none of the work (docs/design.md "Rules").',
};

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['shared/**/*.ts', 'action-*/**/*.ts'],
    ignores: ['shared/src/action/**', 'shared/src/transfer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulators, noToolkit] }] },
  },
  {
    files: ['shared/src/action/**/*.ts', 'shared/src/transfer/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulators] }] },
  },
  {
    files: ['shared/src/byok/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noEmulators,
            noToolkit,
            {
              group: ['../azure/*', '../hsm/*'],
              message: 'The .byok format knows no vault and no HSM (docs/design.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/src/requests/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulators, noToolkit, noWork] }] },
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['cli/src/commands/demo-run.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEmulators, noToolkit] }] },
  },
);
