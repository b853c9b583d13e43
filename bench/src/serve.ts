/**
 * The servers under test, in their own process (the load generator must not share their event
 * loop): Capaian on BENCH_PORT, the floor on BENCH_PORT + 1. Prints "ready" when both listen.
 */
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/core/config.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from '../../server/src/setup.js';
import { startFloor } from './floor.js';
import { fillRealisasi } from './fill.js';

const port = Number(process.env.BENCH_PORT ?? 3401);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false' });
if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
const database = await openConfiguredDatabase(config, Number(process.env.BENCH_POOL ?? 10));
await database.migrate();
if (await isEmpty(database)) {
  const t0 = Date.now();
  // Execution data is filled in SQL below (the JS demo generator is for small pemda).
  const r = await seedDemo(database, 16_000, 7, new Date().getFullYear(), false);
  console.log(`seed: ${r.pegawai} pegawai in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
await fillRealisasi(config.databaseUrl, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
const { app } = await buildApp({ database, config, logger: false });
await app.listen({ port, host: '127.0.0.1' });
await startFloor(database, port + 1);
console.log('ready');
process.on('SIGTERM', () => process.exit(0));
