// Lint: correctness rules plus the layer rules of DESIGN.md, which are rules here, not wishes.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { houseRules } from './eslint/house-rules.mjs'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

const noElectron = {
  name: 'electron',
  message: 'Seul src-main/electron/ importe electron : les handlers et le cœur tournent sans Electron.',
}

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'native/', 'node_modules/', 'reports/', 'test-results/', 'migrations/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    // The bin shim is plain CommonJS so that `encaisse` runs with any Node, no loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src-main/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  { plugins: { house: houseRules } },
  {
    // Layers: the CLI is a transport like the others; handlers and the host do not reach into it.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/cli/**'],
    rules: { 'house/no-cli-import': 'error' },
  },
  {
    // One way to reach the database: named queries under src-main/data/.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/data/**'],
    rules: { 'house/sql-in-data': 'error' },
  },
  {
    // One clock: ctx.today() and ctx.now(), which tests and ENCAISSE_TODAY control.
    files: ['src-main/handlers/**/*.ts', 'src-main/domain/**/*.ts', 'src-main/data/**/*.ts'],
    rules: { 'house/clock-from-ctx': 'error' },
  },
  {
    // The renderer calls channels one way: useQuery / useMutation (src-renderer/use-channel.ts);
    // page-level stores may call invoke themselves. The upload sends a file in slices and the
    // print batch and outbox follow jobs step by step: they call invoke in sequence on purpose.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    ignores: [
      'src-renderer/use-channel.ts',
      'src-renderer/stores/**',
      'src-renderer/import-upload.ts',
      'src-renderer/components/letters/Outbox.tsx',
      'src-renderer/components/letters/PrintBatch.tsx',
    ],
    rules: { 'house/channel-through-hooks': 'error' },
  },
  {
    files: ['src-shared/**/*.ts', 'src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Pas de module Node dans src-shared ni dans src-renderer : ils tournent dans le navigateur.',
            })),
            { name: 'better-sqlite3', message: 'Le rendu ne touche jamais SQLite : il appelle un canal.' },
            { name: 'drizzle-orm', message: 'Le rendu ne touche jamais SQLite : il appelle un canal.' },
          ],
          patterns: [
            { group: ['**/src-main/**', '../src-main/*'], message: 'Le rendu et le contrat ne dépendent pas du cœur (src-main).' },
          ],
        },
      ],
    },
  },
)
