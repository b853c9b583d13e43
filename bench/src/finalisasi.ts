/**
 * Benchmark: finalising a whole pemda's annual assessment (issue #6): predicates, the curve check
 * of every unit and the summaries, through the service BKPSDM calls (POST
 * /penilaian/periode/:id/finalisasi-massal), on PostgreSQL.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npx tsx bench/src/finalisasi.ts
 *   DATABASE_URL=…/capaian_bench_prov BENCH_PEGAWAI=100000 npx tsx bench/src/finalisasi.ts
 * Seeds the pemda when the database is empty, opens the annual period (timed), sets every unit's
 * capaian organisasi and every rating in SQL (one Butuh Perbaikan per unit, ~70% Baik, the rest
 * Sangat Baik), then times the finalisation, then deletes the period again (a finalised year locks
 * its progress, which the POST benchmark writes).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../server/src/core/config.js';
import { createServices } from '../../server/src/core/services.js';
import type { Actor } from '../../server/src/core/actor.js';
import { queryRows } from '../../server/src/db/client.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from '../../server/src/setup.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', JOBS: 'false' });
if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
const jumlah = Number(process.env.BENCH_PEGAWAI ?? 16_000);
const database = await openConfiguredDatabase(config, 4);
await database.migrate();
const tahun = new Date().getFullYear();
if (await isEmpty(database)) {
  const t0 = performance.now();
  const r = await seedDemo(database, jumlah, 7, tahun, false);
  console.log(`seed: ${r.pegawai} pegawai with SKPs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const db = database.db;
// The period is open until the end of the year: the clock stands in December.
const services = createServices({ database, config, clock: () => new Date(`${tahun}-12-20T03:00:00Z`) });
const [admin] = await queryRows<{ user_id: string; instansi_id: string; pegawai_id: string; nip: string; nama: string }>(
  db,
  sql`SELECT a.id AS user_id, a.instansi_id, a.pegawai_id, a.nip, p.nama FROM user_account a
        JOIN user_role r ON r.instansi_id = a.instansi_id AND r.user_id = a.id AND r.role = 'ADMIN_BKPSDM'
        JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id ORDER BY a.nip LIMIT 1`,
);
if (!admin) throw new Error('no ADMIN_BKPSDM account');
const actor: Actor = { userId: admin.user_id, instansiId: admin.instansi_id, pegawaiId: admin.pegawai_id, nip: admin.nip, nama: admin.nama, roles: ['PEGAWAI', 'ADMIN_BKPSDM'], pengelolaUnitIds: [] };

let [periode] = await queryRows<{ id: string }>(db, sql`SELECT id FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND jenis = 'TAHUNAN' AND tahun = ${tahun}`);
if (!periode) {
  const t0 = performance.now();
  const p = await services.penilaian.bukaPeriode(actor, { jenis: 'TAHUNAN', tahun, nomor: 1, batasPenilaian: `${tahun + 1}-01-31` });
  console.log(`open the annual period (evaluations created set-based): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  periode = { id: p.id };
}
const pid = periode.id;
// Undo an earlier run, then rate everyone (SQL: the benchmark times the finalisation, not the raters).
await db.transaction(async (tx) => {
  await tx.execute(sql`DELETE FROM finalisasi_unit WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
  await tx.execute(sql`
    INSERT INTO capaian_organisasi (instansi_id, periode_id, unit_id, capaian, justifikasi, ditetapkan_oleh)
    SELECT DISTINCT instansi_id, periode_id, unit_id, 'BAIK', 'Sasaran Perjanjian Kinerja tercapai sesuai target.', ${admin.pegawai_id}::uuid
      FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}
    ON CONFLICT DO NOTHING`);
  await tx.execute(sql`
    WITH r AS (
      SELECT id, row_number() OVER (PARTITION BY unit_id ORDER BY pegawai_id) AS k, count(*) OVER (PARTITION BY unit_id) AS n
        FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid})
    UPDATE evaluasi e SET status = 'DINILAI', final_at = NULL,
           rating_hasil_kerja = CASE WHEN r.k = 1 THEN 'DI_BAWAH_EKSPEKTASI' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'SESUAI_EKSPEKTASI' ELSE 'DI_ATAS_EKSPEKTASI' END,
           rating_perilaku = CASE WHEN r.k = 1 THEN 'SESUAI_EKSPEKTASI' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'SESUAI_EKSPEKTASI' ELSE 'DI_ATAS_EKSPEKTASI' END,
           predikat = CASE WHEN r.k = 1 THEN 'BUTUH_PERBAIKAN' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'BAIK' ELSE 'SANGAT_BAIK' END
      FROM r WHERE e.instansi_id = ${admin.instansi_id} AND e.id = r.id`);
});
await db.execute(sql`ANALYZE evaluasi`);
const [n] = await queryRows<{ n: number; units: number }>(db, sql`SELECT count(*)::int AS n, count(DISTINCT unit_id)::int AS units FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
const t0 = performance.now();
const r = await services.penilaian.finalisasiMassal(actor, pid);
const ms = performance.now() - t0;
console.log(`finalise ${n!.n} evaluations in ${n!.units} units: ${(ms / 1000).toFixed(2)} s (service reports ${r.durasiMs} ms); ${r.unitFinal} units final, ${r.unitDitolak.length} refused by the curve`);

// Tindak lanjut (issue #12) after the finalisation: the cases it proposed, the first views BKPSDM opens.
const kasusPeriode = sql`evaluasi_ids && ARRAY(SELECT id FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid})`;
const [k] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM kasus_pembinaan WHERE instansi_id = ${admin.instansi_id} AND ${kasusPeriode}`);
const waktu = async <T>(label: string, f: () => Promise<T>) => {
  const t = performance.now();
  const out = await f();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  return out;
};
console.log(`pembinaan cases proposed by the finalisation (in its transaction): ${k!.n}`);
const kasus = await waktu('open the pembinaan cases of the pemda (first page of 50)', () => services.tindakLanjut.kasus.list(actor, { lingkup: 'SEMUA', jenis: 'RENCANA_PERBAIKAN', halaman: 1, ukuran: 50 }));
const ronde = await services.tindakLanjut.penghargaan.buatRonde(actor, { nama: 'Ronde benchmark', periodeId: pid });
const usulan = await waktu('open the award candidates of a pemda round (ranked, all)', () => services.tindakLanjut.penghargaan.usulan(actor, ronde.id));
await waktu('first view of the pemda ranking (page of 50)', () => services.tindakLanjut.peringkat(actor, { periodeId: pid, lingkup: 'PEMDA', halaman: 1, ukuran: 50 }));
await waktu('the annual report of the pemda', () => services.tindakLanjut.laporanTahunan(actor, { tahun }));
console.log(`(${kasus.total} rencana perbaikan listed, ${usulan.items.length} award candidates)`);
// Leave the dataset as we found it: a finalised year locks its progress, which the POST benchmark writes.
await db.execute(sql`DELETE FROM kasus_pembinaan WHERE instansi_id = ${admin.instansi_id} AND ${kasusPeriode}`);
await db.execute(sql`DELETE FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND id = ${pid}`);
await database.close();
