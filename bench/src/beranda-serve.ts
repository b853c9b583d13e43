/**
 * The servers of the homes benchmark (issue 14), in their own process: Capaian on BENCH_PORT, the
 * floor of the beranda routes on BENCH_PORT + 1, over the benchmarks' common pemda
 * (`bukaPemdaBench`: 16,000 pegawai with this year's SKPs) with a year of daily progress
 * (`fillRealisasi`). The annual assessment period of the year is opened through the service (as
 * bench/src/finalisasi.ts does) and its evaluations rated in SQL — in every unit one in three still
 * draft, the rest final (one Butuh Perbaikan per unit, about 70 % Baik, the rest Sangat Baik) — so
 * the homes count ratings and show a predikat distribution. Prints "ready" when both listen; on
 * SIGTERM deletes the period again if it opened it (a final year locks its progress, which the
 * POST benchmark of bench/src/run.ts writes).
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../../server/src/app.js';
import { queryRows } from '../../server/src/db/client.js';
import { bukaPemdaBench } from './pemda-bench.js';
import { fillRealisasi } from './fill.js';
import { startBerandaFloor } from './floor-beranda.js';

const port = Number(process.env.BENCH_PORT ?? 3411);
const { config, database, db, tahun, services, admin, actor } = await bukaPemdaBench(Number(process.env.BENCH_POOL ?? 10));
await fillRealisasi(config.databaseUrl!, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
// The fill inserts millions of rows: vacuumed (visibility map set, as autovacuum leaves a table in
// service), not vacuumed by autovacuum in the middle of a measurement. Cheap when already done.
await db.execute(sql`VACUUM (ANALYZE) realisasi, rencana_aksi, skp, pegawai`);

let [periode] = await queryRows<{ id: string }>(db, sql`SELECT id FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND jenis = 'TAHUNAN' AND tahun = ${tahun}`);
const dibukaDiSini = !periode;
if (!periode) {
  const t0 = performance.now();
  const p = await services.penilaian.bukaPeriode(actor, { jenis: 'TAHUNAN', tahun, nomor: 1, batasPenilaian: `${tahun + 1}-01-31` });
  periode = { id: p.id };
  await db.execute(sql`
    WITH r AS (
      SELECT id, row_number() OVER (PARTITION BY unit_id ORDER BY pegawai_id) AS k, count(*) OVER (PARTITION BY unit_id) AS n
        FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${p.id})
    UPDATE evaluasi e SET status = 'FINAL', final_at = now(),
           rating_hasil_kerja = CASE WHEN r.k = 1 THEN 'DI_BAWAH_EKSPEKTASI' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'SESUAI_EKSPEKTASI' ELSE 'DI_ATAS_EKSPEKTASI' END,
           rating_perilaku = CASE WHEN r.k = 1 THEN 'SESUAI_EKSPEKTASI' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'SESUAI_EKSPEKTASI' ELSE 'DI_ATAS_EKSPEKTASI' END,
           predikat = CASE WHEN r.k = 1 THEN 'BUTUH_PERBAIKAN' WHEN r.k <= 1 + floor(0.7 * r.n) THEN 'BAIK' ELSE 'SANGAT_BAIK' END
      FROM r WHERE e.instansi_id = ${admin.instansi_id} AND e.id = r.id AND r.k % 3 <> 2`);
  await db.execute(sql`VACUUM (ANALYZE) evaluasi`);
  const [n] = await queryRows<{ n: number; final: number }>(db, sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'FINAL')::int AS final FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${p.id}`);
  console.log(`annual period opened (${n!.n} evaluations, ${n!.final} rated final in SQL) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const hapus = async () => {
  if (dibukaDiSini) await db.execute(sql`DELETE FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND id = ${periode.id}`);
};

const { app } = await buildApp({ database, config, logger: false });
await app.listen({ port, host: '127.0.0.1' });
await startBerandaFloor(database, port + 1);
console.log('ready');
process.on('SIGTERM', () => {
  hapus()
    .catch((e: unknown) => console.error(e))
    .finally(() => process.exit(0));
});
