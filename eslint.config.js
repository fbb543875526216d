// Lint rules: the recommended sets, type-aware, with no project-wide escape hatches.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'drizzle',
      'drizzle-pg',
      'data',
      'dist',
      'test-artifacts',
      'server/graphql/generated',
      'test/graphql/generated',
      'web/src/gql',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // Plain JavaScript entry points (the read workers' loader): no TypeScript project to check.
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
