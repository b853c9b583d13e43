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

/**
 * The superior with the team closest to 30 subordinates, and an SKP of 10 RHK × 3 indicators
 * that they may read (one of their subordinates', filled up to that size once).
 */
async function benchFixture(): Promise<{ superiorNip: string; skpId: string }> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ nip: string; pegawai_id: string; instansi_id: string; unit_id: string }>(
      `SELECT p.nip, p.id AS pegawai_id, p.instansi_id, j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
        WHERE j.kepala_unit AND p.status = 'AKTIF'
        ORDER BY abs((SELECT count(*) FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id
                       WHERE k.unit_id = j.unit_id AND NOT k.kepala_unit) - 30) LIMIT 1`,
    );
    const sup = rows[0];
    if (!sup) throw new Error('no superior found');
    const staff = await client.query<{ skp_id: string; rhk: number }>(
      `SELECT s.id AS skp_id, (SELECT count(*) FROM rhk r WHERE r.skp_id = s.id)::int AS rhk
         FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id
         JOIN skp s ON s.instansi_id = q.instansi_id AND s.pegawai_id = q.id
        WHERE k.unit_id = $1 AND NOT k.kepala_unit ORDER BY q.nip LIMIT 1`,
      [sup.unit_id],
    );
    const target = staff.rows[0];
    if (!target) throw new Error('no subordinate SKP found');
    for (let i = target.rhk; i < 10; i++) {
      const r = await client.query<{ id: string }>(
        `INSERT INTO rhk (instansi_id, skp_id, jenis, uraian, urutan) VALUES ($1, $2, 'UTAMA', $3, $4) RETURNING id`,
        [sup.instansi_id, target.skp_id, `RHK uji beban ${i + 1}`, i],
      );
      for (let k = 0; k < 3; k++)
        await client.query(
          `INSERT INTO indikator_kinerja (instansi_id, rhk_id, aspek, uraian, target_nilai, target_satuan, urutan) VALUES ($1, $2, 'KUANTITAS', $3, '100', 'persen', $4)`,
          [sup.instansi_id, r.rows[0]!.id, `Indikator ${k + 1} dari RHK ${i + 1}`, k],
        );
    }
    return { superiorNip: sup.nip, skpId: target.skp_id };
  } finally {
    await client.end();
  }
}
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

    const run = (url: string, auth: string, duration = SECONDS) =>
      autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie: auth } });
    const loginAs = async (nip: string) => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nip, password: DEMO_PASSWORD }),
      });
      const c = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (!c.startsWith('capaian_sesi=')) throw new Error(`login ${nip} failed: ${res.status}`);
      return c;
    };
    const { superiorNip, skpId } = await benchFixture();
    const superior = await loginAs(superiorNip);
    const scenarios: Array<[name: string, ours: string, floor: string, auth: string]> = [
      ['GET profile', '/api/v1/profil', '/profil', cookie],
      ['GET team SKP view (~30 subordinates)', '/api/v1/skp/tim', '/skp/tim', superior],
      ['GET SKP, 10 RHK × 3 indicators', `/api/v1/skp/${skpId}`, `/skp/${skpId}`, superior],
    ];
    const only = process.env.BENCH_ONLY;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL, 16,000 pegawai with SKPs\n`);
    console.log('| scenario | server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
    const row = (scenario: string, name: string, r: autocannon.Result) =>
      `| ${scenario} | ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
    const ratios: string[] = [];
    for (const [name, oursPath, floorPath, auth] of scenarios) {
      if (only && !name.includes(only)) continue;
      const ours = `http://127.0.0.1:${PORT}${oursPath}`;
      const floor = `http://127.0.0.1:${PORT + 1}${floorPath}`;
      // Warm up both (prepared statements, JIT), then measure one after the other in this run.
      await run(ours, auth, 3);
      await run(floor, auth, 3);
      const a = await run(ours, auth);
      const b = await run(floor, auth);
      console.log(row(name, 'Capaian', a));
      console.log(row(name, 'floor (same SQL, bare Fastify)', b));
      ratios.push(`${name}: ${(a.requests.average / b.requests.average).toFixed(2)}`);
    }
    console.log(`\nratio (Capaian / floor throughput): ${ratios.join('; ')}`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
