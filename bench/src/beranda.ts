/**
 * Benchmark: the homes and the BKPSDM command centre (issue 14) against the floor server running
 * the same SQL, measured one after the other in the same run on the same database.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npm run bench:beranda -w @capaian/bench
 * The servers run in a child process (bench/src/beranda-serve.ts: the 16,000-pegawai pemda of
 * `bukaPemdaBench` with a year of progress and the annual period open); autocannon drives them
 * from this one at BENCH_CONNECTIONS (20) connections, BENCH_SECONDS (10) s per server after a
 * 3 s warm-up of each. Targets: p99 < 150 ms, throughput ≥ 0.5 × the floor's.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { masukSebagai } from './masuk.js';
import { mulaiServer } from './proses.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3411);
const P99_MS = 150;
const RASIO = 0.5;
/** Every write to the API carries the client header; the login is one. */

interface Tokoh {
  nip: string;
  nama: string;
  keterangan: string;
}

/**
 * Who opens the homes: a pegawai with an approved SKP in the pejabat penilai's team; the head with
 * the team closest to 30 (as bench/src/run.ts picks); the head of the largest dinas or badan (by
 * active pegawai of its subtree, not descending into another perangkat daerah); the head of the
 * sekretariat daerah; BKPSDM's administrator.
 */
async function tokoh() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
      const { rows } = await client.query<T>(text, values);
      if (!rows[0]) throw new Error(`fixture not found: ${text.slice(0, 80)}`);
      return rows[0];
    };
    const penilai = await one<Tokoh & { unit_id: string; tim: number }>(
      `SELECT p.nip, p.nama, j.unit_id,
              (SELECT count(*) FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id WHERE k.unit_id = j.unit_id AND NOT k.kepala_unit)::int AS tim
         FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
        WHERE j.kepala_unit AND p.status = 'AKTIF'
        ORDER BY abs((SELECT count(*) FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id
                       WHERE k.unit_id = j.unit_id AND NOT k.kepala_unit) - 30), p.nip LIMIT 1`,
    );
    const pegawai = await one<Tokoh>(
      `SELECT q.nip, q.nama FROM pegawai q JOIN jabatan k ON k.instansi_id = q.instansi_id AND k.id = q.jabatan_id
         JOIN skp s ON s.instansi_id = q.instansi_id AND s.pegawai_id = q.id AND s.tahun = $2 AND s.status = 'DISETUJUI'
        WHERE k.unit_id = $1 AND NOT k.kepala_unit AND q.status = 'AKTIF' ORDER BY q.nip LIMIT 1`,
      [penilai.unit_id, new Date().getFullYear()],
    );
    const pd = await client.query<{ id: string; nama: string; jenis: string; pegawai: number }>(
      `WITH RECURSIVE t AS (
          SELECT u.id AS root_id, u.id AS unit_id FROM unit_kerja u WHERE u.perangkat_daerah
          UNION ALL
          SELECT t.root_id, c.id FROM unit_kerja c JOIN t ON c.parent_id = t.unit_id WHERE NOT c.perangkat_daerah)
       SELECT r.id, r.nama, r.jenis, count(p.id)::int AS pegawai FROM t
         JOIN unit_kerja r ON r.id = t.root_id
         JOIN jabatan j ON j.unit_id = t.unit_id
         JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
        GROUP BY r.id, r.nama, r.jenis ORDER BY pegawai DESC`,
    );
    const kepalaDari = (unitId: string) =>
      one<Tokoh>(
        `SELECT p.nip, p.nama FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
          WHERE j.unit_id = $1 AND j.kepala_unit AND p.status = 'AKTIF' ORDER BY p.nip LIMIT 1`,
        [unitId],
      );
    const dinas = pd.rows.find((u) => u.jenis === 'DINAS' || u.jenis === 'BADAN');
    const setda = pd.rows.find((u) => u.jenis === 'SEKRETARIAT_DAERAH');
    if (!dinas || !setda) throw new Error('no dinas or sekretariat daerah');
    const admin = await one<Tokoh>(
      `SELECT a.nip, p.nama FROM user_account a
         JOIN user_role r ON r.instansi_id = a.instansi_id AND r.user_id = a.id AND r.role = 'ADMIN_BKPSDM'
         JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id ORDER BY a.nip LIMIT 1`,
    );
    const total = await one<{ n: number }>(`SELECT count(*)::int AS n FROM pegawai WHERE status NOT IN ('PENSIUN', 'NONAKTIF')`);
    return {
      pegawai: { ...pegawai, keterangan: 'pegawai with an approved SKP' },
      penilai: { ...penilai, keterangan: `pejabat penilai, ${penilai.tim} subordinates` },
      kadis: { ...(await kepalaDari(dinas.id)), keterangan: `head of ${dinas.nama} (${dinas.pegawai} pegawai, the largest dinas)` },
      dinasId: dinas.id,
      sekda: { ...(await kepalaDari(setda.id)), keterangan: `sekda: the whole pemda (${total.n} pegawai)` },
      admin: { ...admin, keterangan: 'ADMIN_BKPSDM' },
    };
  } finally {
    await client.end();
  }
}

/** Waits until no query of the benchmark database is running (other than this one). */
async function diam() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Three quiet looks in a row: a request between two of its queries is not "active" for a moment.
    for (let diamBerturut = 0; diamBerturut < 3; ) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      diamBerturut = rows[0]!.n === 0 ? diamBerturut + 1 : 0;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  const { child, selesai: exited } = await mulaiServer('beranda-serve.ts', { BENCH_PORT: String(PORT) });
  try {
    const t = await tokoh();
    const loginAs = (nip: string) => masukSebagai(PORT, nip);
    const daftarQuery = `indikator=BELUM_LAPOR&lingkup=unit&unitId=${t.dinasId}&page=1&pageSize=25`;
    const scenarios: Array<[name: string, ours: string, floor: string, who: Tokoh]> = [
      ['GET /beranda/saya', '/api/v1/beranda/saya', '/beranda/saya', t.pegawai],
      ['GET /beranda/penilai', '/api/v1/beranda/penilai', '/beranda/penilai', t.penilai],
      ['GET /beranda/pimpinan (kepala dinas)', '/api/v1/beranda/pimpinan', '/beranda/pimpinan', t.kadis],
      ['GET /beranda/pimpinan (sekda)', '/api/v1/beranda/pimpinan', '/beranda/pimpinan', t.sekda],
      ['GET /beranda/pusat-kendali', '/api/v1/beranda/pusat-kendali', '/beranda/pusat-kendali', t.admin],
      ['GET /beranda/daftar (belum lapor, the dinas, page 1 of 25)', `/api/v1/beranda/daftar?${daftarQuery}`, `/beranda/daftar?${daftarQuery}`, t.kadis],
    ];
    const only = process.env.BENCH_ONLY;
    const cookies = new Map<string, string>();
    for (const [, , , who] of scenarios) if (!cookies.has(who.nip)) cookies.set(who.nip, await loginAs(who.nip));

    // One request of each, serially, from both servers: both answer 200, and the time of one request alone.
    console.log('\n| scenario | who | Capaian: status, bytes, one request ms | floor: status, bytes, one request ms |\n|---|---|---|---|');
    for (const [name, oursPath, floorPath, who] of scenarios) {
      if (only && !name.includes(only)) continue;
      const satu = async (url: string) => {
        await fetch(url, { headers: { cookie: cookies.get(who.nip)! } }).then((r) => r.arrayBuffer());
        const t0 = performance.now();
        const r = await fetch(url, { headers: { cookie: cookies.get(who.nip)! } });
        const body = await r.arrayBuffer();
        return `${r.status}, ${body.byteLength}, ${(performance.now() - t0).toFixed(1)}`;
      };
      console.log(`| ${name} | ${who.nama} (${who.keterangan}) | ${await satu(`http://127.0.0.1:${PORT}${oursPath}`)} | ${await satu(`http://127.0.0.1:${PORT + 1}${floorPath}`)} |`);
    }

    // The slowest homes take seconds per request at 20 connections: no timeout within the run, and
    // before each run the database is left to finish what the run before abandoned (autocannon
    // closes its connections at the end; the server still answers the requests in flight).
    const run = async (url: string, auth: string, duration = SECONDS) => {
      await diam();
      return autocannon({ url, connections: CONNECTIONS, duration, timeout: 120, headers: { cookie: auth } });
    };
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each after a 3 s warm-up of each server, PostgreSQL, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log('| scenario | Capaian req/s | p50 ms | p99 ms | floor req/s | floor p50 ms | floor p99 ms | ratio | answered (Capaian/floor) | errors | p99 < 150 ms | ≥ 0.5 × floor |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [name, oursPath, floorPath, who] of scenarios) {
      if (only && !name.includes(only)) continue;
      const auth = cookies.get(who.nip)!;
      const ours = `http://127.0.0.1:${PORT}${oursPath}`;
      const floor = `http://127.0.0.1:${PORT + 1}${floorPath}`;
      await run(ours, auth, 3);
      await run(floor, auth, 3);
      const a = await run(ours, auth);
      const b = await run(floor, auth);
      const ratio = a.requests.average / b.requests.average;
      console.log(
        `| ${name} | ${a.requests.average.toFixed(0)} | ${a.latency.p50} | ${a.latency.p99} | ${b.requests.average.toFixed(0)} | ${b.latency.p50} | ${b.latency.p99} | ${ratio.toFixed(2)} | ${a.requests.total}/${b.requests.total} | ${a.non2xx + a.errors}/${b.non2xx + b.errors} | ${a.latency.p99 < P99_MS ? 'met' : 'not met'} | ${ratio >= RASIO ? 'met' : 'not met'} |`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
