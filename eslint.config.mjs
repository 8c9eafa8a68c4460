// Lint: typescript-eslint's recommended rules everywhere, the rule that keeps
// the core pure (no VS Code, no LSP connection, no Node API under server/src/core),
// and the core's front door: code outside the core imports it only through
// server/src/core/index.ts (tests may reach internals).
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The core is pure: no VS Code API.' },
            ...builtinModules.map((name) => ({ name, message: 'The core is pure: no Node API.' })),
          ],
          patterns: [
            { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The core is pure: only the lsp/ layer knows LSP.' },
            { group: ['node:*'], message: 'The core is pure: no Node API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'media/**/*.ts', 'bench/**/*.ts', 'bench/**/*.mjs'],
    ignores: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index'],
              message: 'Import the core through its entry module (server/src/core/index.ts), not the files behind it.',
            },
          ],
        },
      ],
    },
  },
);
