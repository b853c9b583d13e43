import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS } from './rating';
import type { KehadiranHari } from './kehadiran';
import { allowedActions, transition } from './workflow';
import { CONTOH_SKEMA_TPP, hitungTppBulanan, predikatUntukBulan, SkemaTppSchema, TPP_RUN_WORKFLOW, type SkemaTpp } from './tpp-bulanan';

const hadir = (tanggal: string, jamMasuk = '07:20', jamPulang = '16:05'): KehadiranHari => ({ tanggal, status: 'HADIR', jamMasuk, jamPulang });
const galat = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => (r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]));

describe('the scheme', () => {
  it('the example validates; bad parts are named', () => {
    expect(SkemaTppSchema.safeParse(CONTOH_SKEMA_TPP).success).toBe(true);
    expect(
      galat(SkemaTppSchema.safeParse({ ...CONTOH_SKEMA_TPP, basisPerKelas: [{ kelas: 18, basis: 1 }, { kelas: 3, basis: -1 }], jamMasuk: '7.30', pltPersen: 101 })),
    ).toEqual([
      ['basisPerKelas.0.kelas', 'paling besar 17'],
      ['basisPerKelas.1.basis', 'tidak boleh negatif'],
      ['jamMasuk', 'tulis jam HH:MM, misalnya 07:30'],
      ['pltPersen', 'paling besar 100'],
    ]);
    expect(galat(SkemaTppSchema.safeParse({ ...CONTOH_SKEMA_TPP, jamPulang: '07:00' }))).toEqual([['jamPulang', 'harus setelah jam masuk']]);
    expect(galat(SkemaTppSchema.safeParse({ ...CONTOH_SKEMA_TPP, basisPerKelas: [{ kelas: 3, basis: 1 }, { kelas: 3, basis: 2 }] }))).toEqual([['basisPerKelas', 'setiap kelas jabatan paling banyak sekali']]);
  });
});

describe('a month of one pegawai', () => {
  it('every deduction with its day; leave, sickness and duty travel deduct nothing', () => {
    const r = hitungTppBulanan({
      skema: CONTOH_SKEMA_TPP,
      kelas: 7,
      predikat: 'BAIK',
      skpDisetujui: true,
      hari: [
        hadir('2026-11-03', '07:45'),
        { tanggal: '2026-11-02', status: 'TANPA_KETERANGAN', jamMasuk: null, jamPulang: null },
        hadir('2026-11-04', '07:30', '15:20'),
        { tanggal: '2026-11-05', status: 'CUTI', jamMasuk: null, jamPulang: null },
        { tanggal: '2026-11-06', status: 'DINAS_LUAR', jamMasuk: '09:00', jamPulang: null },
        // Present, the machine recorded no times: nothing to measure.
        { tanggal: '2026-11-10', status: 'HADIR', jamMasuk: null, jamPulang: null },
        hadir('2026-11-09', '09:15'),
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) throw new Error(r.alasan);
    expect(r.hasil.potonganHarian).toEqual([
      { tanggal: '2026-11-02', jenis: 'TANPA_KETERANGAN', menit: null, persen: 7.5 },
      { tanggal: '2026-11-03', jenis: 'TERLAMBAT', menit: 15, persen: 1.25 },
      { tanggal: '2026-11-04', jenis: 'PULANG_CEPAT', menit: 40, persen: 2.5 },
      { tanggal: '2026-11-09', jenis: 'TERLAMBAT', menit: 105, persen: 5 },
    ]);
    // 3,500,000: kinerja 60 % = 2,100,000 paid in full; disiplin 1,400,000 less 16.25 %.
    expect(r.hasil.kinerja.diterima).toBe(2_100_000);
    expect(r.hasil.disiplin.potonganPersen).toBe(16.25);
    expect(r.hasil.disiplin.diterima).toBe(1_172_500);
    expect(r.hasil.dibayar).toBe(3_272_500);
    expect(r.hasil.kinerja.diterima + r.hasil.kinerja.potongan + r.hasil.disiplin.diterima + r.hasil.disiplin.potongan).toBe(3_500_000);
  });

  it('refuses, with the reason, a pegawai without a kelas or a kelas without a base', () => {
    const base = { skema: CONTOH_SKEMA_TPP, predikat: 'BAIK' as const, skpDisetujui: true, hari: [] };
    expect(hitungTppBulanan({ ...base, kelas: null })).toEqual({ ok: false, alasan: 'Kelas jabatan belum diisi' });
    expect(hitungTppBulanan({ ...base, kelas: 2 })).toEqual({ ok: false, alasan: 'Basis TPP kelas jabatan 2 belum ada di skema' });
    expect(hitungTppBulanan({ ...base, kelas: 7, kelasPlt: 4 })).toEqual({ ok: false, alasan: 'Basis TPP kelas jabatan Plt 4 belum ada di skema' });
  });

  it('a Plt adds the scheme’s share of the other post’s base; a cap lowers the total with its own line', () => {
    const r = hitungTppBulanan({ skema: { ...CONTOH_SKEMA_TPP, batasAtas: 4_000_000 }, kelas: 7, kelasPlt: 12, predikat: 'SANGAT_BAIK', skpDisetujui: true, hari: [] });
    if (!r.ok) throw new Error(r.alasan);
    expect(r.hasil.tambahanPlt).toBe(1_900_000);
    expect(r.hasil.basis).toBe(5_400_000);
    expect(r.hasil.total).toBe(5_400_000);
    expect(r.hasil.pembatasan).toBe(1_400_000);
    expect(r.hasil.dibayar).toBe(4_000_000);
  });

  const arbHari = fc.uniqueArray(
    fc.record({
      tanggal: fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`),
      status: fc.constantFrom('HADIR' as const, 'TANPA_KETERANGAN' as const, 'CUTI' as const, 'SAKIT' as const),
      masuk: fc.integer({ min: 6 * 60, max: 12 * 60 }),
      pulang: fc.integer({ min: 12 * 60 + 1, max: 18 * 60 }),
    }),
    { selector: (h) => h.tanggal, maxLength: 22 },
  );
  const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const keHari = (xs: Array<{ tanggal: string; status: KehadiranHari['status']; masuk: number; pulang: number }>): KehadiranHari[] =>
    xs.map((x) => ({ tanggal: x.tanggal, status: x.status, jamMasuk: x.status === 'HADIR' ? jam(x.masuk) : null, jamPulang: x.status === 'HADIR' ? jam(x.pulang) : null }));
  const skema = (batas: number | null): SkemaTpp => ({ ...CONTOH_SKEMA_TPP, batasAtas: batas });

  it('property: never negative, never above the cap, and the breakdown adds up to the rupiah', () => {
    fc.assert(
      fc.property(arbHari, fc.constantFrom(null, ...PREDIKATS), fc.boolean(), fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }), fc.constantFrom(1, 7, 15), (hari, predikat, skp, batas, kelas) => {
        const r = hitungTppBulanan({ skema: skema(batas), kelas, predikat, skpDisetujui: skp, hari: keHari(hari) });
        if (!r.ok) throw new Error(r.alasan);
        const h = r.hasil;
        expect(h.dibayar).toBeGreaterThanOrEqual(0);
        if (batas !== null) expect(h.dibayar).toBeLessThanOrEqual(batas);
        expect(h.dibayar + h.pembatasan).toBe(h.total);
        expect(h.kinerja.diterima + h.kinerja.potongan + h.disiplin.diterima + h.disiplin.potongan).toBe(h.basis);
      }),
    );
  });

  it('property: deductions are monotone in lateness — arriving later on any day never pays more', () => {
    fc.assert(
      fc.property(arbHari, fc.nat({ max: 200 }), fc.nat(), (hari, tambah, pilih) => {
        const hadirSaja = hari.filter((h) => h.status === 'HADIR');
        fc.pre(hadirSaja.length > 0);
        const i = pilih % hadirSaja.length;
        const later = hari.map((h) => (h === hadirSaja[i] ? { ...h, masuk: Math.min(h.masuk + tambah, h.pulang - 1) } : h));
        const a = hitungTppBulanan({ skema: CONTOH_SKEMA_TPP, kelas: 7, predikat: 'BAIK', skpDisetujui: true, hari: keHari(hari) });
        const b = hitungTppBulanan({ skema: CONTOH_SKEMA_TPP, kelas: 7, predikat: 'BAIK', skpDisetujui: true, hari: keHari(later) });
        if (!a.ok || !b.ok) throw new Error('kelas 7 has a base');
        expect(b.hasil.dibayar).toBeLessThanOrEqual(a.hasil.dibayar);
      }),
    );
  });
});

describe('which result a month maps to', () => {
  const hasil = [
    { jenis: 'TAHUNAN' as const, mulai: '2025-01-01', selesai: '2025-12-31', tahun: 2025, predikat: 'BAIK' as const },
    { jenis: 'PERIODIK' as const, mulai: '2026-07-01', selesai: '2026-09-30', tahun: 2026, predikat: 'SANGAT_BAIK' as const },
  ];
  it('the final periodic result covering the month, else last year’s annual result, else none', () => {
    expect(predikatUntukBulan('PERIODIK_TERAKHIR', '2026-08', hasil)).toEqual({ predikat: 'SANGAT_BAIK', dari: 'PERIODIK' });
    // A monthly result of August is more specific than the quarter's.
    const bulanan = { jenis: 'PERIODIK' as const, mulai: '2026-08-01', selesai: '2026-08-31', tahun: 2026, predikat: 'BUTUH_PERBAIKAN' as const };
    expect(predikatUntukBulan('PERIODIK_TERAKHIR', '2026-08', [...hasil, bulanan])).toEqual({ predikat: 'BUTUH_PERBAIKAN', dari: 'PERIODIK' });
    expect(predikatUntukBulan('PERIODIK_TERAKHIR', '2026-08', [bulanan, ...hasil])).toEqual({ predikat: 'BUTUH_PERBAIKAN', dari: 'PERIODIK' });
    expect(predikatUntukBulan('PERIODIK_TERAKHIR', '2026-11', hasil)).toEqual({ predikat: 'BAIK', dari: 'TAHUNAN' });
    expect(predikatUntukBulan('TAHUNAN_LALU', '2026-08', hasil)).toEqual({ predikat: 'BAIK', dari: 'TAHUNAN' });
    expect(predikatUntukBulan('TAHUNAN_LALU', '2028-01', hasil)).toBeNull();
  });
});

describe('the monthly run', () => {
  it('is approved by BKPSDM once; an approved run is only ever replaced by a newer version', () => {
    expect(allowedActions(TPP_RUN_WORKFLOW, 'DRAF', 'admin_bkpsdm')).toEqual(['setujui']);
    expect(allowedActions(TPP_RUN_WORKFLOW, 'DISETUJUI', 'admin_bkpsdm')).toEqual([]);
    expect(transition(TPP_RUN_WORKFLOW, 'DISETUJUI', 'ganti', 'sistem')).toMatchObject({ ok: true, to: 'DIGANTI' });
    expect(TPP_RUN_WORKFLOW.editableStates).toEqual(['DRAF']);
  });
});
