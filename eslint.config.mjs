// Lint: typescript-eslint's recommended rules everywhere, and the rule that keeps
// the core pure: no VS Code, no LSP connection, no Node API under server/src/core.
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
);
