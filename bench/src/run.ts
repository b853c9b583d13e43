/**
 * Benchmark: Capaian vs the floor server, measured in the same run on the same database.
 * Needs DATABASE_URL (PostgreSQL). Seeds a 16,000-pegawai pemda into it when it is empty.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npm run bench
 */
import autocannon from 'autocannon';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/core/config.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from '../../server/src/setup.js';
import { DEMO_PASSWORD } from '../../server/src/seed/generator.js';
import { startFloor } from './floor.js';

const NIP = '199003172015031001';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false' });
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  const database = await openConfiguredDatabase(config, 20);
  await database.migrate();
  if (await isEmpty(database)) {
    const t0 = Date.now();
    const r = await seedDemo(database, 16_000, 7);
    console.log(`seed: ${r.pegawai} pegawai in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const { app } = await buildApp({ database, config, logger: false });
  await app.listen({ port: 3401, host: '127.0.0.1' });
  const floor = await startFloor(database, 3402);

  const login = await fetch('http://127.0.0.1:3401/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nip: NIP, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie.startsWith('capaian_sesi=')) throw new Error(`login failed: ${login.status}`);

  const run = (url: string) =>
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
  // Warm up both, then measure one after the other in this same run.
  await run('http://127.0.0.1:3401/api/v1/profil');
  await run('http://127.0.0.1:3402/profil');
  const ours = await run('http://127.0.0.1:3401/api/v1/profil');
  const base = await run('http://127.0.0.1:3402/profil');

  const row = (name: string, r: autocannon.Result) =>
    `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`;
  console.log(`\nGET profile, ${CONNECTIONS} connections, ${SECONDS} s, PostgreSQL, 16,000 pegawai\n`);
  console.log('| server | req/s | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|');
  console.log(row('Capaian /api/v1/profil', ours));
  console.log(row('floor (same SQL, bare Fastify)', base));
  console.log(`\nratio (Capaian / floor throughput): ${(ours.requests.average / base.requests.average).toFixed(2)}`);
  await app.close();
  await floor.close();
  await database.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
