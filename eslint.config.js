// ESLint flat config: the recommended JavaScript and typescript-eslint rules. Not type-aware: type-aware linting
// takes three times as long, and `npm run typecheck` already checks the types.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'demo-output/', 'node_modules/', 'schemas/', 'test/fixtures/', '.ci/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // A leading underscore marks what is unused on purpose (a parameter a signature needs, a skipped element).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Sanitising XML and terminal text means matching control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  // The launcher is CommonJS on purpose (bin/indicators.cjs: it skips Node's ES module loader at every start).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
