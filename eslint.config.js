// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/** Every folder of src/features: a new feature is kept apart from the others without being listed here. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** Layers: app → features → components → lib → workers, persistence → domain (.dependency-cruiser.cjs checks every import). */
const uiLibraries = ['react', 'react-dom', 'react-router', 'recharts', 'zustand', 'nuqs', 'idb-keyval', '@tanstack/*', 'comlink'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // A file that grows past this is two concepts: split it by concept (tests included).
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no UI, no storage, no features.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: uiLibraries, message: 'src/domain is pure TypeScript: no UI or storage libraries.' },
          { group: ['**/features/**', '**/components/**', '**/app/**', '**/persistence/**', '**/workers/**'], message: 'src/domain must not import outer layers.' },
        ],
      }],
    },
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react-dom', 'recharts', 'zustand', '**/features/**', '**/components/**', '**/app/**'], message: 'persistence depends on domain only.' }],
      }],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/features/**', '**/components/**', '**/app/**'], message: 'lib/ and workers/ are shared layers: they must not import components, features or the app shell.' }],
      }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/features/**', '**/app/**'], message: 'shared components must not import features or the app shell.' }],
      }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: features.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}`, `**/features/${f}/**`]),
          message: 'Features do not import each other; move shared code to components/ or domain/.',
        }],
      }],
    },
  })),
);
