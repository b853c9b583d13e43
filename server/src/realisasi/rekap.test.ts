/**
 * The monthly roll-up of realisasi (decision 0017): whatever is written — inserts of many rows,
 * updates of the date, quantity or indicator (one row or many at once), deletes, letting go of a
 * rencana aksi or an indicator, and the cascade of deleting the SKP — the roll-up equals the
 * entries it sums, and the team board read through it gives what the entries give. `capaian rekap periksa` finds a damaged roll-up and `bangun`
 * mends it.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { and, eq, sql } from 'drizzle-orm';
import { rentangMinggu } from '@capaian/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { indikatorKinerja, pegawai, realisasi, rencanaAksi, rhk, skp } from '../db/schema.js';
import { jalankanPerintah } from '../operasi/service.js';
import { pemantauanRepository, type Jendela } from '../pemantauan/repository.js';
import { bangunRekap, periksaRekap } from './service.js';

const t = await createTestContext();
const db = t.database.db;
let instansiId = '';
const orang: string[] = [];

beforeAll(async () => {
  for (const nip of [NIP.pelaksana, NIP.perawat]) orang.push(await t.pegawaiId(nip));
  const [p] = await db.select({ instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.id, orang[0]!));
  instansiId = p!.instansiId;
});

interface Berkas {
  pegawaiId: string;
  skp: string;
  rhk: string;
  indikator: [string, string];
  /** ra[0] plans for indikator[0]; ra[1] has no indicator. */
  ra: [string, string];
}

let versi = 100;
/** An SKP of 2026 (a version of its own, so runs never collide) with one RHK, two indicators, two rencana aksi. */
async function berkas(pegawaiId: string): Promise<Berkas> {
  const [s] = await db
    .insert(skp)
    .values({ instansiId, pegawaiId, tahun: 2026, versi: versi++, status: 'DISETUJUI', periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31' })
    .returning({ id: skp.id });
  const [r] = await db.insert(rhk).values({ instansiId, skpId: s!.id, jenis: 'UTAMA', uraian: 'Pelayanan' }).returning({ id: rhk.id });
  const ind = await db
    .insert(indikatorKinerja)
    .values([1, 2].map((n) => ({ instansiId, rhkId: r!.id, aspek: 'KUANTITAS', uraian: `Indikator ${n}`, targetNilai: '100', targetSatuan: 'dokumen', urutan: n })))
    .returning({ id: indikatorKinerja.id });
  const ra = await db
    .insert(rencanaAksi)
    .values(
      [ind[0]!.id, null].map((indikatorId, n) => ({
        instansiId,
        skpId: s!.id,
        rhkId: r!.id,
        indikatorId,
        periode: 1,
        periodeMulai: '2026-01-01',
        periodeSelesai: '2026-12-31',
        uraian: `Rencana ${n}`,
        target: 10,
      })),
    )
    .returning({ id: rencanaAksi.id });
  return { pegawaiId, skp: s!.id, rhk: r!.id, indikator: [ind[0]!.id, ind[1]!.id], ra: [ra[0]!.id, ra[1]!.id] };
}

const tanggal = fc.date({ min: new Date('2025-12-20T00:00:00Z'), max: new Date('2026-04-10T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const jumlah = fc.option(fc.integer({ min: 0, max: 50 }), { nil: null });
const entri = fc.record({ orang: fc.nat(1), indikator: fc.constantFrom(0, 1, null), ra: fc.constantFrom(0, 1, null), tanggal, jumlah });
type Entri = typeof entri extends fc.Arbitrary<infer T> ? T : never;
const langkah = fc.oneof(
  { weight: 4, arbitrary: fc.record({ jenis: fc.constant('tambah' as const), baris: fc.array(entri, { minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ jenis: fc.constant('ubah' as const), pilih: fc.nat(), tanggal: fc.option(tanggal, { nil: undefined }), jumlah: fc.option(jumlah, { nil: undefined }), indikator: fc.option(fc.constantFrom(0, 1, null), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant('ubah-banyak' as const), orang: fc.nat(1), geser: fc.integer({ min: -40, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ jenis: fc.constant('hapus' as const), pilih: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant('hapus-rencana-aksi' as const), orang: fc.nat(1), ra: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant('hapus-indikator' as const), orang: fc.nat(1) }) },
);
/** Boards read on these days: a week starting in the year before, a week across two months, a month's last day. */
const acuan = fc.constantFrom('2026-01-02', '2026-02-01', '2026-03-03', '2026-03-11', '2026-03-31', '2026-04-10');

/** Realised quantity per (pegawai, indicator) from the entries themselves, over the board's window. */
async function dariEntri(ids: string[], w: Jendela) {
  const awalTahun = `${w.tahun}-01-01`;
  const dari = w.mingguMulai < awalTahun ? w.mingguMulai : awalTahun;
  return queryRows<{ pegawai_id: string; indikator_id: string; jumlah: number }>(
    db,
    sql`SELECT x.pegawai_id, COALESCE(x.indikator_id, ra.indikator_id) AS indikator_id, COALESCE(sum(x.jumlah), 0)::float8 AS jumlah
          FROM realisasi x LEFT JOIN rencana_aksi ra ON ra.instansi_id = x.instansi_id AND ra.id = x.rencana_aksi_id
         WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = ANY(${`{${ids.join(',')}}`}::uuid[])
           AND x.tanggal BETWEEN ${dari}::date AND ${w.acuan}::date AND COALESCE(x.indikator_id, ra.indikator_id) IS NOT NULL
         GROUP BY 1, 2`,
  );
}

describe('the monthly roll-up of realisasi', () => {
  it('always equals the entries it sums, and the board read through it equals the board read from the entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(langkah, { minLength: 1, maxLength: 12 }), acuan, async (langkahList, hari) => {
        const b = [await berkas(orang[0]!), await berkas(orang[1]!)] as const;
        const hidup = { ra: [[true, true], [true, true]], indikator: [true, true] };
        const ids: string[] = [];
        try {
          const baris = (e: Entri) => {
            const k = b[e.orang]!;
            const ind = e.indikator === null || (!hidup.indikator[e.orang] && e.indikator === 0) ? null : k.indikator[e.indikator];
            const ra = e.ra === null || !hidup.ra[e.orang]![e.ra] ? null : k.ra[e.ra];
            const id = randomUUID();
            ids.push(id);
            return { instansiId, id, pegawaiId: k.pegawaiId, skpId: k.skp, rhkId: k.rhk, indikatorId: ind, rencanaAksiId: ra, tanggal: e.tanggal, uraian: 'Kegiatan', jumlah: e.jumlah };
          };
          for (const l of langkahList) {
            if (l.jenis === 'tambah') await db.insert(realisasi).values(l.baris.map(baris));
            else if (l.jenis === 'ubah' && ids.length) {
              const id = ids[l.pilih % ids.length]!;
              const [row] = await db.select({ pegawaiId: realisasi.pegawaiId }).from(realisasi).where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id)));
              const k = b.find((x) => x.pegawaiId === row!.pegawaiId)!;
              const set = {
                ...(l.tanggal !== undefined ? { tanggal: l.tanggal } : {}),
                ...(l.jumlah !== undefined ? { jumlah: l.jumlah } : {}),
                ...(l.indikator !== undefined ? { indikatorId: l.indikator === null || (l.indikator === 0 && !hidup.indikator[b.indexOf(k)]) ? null : k.indikator[l.indikator] } : {}),
                uraian: 'Diubah',
              };
              await db.update(realisasi).set(set).where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id)));
            } else if (l.jenis === 'ubah-banyak') {
              // One statement moving many entries across months (and the year's boundary).
              await db.execute(sql`UPDATE realisasi SET tanggal = tanggal + ${l.geser}::int WHERE instansi_id = ${instansiId}::uuid AND skp_id = ${b[l.orang]!.skp}::uuid`);
            } else if (l.jenis === 'hapus' && ids.length) {
              const [id] = ids.splice(l.pilih % ids.length, 1);
              await db.delete(realisasi).where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id!)));
            } else if (l.jenis === 'hapus-rencana-aksi' && hidup.ra[l.orang]![l.ra]) {
              hidup.ra[l.orang]![l.ra] = false;
              // (The composite foreign keys' SET NULL would null instansi_id too: references are let go first, as the app does.)
              await db.execute(sql`UPDATE realisasi SET rencana_aksi_id = NULL WHERE instansi_id = ${instansiId}::uuid AND rencana_aksi_id = ${b[l.orang]!.ra[l.ra]!}::uuid`);
              await db.delete(rencanaAksi).where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, b[l.orang]!.ra[l.ra]!)));
            } else if (l.jenis === 'hapus-indikator' && hidup.indikator[l.orang]) {
              hidup.indikator[l.orang] = false;
              const ind = b[l.orang]!.indikator[0];
              await db.execute(sql`UPDATE realisasi SET indikator_id = NULL WHERE instansi_id = ${instansiId}::uuid AND indikator_id = ${ind}::uuid`);
              await db.execute(sql`UPDATE rencana_aksi SET indikator_id = NULL WHERE instansi_id = ${instansiId}::uuid AND indikator_id = ${ind}::uuid`);
              await db.delete(indikatorKinerja).where(and(eq(indikatorKinerja.instansiId, instansiId), eq(indikatorKinerja.id, b[l.orang]!.indikator[0])));
            }
          }
          const cek = await periksaRekap(db, instansiId);
          expect(cek.beda).toBe(0);

          const w: Jendela = { tahun: 2026, mingguMulai: rentangMinggu(hari).mulai, bulanMulai: `${hari.slice(0, 7)}-01`, acuan: hari };
          const papan = await pemantauanRepository.tim(db, instansiId, orang, w);
          const harapan = new Map((await dariEntri(orang, w)).map((r) => [`${r.pegawai_id}:${r.indikator_id}`, r.jumlah]));
          for (const k of b) {
            for (const [n, ind] of k.indikator.entries()) {
              if (!hidup.indikator[b.indexOf(k)] && n === 0) continue;
              // The board shows the SKP in force: the newest version, which is this run's.
              const r = papan.find((x) => x.pegawai_id === k.pegawaiId && x.indikator_id === ind);
              expect(r?.realisasi).toBe(harapan.get(`${k.pegawaiId}:${ind}`) ?? 0);
            }
          }
          const [n] = await queryRows<{ minggu: number; bulan: number }>(
            db,
            sql`SELECT count(*) FILTER (WHERE tanggal BETWEEN ${w.mingguMulai}::date AND ${hari}::date)::int AS minggu,
                       count(*) FILTER (WHERE tanggal BETWEEN ${w.bulanMulai}::date AND ${hari}::date)::int AS bulan
                  FROM realisasi WHERE instansi_id = ${instansiId}::uuid AND pegawai_id = ${orang[0]!}::uuid`,
          );
          const p0 = papan.find((x) => x.pegawai_id === orang[0]);
          expect({ minggu: p0?.entri_minggu, bulan: p0?.entri_bulan }).toEqual(n);

        } finally {
          // Deleting the SKPs cascades to their entries (also after a failed run, so the next starts clean).
          for (const k of b) await db.delete(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.id, k.skp)));
        }
        // Nothing of them is left in the roll-up.
        const sisa = await periksaRekap(db, instansiId);
        expect(sisa).toMatchObject({ beda: 0 });
        const [kosong] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM realisasi_bulanan WHERE instansi_id = ${instansiId}::uuid AND pegawai_id = ANY(${`{${orang.join(',')}}`}::uuid[])`);
        expect(kosong!.n).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it('capaian rekap periksa finds a damaged roll-up and rekap bangun mends it', async () => {
    const k = await berkas(orang[0]!);
    await db.insert(realisasi).values(
      ['2026-01-05', '2026-01-20', '2026-02-03'].map((tgl, n) => ({ instansiId, id: randomUUID(), pegawaiId: k.pegawaiId, skpId: k.skp, rhkId: k.rhk, indikatorId: k.indikator[0], tanggal: tgl, uraian: 'Kegiatan', jumlah: n + 1 })),
    );
    const keluaran: string[] = [];
    const out = { tulis: (s: string) => keluaran.push(s), galat: (s: string) => keluaran.push(`GALAT ${s}`) };
    const jalankan = (sub: string) => jalankanPerintah({ database: t.database, config: t.config }, { perintah: ['rekap', sub], opsi: { instansi: 'KOTA-CONTOH', pengguna: 'uji@mesin' } }, out);

    expect(await jalankan('periksa')).toBe(0);
    expect(keluaran.pop()).toMatch(/^Rekap bulanan realisasi sesuai: \d+ baris merangkum \d+ entri/);

    await db.execute(sql`UPDATE realisasi_bulanan SET jumlah = jumlah + 7 WHERE instansi_id = ${instansiId}::uuid AND pegawai_id = ${k.pegawaiId}::uuid AND bulan = '2026-01-01' AND indikator_id = ${k.indikator[0]}::uuid`);
    await db.execute(sql`DELETE FROM realisasi_bulanan WHERE instansi_id = ${instansiId}::uuid AND pegawai_id = ${k.pegawaiId}::uuid AND bulan = '2026-02-01' AND indikator_id = ${k.indikator[0]}::uuid`);
    expect(await jalankan('periksa')).toBe(1);
    // The sum that differs counts from both sides (the stored row and the entries' row); the missing month once.
    expect(keluaran.pop()).toContain('GALAT Rekap bulanan realisasi TIDAK sesuai dengan entrinya: 3 kelompok berbeda');

    expect(await jalankan('bangun')).toBe(0);
    expect(keluaran.pop()).toMatch(/^Rekap bulanan realisasi dibangun ulang dan sesuai/);
    expect(await periksaRekap(db, instansiId)).toMatchObject({ beda: 0 });
    const [jan] = await queryRows<{ jumlah: number; entri: number }>(
      db,
      sql`SELECT jumlah::int AS jumlah, entri FROM realisasi_bulanan WHERE instansi_id = ${instansiId}::uuid AND pegawai_id = ${k.pegawaiId}::uuid AND bulan = '2026-01-01' AND indikator_id = ${k.indikator[0]}::uuid`,
    );
    expect(jan).toEqual({ jumlah: 3, entri: 2 });
    // A rebuild of every pemda gives the same.
    expect((await bangunRekap(db, null)).beda).toBe(0);
  });
});
