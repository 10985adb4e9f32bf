// Lint guards what the compiler cannot: hook rules, and the process lines of ARCHITECTURE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3', 'pdfkit', 'exceljs'];
/** Refuses the named modules exactly, and any import matching the patterns. */
const restrict = (names, patterns, message) => [
  'error',
  { paths: names.map((name) => ({ name, message })), patterns: patterns.length ? [{ group: patterns, message }] : [] },
];
const electronEntries = ['**/electron/main', '**/electron/preload'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': restrict(
        NODE_MODULES,
        ['node:*', '**/electron/services/**', '**/electron/db/**', ...electronEntries],
        'The renderer never touches Node: go through the API client.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...NODE_MODULES, 'react', 'react-dom', 'konva', 'react-konva'],
        ['node:*', '**/electron/**', '**/renderer/**'],
        'shared/ is pure TypeScript for both processes.',
      ),
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/db/**/*.ts',
      'electron/handlers/**/*.ts',
      'electron/server/**/*.ts',
      'electron/api/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': restrict(
        ['electron'],
        electronEntries,
        'Only main.ts and preload.ts import electron: tests run this code under plain Node.',
      ),
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['electron'], electronEntries, 'Importing electron under plain Node tries to download its binary.'),
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
