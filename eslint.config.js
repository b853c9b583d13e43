import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** The web app's feature folders (web/src/features/<feature>): each may use only itself, components/ and lib/. */
const WEB_FEATURES = readdirSync(new URL('./web/src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/**
 * The server's feature folders (server/src/<feature>): every folder but the shared layers —
 * core/ (cross-cutting), db/ (schema, client, shared SQL fragments), dokumen/ (the PDF toolkit),
 * seed/ (the demo generator, which writes every table).
 */
const SERVER_SHARED = new Set(['core', 'db', 'dokumen', 'seed']);
const SERVER_FEATURES = readdirSync(new URL('./server/src/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !SERVER_SHARED.has(d.name))
  .map((d) => d.name)
  .sort();

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An import of one of `features` by alias (`@/features/<b>/…`) or by a relative path climbing out of
 * the importing feature (`../../<b>/…`, `../../../features/<b>/…`).
 */
const featureImport = (features) =>
  `^(?:@/features/|(?:\\.\\./)+(?:features/)?)(?:${features.map(escapeRegex).join('|')})(?:/|$)`;

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'data/**', 'server/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Configuration is read once, in server/src/core/config.ts; nothing else reads process.env.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/cli.ts', 'server/src/core/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through loadConfig().' }],
    },
  },
  {
    // The web app takes the API's types from the contract, never its code: the Zod schemas (and
    // zod with them) stay out of the bundle. `import type { X }` only: an inline `import { type X }`
    // would still leave `import '…'` behind under verbatimModuleSyntax.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@capaian/contract', '@capaian/contract/*'],
              allowTypeImports: true,
              message: 'The web app imports the contract with `import type` only (no schema code in the bundle).',
            },
          ],
        },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  // Features do not import each other: what two features share lives in web/src/components or
  // web/src/lib, a type they share comes from the contract, and web/src/app composes features.
  ...WEB_FEATURES.map((feature) => ({
    files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: featureImport(WEB_FEATURES.filter((f) => f !== feature)),
              message: `A feature does not import another feature (this file is in features/${feature}): move what they share to @/components or @/lib, take shared types from @capaian/contract, or compose the two in @/app.`,
            },
          ],
        },
      ],
    },
  })),
  // Server features reach each other only through their service (the public functions and the
  // service object) or their policy (pure who-may-do-what rules, e.g. for `me.can`): never another
  // feature's repository, routes or internals. Shared code lives in core/, db/ or dokumen/.
  ...SERVER_FEATURES.map((feature) => ({
    files: [`server/src/${feature}/**/*.ts`],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(?:${SERVER_FEATURES.filter((f) => f !== feature).map(escapeRegex).join('|')})/(?!(?:service|policy)\\.js$)`,
              message: `A server feature uses another only through its service.js (or its policy.js); this file is in server/src/${feature}. Move shared code to core/, db/ or dokumen/.`,
            },
          ],
        },
      ],
    },
  })),
  {
    // The shared layers never depend on a feature's internals either (core/jobs.ts uses notifikasi's service).
    files: ['server/src/core/**/*.ts', 'server/src/db/**/*.ts', 'server/src/dokumen/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(?:${SERVER_FEATURES.map(escapeRegex).join('|')})/(?!service\\.js$)`,
              message: 'core/, db/ and dokumen/ use a feature only through its service.js.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared pieces below the features: they never depend on one.
    files: ['web/src/components/**/*.{ts,tsx}', 'web/src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:@/features|(?:\\.\\./)+features)(?:/|$)',
              message: 'web/src/components and web/src/lib do not import features (compose them in @/app).',
            },
          ],
        },
      ],
    },
  },
);
