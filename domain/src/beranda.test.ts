import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS, type Predikat } from './rating';
import {
  alasanPerhatian,
  batasPutusanKeberatan,
  analisisPenilai,
  ATURAN_ANALITIK_DEFAULT,
  AturanAnalitikSchema,
  AturanPerhatianSchema,
  HARI_TINDAK_LANJUT,
  keberatanLewatSampai,
  rataRataSkor,
  ringkasDistribusi,
  SKOR_CAPAIAN,
  tahapSiklus,
} from './beranda';

const kosong = (): Record<Predikat, number> => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
const dist = (d: Partial<Record<Predikat, number>>) => ({ ...kosong(), ...d });

describe('the stage of the cycle', () => {
  const dasar = { batasSkp: '2026-01-31', periodeTerbuka: [], tahunanDitutup: null };
  it('planning up to and including the SKP deadline', () => {
    expect(tahapSiklus({ ...dasar, hariIni: '2026-01-31' })).toEqual({ tahap: 'PERENCANAAN', tenggat: { label: 'Batas persetujuan SKP', tanggal: '2026-01-31', lewat: false } });
  });
  it('assessment while a period is open: the earliest rating deadline, overdue when passed', () => {
    const t = tahapSiklus({
      ...dasar,
      hariIni: '2026-12-07',
      periodeTerbuka: [
        { label: 'Desember', batasPenilaian: '2027-01-10' },
        { label: 'November', batasPenilaian: '2026-12-05' },
      ],
    });
    expect(t).toEqual({ tahap: 'PENILAIAN', tenggat: { label: 'Batas penilaian November', tanggal: '2026-12-05', lewat: true } });
  });
  it('follow-up for the days after the annual period closed, then execution with the month end', () => {
    const tl = tahapSiklus({ ...dasar, hariIni: '2026-03-01', tahunanDitutup: '2026-02-10' });
    expect(tl.tahap).toBe('TINDAK_LANJUT');
    expect(tl.tenggat?.tanggal).toBe('2026-04-11');
    expect(HARI_TINDAK_LANJUT).toBe(60);
    expect(tahapSiklus({ ...dasar, hariIni: '2026-04-12', tahunanDitutup: '2026-02-10' }).tahap).toBe('PELAKSANAAN');
    expect(tahapSiklus({ ...dasar, hariIni: '2028-02-05' }).tenggat?.tanggal).toBe('2028-02-29');
  });
});

describe('units needing attention', () => {
  const u = { pegawai: 10, skpDisetujui: 10, sudahLapor: 10, predikatRendah: 0, skpLewat: true, hariBulan: 20 };
  it('each reason exactly at its threshold', () => {
    expect(alasanPerhatian(u)).toEqual([]);
    expect(alasanPerhatian({ ...u, skpDisetujui: 8 })).toEqual(['SKP_BELUM_DISETUJUI']);
    expect(alasanPerhatian({ ...u, skpDisetujui: 9 })).toEqual([]);
    expect(alasanPerhatian({ ...u, skpDisetujui: 0, skpLewat: false })).toEqual([]);
    expect(alasanPerhatian({ ...u, sudahLapor: 5 })).toEqual(['BELUM_LAPOR']);
    expect(alasanPerhatian({ ...u, sudahLapor: 6 })).toEqual([]);
    expect(alasanPerhatian({ ...u, sudahLapor: 0, hariBulan: 14 })).toEqual([]);
    expect(alasanPerhatian({ ...u, predikatRendah: 1 })).toEqual(['PREDIKAT_RENDAH']);
    expect(alasanPerhatian({ ...u, pegawai: 0, skpDisetujui: 0, sudahLapor: 0 })).toEqual([]);
    expect(alasanPerhatian({ ...u, sudahLapor: 5 }, { minPersenSkp: 90, minPersenLapor: 50 })).toEqual([]);
  });
  it('the thresholds are validated data', () => {
    expect(AturanPerhatianSchema.safeParse({ minPersenSkp: 120, minPersenLapor: 'x' }).error?.issues.map((i) => i.path[0])).toEqual(['minPersenSkp', 'minPersenLapor']);
  });
});

describe('rater analytics', () => {
  const pemda = dist({ SANGAT_BAIK: 10, BAIK: 80, BUTUH_PERBAIKAN: 10 });
  const dasar = { keduaRating: 10, ratingSama: 5, keberatan: 0, keberatanDiubah: 0, skorCapaianUnit: null };
  it('the mean score; empty has none', () => {
    expect(rataRataSkor(pemda)).toBe(4);
    expect(rataRataSkor(kosong())).toBeNull();
  });
  it('the count and the rounded mean of a distribution', () => {
    expect(ringkasDistribusi(dist({ SANGAT_BAIK: 1, BAIK: 2 }))).toEqual({ jumlah: 3, rataRata: 4.33 });
    expect(ringkasDistribusi(kosong())).toEqual({ jumlah: 0, rataRata: null });
  });
  it('lenient and severe against the pemda, excused by the unit’s result', () => {
    const murah = analisisPenilai({ ...dasar, distribusi: dist({ SANGAT_BAIK: 6, BAIK: 4 }) }, pemda);
    expect(murah).toMatchObject({ jumlah: 10, rataRata: 4.6, selisih: 0.6, halo: 0.5, keberatanDiubah: null, bendera: ['MURAH'] });
    expect(analisisPenilai({ ...dasar, distribusi: dist({ SANGAT_BAIK: 6, BAIK: 4 }), skorCapaianUnit: SKOR_CAPAIAN.ISTIMEWA }, pemda).bendera).toEqual([]);
    const pelit = analisisPenilai({ ...dasar, distribusi: dist({ BUTUH_PERBAIKAN: 6, BAIK: 4 }) }, pemda);
    expect(pelit.bendera).toEqual(['PELIT']);
    expect(analisisPenilai({ ...dasar, distribusi: dist({ BUTUH_PERBAIKAN: 6, BAIK: 4 }), skorCapaianUnit: SKOR_CAPAIAN.KURANG }, pemda).bendera).toEqual([]);
  });
  it('halo, keberatan upheld, and nothing judged on too few ratings', () => {
    expect(analisisPenilai({ ...dasar, ratingSama: 10, distribusi: dist({ BAIK: 10 }) }, pemda).bendera).toEqual(['HALO']);
    expect(analisisPenilai({ ...dasar, keduaRating: 0, ratingSama: 0, distribusi: dist({ SANGAT_BAIK: 4 }) }, pemda)).toMatchObject({ halo: null, bendera: [] });
    expect(analisisPenilai({ ...dasar, keberatan: 4, keberatanDiubah: 1, distribusi: dist({ BAIK: 1 }) }, pemda)).toMatchObject({ keberatanDiubah: 0.25, bendera: ['KEBERATAN_DIKABULKAN'] });
    expect(analisisPenilai({ ...dasar, keberatan: 1, keberatanDiubah: 1, distribusi: dist({ BAIK: 1 }) }, pemda).bendera).toEqual([]);
    expect(analisisPenilai({ ...dasar, distribusi: kosong() }, kosong())).toMatchObject({ jumlah: 0, rataRata: null, selisih: null });
    expect(AturanAnalitikSchema.parse(ATURAN_ANALITIK_DEFAULT)).toEqual(ATURAN_ANALITIK_DEFAULT);
  });
  it('a rater who rates exactly like the pemda is never lenient or severe', () => {
    const arb = fc.record(Object.fromEntries(PREDIKATS.map((p) => [p, fc.nat(30)])) as Record<Predikat, fc.Arbitrary<number>>);
    fc.assert(
      fc.property(arb, (d) => {
        const h = analisisPenilai({ ...dasar, distribusi: d }, d);
        expect(h.bendera.filter((b) => b === 'MURAH' || b === 'PELIT')).toEqual([]);
      }),
    );
  });
});

describe('the keberatan decision target', () => {
  it('is due 14 days after filing, overdue the day after', () => {
    expect(batasPutusanKeberatan('2026-11-20', '2026-12-04')).toEqual({ batas: '2026-12-04', lewat: false });
    expect(batasPutusanKeberatan('2026-11-20', '2026-12-05')).toEqual({ batas: '2026-12-04', lewat: true });
    expect(batasPutusanKeberatan('2026-11-20', '2026-11-25', 3).lewat).toBe(true);
  });
  it('the last overdue filing day agrees with the decision target', () => {
    expect(keberatanLewatSampai('2026-12-05')).toBe('2026-11-20');
    expect(batasPutusanKeberatan(keberatanLewatSampai('2026-12-05'), '2026-12-05').lewat).toBe(true);
    expect(batasPutusanKeberatan('2026-11-21', '2026-12-05').lewat).toBe(false);
    expect(keberatanLewatSampai('2026-03-01', 3)).toBe('2026-02-25');
  });
});
