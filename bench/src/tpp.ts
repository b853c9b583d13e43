/**
 * Benchmark: BKPSDM's monthly TPP run for a whole pemda (issue #13), on PostgreSQL, through the
 * service the route calls: every active pegawai's kelas, mapped result, SKP and a month of
 * attendance read in one statement, each calculated by the domain, written as one run.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/capaian_bench npx tsx bench/src/tpp.ts
 *   DATABASE_URL=…/capaian_bench_prov BENCH_PEGAWAI=100000 npx tsx bench/src/tpp.ts
 * Seeds the pemda when the database is empty; writes last month's attendance of every pegawai
 * (working days, about one in ten late, one in fifty absent without reason) unless it is there,
 * saves the example scheme, then times the run and its approval, and removes the runs again.
 */
import { sql } from 'drizzle-orm';
import { CONTOH_SKEMA_TPP } from '@capaian/domain';
import { queryRows } from '../../server/src/db/client.js';
import { bukaPemdaBench } from './pemda-bench.js';

const { jumlah, database, db, tahun, services, admin, actor } = await bukaPemdaBench();
const bulan = `${tahun}-11`;

const [ada] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM kehadiran WHERE instansi_id = ${admin.instansi_id} AND tanggal >= ${`${bulan}-01`}::date AND tanggal < ${`${bulan}-01`}::date + interval '1 month'`);
if (ada!.n === 0) {
  const t0 = performance.now();
  await db.execute(sql`
    INSERT INTO kehadiran (instansi_id, pegawai_id, tanggal, status, jam_masuk, jam_pulang)
    SELECT p.instansi_id, p.id, d::date,
           CASE WHEN abs(hashtext(p.id::text || d::text)) % 50 = 0 THEN 'TANPA_KETERANGAN' ELSE 'HADIR' END,
           CASE WHEN abs(hashtext(p.id::text || d::text)) % 50 = 0 THEN NULL
                WHEN abs(hashtext(d::text || p.id::text)) % 10 = 0 THEN to_char(time '07:31' + (abs(hashtext(p.nip || d::text)) % 90) * interval '1 minute', 'HH24:MI')
                ELSE '07:20' END,
           CASE WHEN abs(hashtext(p.id::text || d::text)) % 50 = 0 THEN NULL ELSE '16:05' END
      FROM pegawai p, generate_series(${`${bulan}-01`}::date, ${`${bulan}-01`}::date + interval '1 month' - interval '1 day', interval '1 day') d
     WHERE p.instansi_id = ${admin.instansi_id} AND p.status = 'AKTIF' AND extract(isodow FROM d) < 6`);
  await db.execute(sql`ANALYZE kehadiran`);
  console.log(`attendance of ${bulan} written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const [hadir] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM kehadiran WHERE instansi_id = ${admin.instansi_id} AND tanggal >= ${`${bulan}-01`}::date AND tanggal < ${`${bulan}-01`}::date + interval '1 month'`);
await db.execute(sql`DELETE FROM tpp_run WHERE instansi_id = ${admin.instansi_id}`);
await db.execute(sql`INSERT INTO skema_tpp (instansi_id, skema) VALUES (${admin.instansi_id}, ${JSON.stringify(CONTOH_SKEMA_TPP)}::jsonb) ON CONFLICT (instansi_id) DO NOTHING`);

const t0 = performance.now();
const run = await services.tpp.buatRun(actor, { bulan });
const ms = performance.now() - t0;
console.log(
  `TPP run of ${bulan} for the whole pemda (${run.jumlahPegawai} pegawai, ${hadir!.n} attendance records, ${run.jumlahGagal} not calculable): ${(ms / 1000).toFixed(2)} s (target < ${jumlah >= 100_000 ? 60 : 10} s); total Rp${run.totalDibayar.toLocaleString('id-ID')}`,
);
const t1 = performance.now();
await services.tpp.setujui(actor, run.id, { rowVersion: run.rowVersion });
console.log(`its approval (locks it, notifies everyone paid): ${((performance.now() - t1) / 1000).toFixed(2)} s`);
const t2 = performance.now();
const { xlsx } = await services.tpp.xlsx(actor, run.id, undefined);
console.log(`the payroll XLSX of the whole pemda: ${((performance.now() - t2) / 1000).toFixed(2)} s (${(xlsx.length / 1024).toFixed(0)} KB)`);
await db.execute(sql`DELETE FROM notifikasi WHERE instansi_id = ${admin.instansi_id} AND jenis = 'tpp'`);
await db.execute(sql`DELETE FROM tpp_run WHERE instansi_id = ${admin.instansi_id}`);
await database.close();
