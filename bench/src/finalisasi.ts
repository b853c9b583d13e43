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
import { queryRows } from '../../server/src/db/client.js';
import { createPenilaianService } from '../../server/src/penilaian/service.js';
import { bukaPemdaBench } from './pemda-bench.js';

const { config, database, db, tahun, services, admin, actor } = await bukaPemdaBench();

let [periode] = await queryRows<{ id: string }>(db, sql`SELECT id FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND jenis = 'TAHUNAN' AND tahun = ${tahun}`);
if (!periode) {
  const t0 = performance.now();
  const p = await services.penilaian.bukaPeriode(actor, { jenis: 'TAHUNAN', tahun, nomor: 1, batasPenilaian: `${tahun + 1}-01-31` });
  console.log(`open the annual period (evaluations created set-based): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  periode = { id: p.id };
}
const pid = periode.id;
// Undo an earlier run (or the previous round of this one), then rate everyone (SQL: the benchmark
// times the finalisation, not the raters).
async function siapkan() {
  await db.execute(sql`DELETE FROM kasus_pembinaan WHERE instansi_id = ${admin.instansi_id} AND evaluasi_ids && ARRAY(SELECT id FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid})`);
  await db.execute(sql`DELETE FROM angka_kredit_entri WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
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
  // Every round starts from the same clean tables (the rounds before leave dead rows behind).
  await db.execute(sql`VACUUM (ANALYZE) evaluasi, kasus_pembinaan, angka_kredit_entri, finalisasi_unit, notifikasi`);
}
const [n] = await queryRows<{ n: number; units: number }>(db, sql`SELECT count(*)::int AS n, count(DISTINCT unit_id)::int AS units FROM evaluasi WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
// The finalisation with and without the angka kredit ledger (the same service, its follow-up hook
// proposing the pembinaan cases only), alternated, each on freshly rated and vacuumed tables; the
// last round (with the ledger) is the one the rest of the benchmark reads.
const tanpaLedger = createPenilaianService(db, services.organisasi, services.pengaturan, { ringkasanKehadiran: (i, p, t) => services.kehadiran.ringkasanTahun(i, p, t) }, services.clock, config.publicUrl, services.tindakLanjut.kasus);
const putaran: Array<{ ledger: boolean; ms: number }> = [];
let r!: Awaited<ReturnType<typeof services.penilaian.finalisasiMassal>>;
// A first round warms the caches and is not counted.
for (const ledger of [true, false, true, false, true, false, true, false, true, false, true]) {
  await siapkan();
  const t0 = performance.now();
  r = await (ledger ? services.penilaian : tanpaLedger).finalisasiMassal(actor, pid);
  putaran.push({ ledger, ms: performance.now() - t0 });
}
const dihitung = putaran.slice(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rata = (ledger: boolean) => median(dihitung.filter((x) => x.ledger === ledger).map((x) => x.ms));
const ms = putaran.at(-1)!.ms;
console.log(
  `finalisation without the ledger ${(rata(false) / 1000).toFixed(2)} s, with it ${(rata(true) / 1000).toFixed(2)} s (median of 5 alternated rounds each, after a warm-up; rounds ${dihitung.map((x) => `${x.ledger ? 'with' : 'without'} ${(x.ms / 1000).toFixed(2)}`).join(', ')}): the ledger adds ${(((rata(true) - rata(false)) / rata(false)) * 100).toFixed(1)} % (target < 20 %)`,
);
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
const [ak] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM angka_kredit_entri WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
console.log(`angka kredit conversions written by the finalisation (in its transaction): ${ak!.n}`);
const kasus = await waktu('open the pembinaan cases of the pemda (first page of 50)', () => services.tindakLanjut.kasus.list(actor, { lingkup: 'SEMUA', jenis: 'RENCANA_PERBAIKAN', halaman: 1, ukuran: 50 }));
const ronde = await services.tindakLanjut.penghargaan.buatRonde(actor, { nama: 'Ronde benchmark', periodeId: pid });
const usulan = await waktu('open the award candidates of a pemda round (ranked, all)', () => services.tindakLanjut.penghargaan.usulan(actor, ronde.id));
await waktu('first view of the pemda ranking (page of 50)', () => services.tindakLanjut.peringkat(actor, { periodeId: pid, lingkup: 'PEMDA', halaman: 1, ukuran: 50 }));
await waktu('the annual report of the pemda', () => services.tindakLanjut.laporanTahunan(actor, { tahun }));
console.log(`(${kasus.total} rencana perbaikan listed, ${usulan.items.length} award candidates)`);

// Pengembangan kompetensi: every active pegawai with two plan lines and one completed training with
// its certificate (SQL, undone below), then BKPSDM's recap of the pemda and of its largest perangkat daerah.
await db.transaction(async (tx) => {
  await tx.execute(sql`INSERT INTO pelatihan_katalog (instansi_id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara) VALUES
    (${admin.instansi_id}, 'BENCH-1', 'Pelayanan Prima (benchmark)', 'SOSIAL_KULTURAL', 'WORKSHOP', 16, 'BKPSDM'),
    (${admin.instansi_id}, 'BENCH-2', 'Aplikasi Perkantoran (benchmark)', 'TEKNIS', 'KLASIKAL', 24, 'BKPSDM')`);
  await tx.execute(sql`
    INSERT INTO rencana_pengembangan (instansi_id, pegawai_id, tahun, status, items)
    SELECT p.instansi_id, p.id, ${tahun}, 'DISEPAKATI', jsonb_build_array(
             jsonb_build_object('pelatihanId', k1.id, 'judul', k1.judul, 'jenisKompetensi', k1.jenis_kompetensi, 'jp', k1.jp),
             jsonb_build_object('pelatihanId', k2.id, 'judul', k2.judul, 'jenisKompetensi', k2.jenis_kompetensi, 'jp', k2.jp))
      FROM pegawai p, pelatihan_katalog k1, pelatihan_katalog k2
     WHERE p.instansi_id = ${admin.instansi_id} AND p.status = 'AKTIF' AND k1.instansi_id = p.instansi_id AND k1.kode = 'BENCH-1' AND k2.instansi_id = p.instansi_id AND k2.kode = 'BENCH-2'
    ON CONFLICT DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO riwayat_pelatihan (instansi_id, pegawai_id, tahun, pelatihan_id, judul, jenis_kompetensi, metode, jp, penyelenggara, tanggal_mulai, tanggal_selesai, sertifikat_kunci)
    SELECT p.instansi_id, p.id, ${tahun}, k.id, k.judul, k.jenis_kompetensi, k.metode, k.jp + (hashtext(p.id::text) & 7), k.penyelenggara, ${`${tahun}-06-02`}::date, ${`${tahun}-06-04`}::date,
           CASE WHEN hashtext(p.id::text) & 3 <> 0 THEN 'bench' END
      FROM pegawai p JOIN pelatihan_katalog k ON k.instansi_id = p.instansi_id AND k.kode = 'BENCH-1'
     WHERE p.instansi_id = ${admin.instansi_id} AND p.status = 'AKTIF'`);
});
const rekap = await waktu('the competence development recap of the pemda (per perangkat daerah, common needs)', () => services.tindakLanjut.pengembangan.rekap(actor, { tahun }));
const terbesar = [...rekap.perangkatDaerah].sort((a, b) => b.jumlahPegawai - a.jumlahPegawai)[0]!;
const bawah = await waktu(`the same with the ${terbesar.jumlahPegawai} pegawai of the largest perangkat daerah listed below the target`, () =>
  services.tindakLanjut.pengembangan.rekap(actor, { tahun, perangkatDaerahId: terbesar.unit.id }),
);
console.log(`(${rekap.perangkatDaerah.length} perangkat daerah, ${bawah.diBawahTarget?.length ?? 0} below the target listed)`);
await db.transaction(async (tx) => {
  await tx.execute(sql`DELETE FROM riwayat_pelatihan WHERE instansi_id = ${admin.instansi_id} AND pelatihan_id IN (SELECT id FROM pelatihan_katalog WHERE instansi_id = ${admin.instansi_id} AND kode LIKE 'BENCH-%')`);
  await tx.execute(sql`DELETE FROM rencana_pengembangan WHERE instansi_id = ${admin.instansi_id} AND tahun = ${tahun} AND items @> '[{"judul": "Pelayanan Prima (benchmark)"}]'::jsonb`);
  await tx.execute(sql`DELETE FROM pelatihan_katalog WHERE instansi_id = ${admin.instansi_id} AND kode LIKE 'BENCH-%'`);
});
// Leave the dataset as we found it: a finalised year locks its progress, which the POST benchmark writes.
await db.execute(sql`DELETE FROM kasus_pembinaan WHERE instansi_id = ${admin.instansi_id} AND ${kasusPeriode}`);
await db.execute(sql`DELETE FROM angka_kredit_entri WHERE instansi_id = ${admin.instansi_id} AND periode_id = ${pid}`);
await db.execute(sql`DELETE FROM periode_penilaian WHERE instansi_id = ${admin.instansi_id} AND id = ${pid}`);
await database.close();
