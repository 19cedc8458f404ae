// Lint with type information (typescript-eslint's project service finds each file's nearest
// tsconfig.json). The rule set is chosen to catch real bugs — promises nobody awaits, awaits of
// things that are not promises, hooks with stale dependencies — rather than to police style,
// which Prettier owns. Run with `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'reference/**', 'packages/web/public/**', '**/coverage/**'],
  },
  {
    // A finding is fixed in the code. The rare exception is one line, names its rule and says why.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: {
      '@eslint-community/eslint-comments/no-use': ['error', { allow: ['eslint-disable-next-line'] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      '@eslint-community/eslint-comments/require-description': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['vitest.config.ts', 'packages/web/vite.config.ts', 'packages/web/precompress.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The no-unsafe-* family flags every use of an `any` (JSON bodies, database rows, third-party
      // callbacks); satisfying it would mean hundreds of type rewrites for little bug-catching value
      // today. Off deliberately, not forgotten.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-unsafe-unary-minus': 'off',
      // The anys that remain sit at the same boundaries (raw SQL rows, JSON payload records, generic
      // variance in the route registry); they go with the no-unsafe-* work, not piecemeal.
      '@typescript-eslint/no-explicit-any': 'off',

      // Promises: every one is awaited, returned, or marked `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],

      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowNever: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The ideographic space (U+3000) is ordinary Chinese typography in comments and display text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true }],
    },
  },
  {
    // Domain tests have their own tsconfig (the package's own excludes them from the build).
    files: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/**/test-support/**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['packages/domain/tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The web takes only types from the HTTP contract: a value import would put zod and every
      // schema into the production bundle. The development check (api/check-response.ts) is the
      // one module that loads the schemas, and only in development.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@zhifa/contract',
              allowTypeImports: true,
              message: 'Import types only: a value import puts the schemas into the production bundle.',
            },
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'Import types only: a value import puts the schemas into the production bundle.',
            },
          ],
        },
      ],
    },
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['packages/web/src/api/check-response.ts', 'packages/web/src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Ant Design's Form `validator` contract is a function returning a promise; an async function
    // that throws is its clearest form, and a synchronous throw would be logged and rethrown by the
    // validation library. Every other async function in the tree still needs an await.
    files: ['packages/web/src/**/*.tsx'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser automation scripts: callbacks passed to page.evaluate run in the page.
    files: ['packages/web/scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
