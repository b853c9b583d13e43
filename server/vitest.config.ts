import { defineConfig } from 'vitest/config';

// The same API tests run on the embedded PGlite and, when DATABASE_URL is set, on a PostgreSQL
// server. Each test file gets its own database cloned from a migrated, seeded template.
//
// The fault tests (test/gangguan: real server processes killed, a PostgreSQL cluster restarted,
// latency measured) run after the rest, one file at a time, so that what they time is the server
// and not the other test files on the same two cores. `<engine>-*.test.ts` run only on that engine.
const GANGGUAN = 'test/gangguan/**/*.test.ts';
const engines = [
  { name: 'pglite', lain: 'postgres' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', lain: 'pglite' }] : []),
];
const projects = [
  ...engines.map((e) => ({
    extends: true as const,
    test: { name: e.name, env: { TEST_DB: e.name }, include: ['src/**/*.test.ts', 'test/*.test.ts'], sequence: { groupOrder: 0 } },
  })),
  ...engines.map((e, i) => ({
    extends: true as const,
    test: {
      name: `gangguan-${e.name}`,
      env: { TEST_DB: e.name },
      include: [GANGGUAN],
      exclude: ['**/node_modules/**', `test/gangguan/${e.lain}-*.test.ts`],
      fileParallelism: false,
      testTimeout: 300_000,
      sequence: { groupOrder: 1 + i },
    },
  })),
];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects,
  },
});
