/**
 * Benchmark: Capaian vs the floor server, measured in the same run on the same database.
 * The servers run in a child process; autocannon drives them from this one.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npm run bench
 * Seeds a 16,000-pegawai pemda into the database when it is empty.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../../server/src/seed/generator.js';

const NIP = '199003172015031001';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3401;

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'serve.ts')], {
    env: { ...process.env, BENCH_PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      if (d.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
  });
  try {
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip: NIP, password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (!cookie.startsWith('capaian_sesi=')) throw new Error(`login failed: ${login.status}`);

    const run = (url: string, duration = SECONDS) => autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie } });
    const ours = `http://127.0.0.1:${PORT}/api/v1/profil`;
    const floor = `http://127.0.0.1:${PORT + 1}/profil`;
    // Warm up both (prepared statements, JIT), then measure one after the other in this run.
    await run(ours, 3);
    await run(floor, 3);
    const a = await run(ours);
    const b = await run(floor);

    const row = (name: string, r: autocannon.Result) =>
      `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
    console.log(`\nGET profile, ${CONNECTIONS} connections, ${SECONDS} s, PostgreSQL, 16,000 pegawai\n`);
    console.log('| server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
    console.log(row('Capaian /api/v1/profil', a));
    console.log(row('floor (same SQL, bare Fastify)', b));
    console.log(`\nratio (Capaian / floor throughput): ${(a.requests.average / b.requests.average).toFixed(2)}`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
