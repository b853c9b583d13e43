/**
 * Benchmark: Capaian vs the floor server, measured in the same run on the same database.
 * The servers run in a child process; autocannon drives them from this one.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npm run bench
 * Seeds a 16,000-pegawai pemda into the database when it is empty.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import { todayIn } from '@capaian/domain';
import { DEMO_PASSWORD } from '../../server/src/seed/generator.js';
import { KLIEN, masukSebagai } from './masuk.js';
import { mulaiServer } from './proses.js';

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
/** Pegawai with an approved SKP and a rencana aksi for this month: who records progress in the POST scenario. */
async function progressFixture(n: number, today: string) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ nip: string; rhk_id: string; ra_id: string }>(
      `SELECT DISTINCT ON (p.nip) p.nip, a.rhk_id, a.id AS ra_id
         FROM skp s JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id
         JOIN rencana_aksi a ON a.instansi_id = s.instansi_id AND a.skp_id = s.id AND a.periode = $1
        WHERE s.status = 'DISETUJUI' AND s.tahun = $2 ORDER BY p.nip, a.id LIMIT $3`,
      [Number(today.slice(5, 7)), Number(today.slice(0, 4)), n],
    );
    return rows;
  } finally {
    await client.end();
  }
}
/** Rencana aksi of one pegawai for every month up to this one (for the 10,000-row import). */
async function importFixture(nip: string, today: string) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; periode_mulai: string; periode_selesai: string }>(
      `SELECT a.id, a.periode_mulai::text, a.periode_selesai::text FROM rencana_aksi a
         JOIN skp s ON s.instansi_id = a.instansi_id AND s.id = a.skp_id
         JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id
        WHERE p.nip = $1 AND s.status = 'DISETUJUI' AND a.periode_mulai <= $2::date ORDER BY a.periode`,
      [nip, today],
    );
    return rows;
  } finally {
    await client.end();
  }
}
/** Service points for the public form scenario (created once, in units that have staff). */
async function titikFixture(n: number) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO titik_layanan (instansi_id, unit_id, nama, kode)
       SELECT instansi_id, id, 'Loket ' || nama,
              'bench' || chr(97 + (rn / 456976) % 26) || chr(97 + (rn / 17576) % 26) || chr(97 + (rn / 676) % 26) || chr(97 + (rn / 26) % 26) || chr(97 + rn % 26)
         FROM (SELECT u.*, row_number() OVER (ORDER BY u.kode)::int AS rn FROM unit_kerja u ORDER BY u.kode LIMIT $1) u
        WHERE NOT EXISTS (SELECT 1 FROM titik_layanan WHERE kode LIKE 'bench%')`,
      [n],
    );
    const { rows } = await client.query<{ kode: string }>(`SELECT kode FROM titik_layanan WHERE kode LIKE 'bench%' ORDER BY kode LIMIT $1`, [n]);
    return rows.map((r) => r.kode);
  } finally {
    await client.end();
  }
}
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** The month-end peak scenarios of issue #5 run at 100 connections. */
const PEAK_CONNECTIONS = Number(process.env.BENCH_PEAK_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3401;
/** Every write to the API carries the client header (403 'asal_ditolak' without it); the floor server ignores it. */

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  // The public-form scenario sends each simulated visitor's address in X-Forwarded-For.
  const { child } = await mulaiServer('serve.ts', { BENCH_PORT: String(PORT), TRUST_PROXY: 'true' });
  try {
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...KLIEN },
      body: JSON.stringify({ nip: NIP, password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (!cookie.startsWith('capaian_sesi=')) throw new Error(`login failed: ${login.status}`);

    const run = (url: string, auth: string, duration = SECONDS, connections = CONNECTIONS) =>
      autocannon({ url, connections, duration, headers: { cookie: auth } });
    const loginAs = (nip: string) => masukSebagai(PORT, nip);
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

    // ---- Month-end peak (issue #5): POST progress and the team board at 100 connections ----
    const today = todayIn('WIB', new Date());
    if (!only || 'POST progress'.includes(only) || 'team board'.includes(only)) {
      const users = await progressFixture(100, today);
      const cookies = await Promise.all(users.map((u) => loginAs(u.nip)));
      let i = 0;
      const postRun = (base: string, path: string, duration: number) =>
        autocannon({
          url: base,
          connections: PEAK_CONNECTIONS,
          duration,
          requests: [
            {
              method: 'POST',
              path,
              setupRequest: (req) => {
                const k = i++ % users.length;
                const u = users[k]!;
                return {
                  ...req,
                  headers: { ...req.headers, ...KLIEN, cookie: cookies[k]!, 'content-type': 'application/json' },
                  body: JSON.stringify({ id: randomUUID(), rhkId: u.rhk_id, rencanaAksiId: u.ra_id, tanggal: today, uraian: 'Melayani pasien rawat jalan', jumlah: 3 }),
                };
              },
            },
          ],
        });
      console.log(`\n${PEAK_CONNECTIONS} connections, ${SECONDS} s each, ${users.length} pegawai posting\n`);
      console.log('| scenario | server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
      if (!only || 'POST progress'.includes(only)) {
        await postRun(`http://127.0.0.1:${PORT}`, '/api/v1/realisasi', 3);
        await postRun(`http://127.0.0.1:${PORT + 1}`, '/realisasi', 3);
        const a = await postRun(`http://127.0.0.1:${PORT}`, '/api/v1/realisasi', SECONDS);
        const b = await postRun(`http://127.0.0.1:${PORT + 1}`, '/realisasi', SECONDS);
        console.log(row('POST progress (no files)', 'Capaian', a));
        console.log(row('POST progress (no files)', 'floor (same SQL, bare Fastify)', b));
        ratios.push(`POST progress: ${(a.requests.average / b.requests.average).toFixed(2)}`);
      }
      if (!only || 'team board'.includes(only)) {
        const ours = `http://127.0.0.1:${PORT}/api/v1/pemantauan/tim`;
        const floor = `http://127.0.0.1:${PORT + 1}/pemantauan/tim`;
        await run(ours, superior, 3, PEAK_CONNECTIONS);
        await run(floor, superior, 3, PEAK_CONNECTIONS);
        const a = await run(ours, superior, SECONDS, PEAK_CONNECTIONS);
        const b = await run(floor, superior, SECONDS, PEAK_CONNECTIONS);
        console.log(row('GET team board (~30 subordinates)', 'Capaian', a));
        console.log(row('GET team board (~30 subordinates)', 'floor (same SQL, bare Fastify)', b));
        ratios.push(`team board: ${(a.requests.average / b.requests.average).toFixed(2)}`);
      }
    }
    console.log(`\nratio (Capaian / floor throughput): ${ratios.join('; ')}`);

    // ---- The public QR form (issue #6): ≥ 1,000 submissions/s with p99 < 50 ms ----
    if (!only || 'public form'.includes(only)) {
      // Real visitors: each device opens the form (cookie + challenge token) for each service point,
      // waits the 3 s a human needs, then submits; addresses rotate so the per-IP limit holds too.
      const kodes = await titikFixture(60);
      const devices = 100;
      const forms: Array<{ kode: string; cookie: string; token: string }> = [];
      for (let d = 0; d < devices; d++) {
        let cookie = '';
        for (const kode of kodes) {
          const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/publik/layanan/${kode}`, { headers: cookie ? { cookie } : {} });
          cookie ||= (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
          const body = (await res.json()) as { tantangan?: { token: string } };
          if (!body.tantangan) throw new Error(`public form ${kode}: HTTP ${res.status} ${JSON.stringify(body)}`);
          forms.push({ kode, cookie, token: body.tantangan.token });
        }
      }
      await new Promise((r) => setTimeout(r, 3500));
      let k = 0;
      const publicRun = (base: string, prefix: string, duration: number, rate?: number) =>
        autocannon({
          url: base,
          connections: CONNECTIONS,
          duration,
          ...(rate ? { overallRate: rate } : {}),
          requests: [
            {
              method: 'POST',
              setupRequest: (req) => {
                const f = forms[k % forms.length]!;
                const ip = `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
                k++;
                return {
                  ...req,
                  path: `${prefix}${f.kode}`,
                  headers: { ...req.headers, ...KLIEN, cookie: f.cookie, 'x-forwarded-for': ip, 'content-type': 'application/json' },
                  body: JSON.stringify({ kecepatan: 5, keramahan: 4, kejelasan: 4, keadilan: 5, komentar: 'Pelayanan cepat', tantangan: f.token }),
                };
              },
            },
          ],
        });
      // Each device may submit 5 times per service point per day: 100 × 60 × 5 = 30,000 submissions in all.
      const secs = Math.min(SECONDS, 5);
      console.log(`\npublic QR form: ${CONNECTIONS} connections, ${secs} s, ${forms.length} open forms\n`);
      console.log('| scenario | server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
      await publicRun(`http://127.0.0.1:${PORT}`, '/api/v1/publik/layanan/', 2, 1000); // warm-up
      const c = await publicRun(`http://127.0.0.1:${PORT}`, '/api/v1/publik/layanan/', secs, 1000);
      console.log(row('POST public form at 1,000/s', 'Capaian', c));
      const a = await publicRun(`http://127.0.0.1:${PORT}`, '/api/v1/publik/layanan/', secs);
      console.log(row('POST public form (max)', 'Capaian', a));
      const b = await publicRun(`http://127.0.0.1:${PORT + 1}`, '/publik/', secs);
      console.log(row('POST public form (max)', 'floor (one INSERT, bare Fastify)', b));
      console.log(`ratio (Capaian / floor, max): ${(a.requests.average / b.requests.average).toFixed(2)}; submissions made: ${k}`);
    }

    // ---- Bulk entry: a 10,000-row XLSX through the API ----
    if (!only || 'import'.includes(only)) {
      const [u] = await progressFixture(1, today);
      const plans = await importFixture(u!.nip, today);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Progres');
      ws.addRow(['tanggal', 'uraian', 'jumlah', 'rencana_aksi_id']);
      for (let r = 0; r < 10_000; r++) {
        const p = plans[r % plans.length]!;
        const end = p.periode_selesai < today ? p.periode_selesai : today;
        const day = Math.min(Number(end.slice(8, 10)), 1 + (r % 28));
        ws.addRow([`${p.periode_mulai.slice(0, 8)}${String(day).padStart(2, '0')}`, `Kegiatan impor ${r + 1}`, 1 + (r % 5), p.id]);
      }
      const file = Buffer.from(await wb.xlsx.writeBuffer());
      const form = new FormData();
      form.append('file', new Blob([file]), 'progres-10000.xlsx');
      const auth = await loginAs(u!.nip);
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/realisasi/impor`, { method: 'POST', headers: { ...KLIEN, cookie: auth }, body: form });
      const ms = performance.now() - t0;
      const body = (await res.json()) as { dibuat?: number; message?: string };
      console.log(`\nimport 10,000-row XLSX (${(file.length / 1024).toFixed(0)} KB): HTTP ${res.status}, ${body.dibuat ?? body.message} rows, ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
