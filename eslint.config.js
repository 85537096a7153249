// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * Layering (see ARCHITECTURE.md, "Layers and who may import whom"):
 *   core ← data ← engine ← workers,   engine types ← client ← state ← charts/components ← workbook ← App.
 * Each folder gets one `no-restricted-imports` entry. Relative imports are matched with
 * gitignore-style globs that catch `../engine/x.ts` and `../../engine/x.ts` alike.
 */

/** Relative imports into another layer's folder (any depth of `../`). */
const layer = (name) => [`**/${name}/*`, `**/${name}/**/*`];

/**
 * The engine's folder minus its contract: `engine/api.ts` holds the shared types (and the
 * ROLES / COLUMN_TYPES lists) that every layer speaks. Negation works because the positive
 * globs match files, not the `engine/` folder itself.
 */
const engineInternals = [...layer('engine'), '!**/engine/api.ts', '!**/engine/api'];

/** Bare package names and their subpaths; the leading `/` anchors them so `../svelte/x` is not a package. */
const pkg = (name) => [`/${name}`, `/${name}/**`];

const packages = {
  svelte: ['/svelte', '/svelte/**', '/svelte-*', '/svelte-*/**'],
  comlink: pkg('comlink'),
  plot: pkg('@observablehq/plot'),
  papaparse: pkg('papaparse'),
  arrow: pkg('apache-arrow'),
};

/**
 * @param {string} folder
 * @param {string} why
 * @param {string[][]} groups
 */
function restrictImports(folder, why, ...groups) {
  return {
    name: `churnscope/layering/${folder}`,
    files: [`${folder}/**/*.{js,ts,svelte}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: groups.flat(), message: `${folder} ${why} (ARCHITECTURE.md, "Layers").` }] },
      ],
    },
  };
}

const layering = [
  restrictImports(
    'src/core',
    'holds pure kernels: typed arrays in, typed results out; only engine/api.ts types from outside',
    layer('data'),
    engineInternals,
    layer('state'),
    layer('client'),
    layer('charts'),
    layer('components'),
    packages.svelte,
    packages.comlink,
    packages.plot,
    packages.papaparse,
    packages.arrow,
  ),
  restrictImports(
    'src/sql',
    'generates SQL text: pure like core (core and engine/api.ts types only), no engine, data, Arrow or Comlink',
    layer('data'),
    engineInternals,
    layer('state'),
    layer('client'),
    layer('charts'),
    layer('components'),
    packages.svelte,
    packages.comlink,
    packages.plot,
    packages.papaparse,
    packages.arrow,
  ),
  restrictImports(
    'src/data',
    'is the Arrow boundary and may use core and engine/api.ts only',
    engineInternals,
    layer('state'),
    layer('client'),
    layer('charts'),
    layer('components'),
    packages.svelte,
    packages.comlink,
    packages.plot,
  ),
  restrictImports(
    'src/engine',
    'must stay synchronous, DOM-free and Comlink-free so it runs in a worker, in Node and in the CLI',
    layer('state'),
    layer('client'),
    layer('charts'),
    layer('components'),
    packages.svelte,
    packages.comlink,
    packages.plot,
  ),
  restrictImports(
    'workers',
    'are thin adapters: the engine plus Comlink, nothing else',
    layer('core'),
    layer('data'),
    layer('state'),
    layer('client'),
    layer('charts'),
    layer('components'),
    layer('i18n'),
    packages.svelte,
    packages.plot,
    packages.papaparse,
    packages.arrow,
  ),
  restrictImports(
    'src/client',
    'talks to the worker and may see only the engine contract (engine/api.ts)',
    layer('core'),
    layer('data'),
    engineInternals,
    layer('state'),
    layer('charts'),
    layer('components'),
  ),
  restrictImports(
    'src/state',
    'reaches the engine only through the injected client; engine/api.ts types are allowed',
    layer('core'),
    layer('data'),
    engineInternals,
    layer('charts'),
    layer('components'),
    packages.comlink,
  ),
  restrictImports(
    'src/charts',
    'turn results into Plot options; engine/api.ts types are allowed',
    layer('core'),
    layer('data'),
    engineInternals,
    layer('client'),
    layer('state'),
    packages.comlink,
  ),
  restrictImports(
    'src/components',
    'are generic UI; they reach data through state and the client, and may use engine/api.ts types',
    layer('core'),
    layer('data'),
    engineInternals,
    layer('workbook'),
    packages.comlink,
  ),
  restrictImports(
    'src/workbook',
    'is the workbook of cells; it asks the engine through state, and may use engine/api.ts types',
    layer('core'),
    layer('data'),
    engineInternals,
    layer('client'),
    packages.comlink,
  ),
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.scratch/',
      '.bench-data/',
      'coverage/',
      'test-results/',
      'screenshots/',
      '.svelte-kit/',
      'public/samples/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Flags every local Set/Map/URLSearchParams, including throwaway ones inside functions and
      // `$state.raw` values that are replaced rather than mutated; this codebase does the latter.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    // A chart component mounts the element Plot returns into its host: that is the one DOM write.
    files: ['src/charts/**/*.svelte'],
    rules: { 'svelte/no-dom-manipulating': 'off' },
  },
  {
    // Fuzzers and bad-input tests build strings with NUL and other control characters on purpose.
    files: ['tests/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['workers/**'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['cli/**', 'bench/**', 'tests/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layering,
);
