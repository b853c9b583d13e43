/**
 * The team board serially (issue #15, roll-ups): three pejabat with about 5, 30 and 100 direct
 * subordinates on the 16,000-pegawai pemda with a year of daily progress (bench/src/fill.ts), one
 * request at a time, Capaian and the floor server (the same SQL on bare Fastify) in one run.
 * Target: p99 < 25 ms for each team; the cost no longer grows with the year's entries.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npm run bench:papan
 */
import autocannon from 'autocannon';
import pg from 'pg';
import type { TimResult } from '@capaian/contract/pemantauan';
import { masukSebagai } from './masuk.js';
import { mulaiServer } from './proses.js';

const PORT = 3421;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const UKURAN = [5, 30, 100];

/** The head of a unit whose staff count is closest to `n` (active, with an approved SKP). */
async function pejabat(client: pg.Client, n: number): Promise<string> {
  const { rows } = await client.query<{ nip: string }>(
    `SELECT p.nip FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
      WHERE j.kepala_unit AND p.status = 'AKTIF'
      ORDER BY abs((SELECT count(*) FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id
                     WHERE k.unit_id = j.unit_id AND NOT k.kepala_unit AND q.status = 'AKTIF') - $1), p.nip LIMIT 1`,
    [n],
  );
  if (!rows[0]) throw new Error(`no head of a unit of about ${n}`);
  return rows[0].nip;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  const { child } = await mulaiServer('serve.ts', { BENCH_PORT: String(PORT) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ realisasi, rekap }] = (
      await client.query<{ realisasi: string; rekap: string }>('SELECT (SELECT count(*) FROM realisasi) AS realisasi, (SELECT count(*) FROM realisasi_bulanan) AS rekap')
    ).rows as [{ realisasi: string; rekap: string }];
    console.log(`\n${Number(realisasi).toLocaleString('en')} realisasi, ${Number(rekap).toLocaleString('en')} roll-up rows; 1 connection, ${SECONDS} s each\n`);
    console.log('| team | server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
    const ratios: string[] = [];
    let tercapai = true;
    for (const n of UKURAN) {
      const nip = await pejabat(client, n);
      const cookie = await masukSebagai(PORT, nip);
      const ours = `http://127.0.0.1:${PORT}/api/v1/pemantauan/tim`;
      const floor = `http://127.0.0.1:${PORT + 1}/pemantauan/tim`;
      const res = await fetch(ours, { headers: { cookie } });
      if (!res.ok) throw new Error(`team board for ${nip}: HTTP ${res.status}`);
      const anggota = ((await res.json()) as TimResult).anggota.length;
      const run = (u: string, duration: number) => autocannon({ url: u, connections: 1, duration, headers: { cookie } });
      await run(ours, 2);
      await run(floor, 2);
      const a = await run(ours, SECONDS);
      const b = await run(floor, SECONDS);
      const row = (name: string, r: autocannon.Result) =>
        `| ${anggota} subordinates | ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
      console.log(row('Capaian', a));
      console.log(row('floor (same SQL, bare Fastify)', b));
      ratios.push(`${anggota}: ${(a.requests.average / b.requests.average).toFixed(2)}`);
      if (a.latency.p99 >= 25 || a.non2xx + a.errors > 0) tercapai = false;
    }
    console.log(`\nratio (Capaian / floor throughput) by team size: ${ratios.join('; ')}`);
    console.log(`target p99 < 25 ms for every team: ${tercapai ? 'met' : 'NOT met'}`);
  } finally {
    await client.end();
    child.kill('SIGTERM');
  }
}

await main();
