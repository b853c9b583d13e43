import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import { DEFAULT_SUGGEST_THRESHOLDS, realisasiPeriode, SuggestThresholdsSchema, suggestRatingHasilKerja, targetPeriode } from './suggest-rating';

describe('suggested rating hasil kerja (advice only)', () => {
  it('gives no suggestion without indicators', () => {
    expect(suggestRatingHasilKerja([])).toBeNull();
  });

  it('targets met on average → Sesuai Ekspektasi, with an Indonesian reason', () => {
    const s = suggestRatingHasilKerja([
      { target: 100, realisasi: 100 },
      { target: 12, realisasi: 11 },
      { target: 4, realisasi: 5 },
    ]);
    expect(s?.rating).toBe('SESUAI_EKSPEKTASI');
    expect(s?.capaianPersen).toBe(103.89);
    expect(s?.perIndikator.map((i) => i.capaianPersen)).toEqual([100, 91.67, 125]);
    expect(s?.perIndikator.map((i) => i.capaianDihitung)).toEqual([100, 91.67, 120]);
    expect(s?.alasan).toBe(
      'Rata-rata capaian 3 indikator 103,89% (Di Atas Ekspektasi ≥ 110%, Sesuai Ekspektasi ≥ 90%), ' +
        'maka disarankan Sesuai Ekspektasi. 1 indikator dibatasi pada 0–120%. ' +
        'Saran ini hanya bahan pertimbangan; rating ditetapkan oleh pejabat penilai kinerja.',
    );
  });

  it('at the thresholds: 110% → Di Atas, 109.99% → Sesuai, 90% → Sesuai, below → Di Bawah', () => {
    expect(suggestRatingHasilKerja([{ target: 100, realisasi: 110 }])?.rating).toBe('DI_ATAS_EKSPEKTASI');
    expect(suggestRatingHasilKerja([{ target: 10000, realisasi: 10999 }])?.rating).toBe('SESUAI_EKSPEKTASI');
    expect(suggestRatingHasilKerja([{ target: 110, realisasi: 99 }])?.rating).toBe('SESUAI_EKSPEKTASI');
    expect(suggestRatingHasilKerja([{ target: 100, realisasi: 89.99 }])?.rating).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('caps one outlier so it cannot carry the average', () => {
    const s = suggestRatingHasilKerja([
      { target: 10, realisasi: 100 },
      { target: 10, realisasi: 6 },
    ]);
    expect(s?.perIndikator[0]).toMatchObject({ capaianPersen: 1000, capaianDihitung: 120, dibatasi: true });
    expect(s?.capaianPersen).toBe(90);
    expect(s?.rating).toBe('SESUAI_EKSPEKTASI');
  });

  it('lower is better: (2·target − realisasi) / target, never below 0', () => {
    const s = suggestRatingHasilKerja([
      { target: 10, realisasi: 8, lowerIsBetter: true },
      { target: 10, realisasi: 25, lowerIsBetter: true },
    ]);
    expect(s?.perIndikator.map((i) => [i.capaianPersen, i.capaianDihitung, i.dibatasi])).toEqual([
      [120, 120, false],
      [-50, 0, true],
    ]);
    expect(s?.perIndikator[0]?.lowerIsBetter).toBe(true);
    expect(s?.rating).toBe('DI_BAWAH_EKSPEKTASI');
  });

  it('target 0: met when realisasi is 0; above 0 is the cap (higher better) or 0% (lower better)', () => {
    const s = suggestRatingHasilKerja([
      { target: 0, realisasi: 0 },
      { target: 0, realisasi: 3 },
      { target: 0, realisasi: 0, lowerIsBetter: true },
      { target: 0, realisasi: 2, lowerIsBetter: true },
    ]);
    expect(s?.perIndikator.map((i) => i.capaianPersen)).toEqual([100, 120, 100, 0]);
    expect(s?.alasan).not.toContain('dibatasi');
  });

  it('uses thresholds supplied by the instansi', () => {
    const t = { diAtasMinPersen: 100, sesuaiMinPersen: 80, capPersen: 150 };
    expect(suggestRatingHasilKerja([{ target: 10, realisasi: 10 }], t)?.rating).toBe('DI_ATAS_EKSPEKTASI');
  });

  it.each([
    [{ target: -1, realisasi: 1 }],
    [{ target: 1, realisasi: Number.NaN }],
  ])('refuses a negative or non-numeric value %o', (ind) => {
    expect(() => suggestRatingHasilKerja([ind])).toThrow(DomainError);
  });

  it('validates thresholds', () => {
    expect(SuggestThresholdsSchema.safeParse(DEFAULT_SUGGEST_THRESHOLDS).success).toBe(true);
    const swapped = SuggestThresholdsSchema.safeParse({ diAtasMinPersen: 90, sesuaiMinPersen: 110, capPersen: 120 });
    expect(swapped.error?.issues[0]?.message).toBe('Batas "Sesuai Ekspektasi" harus lebih kecil dari batas "Di Atas Ekspektasi"');
    const lowCap = SuggestThresholdsSchema.safeParse({ diAtasMinPersen: 110, sesuaiMinPersen: 90, capPersen: 100 });
    expect(lowCap.success).toBe(false);
  });
});

describe('the target of one assessment period', () => {
  const skp = { mulai: '2026-01-01', selesai: '2026-12-31' };
  const november = { mulai: '2026-11-01', selesai: '2026-11-30' };
  it('a month compares with the rencana aksi planned for it', () => {
    expect(targetPeriode({ targetSkp: 120, kumulatif: true, skp, periode: november, rencanaAksi: [6, null, 4] })).toEqual({
      target: 10,
      sumber: 'RENCANA_AKSI',
      keterangan: 'jumlah target 2 rencana aksi periode ini = 10',
    });
  });
  it('without a numeric rencana aksi, the SKP target is prorated by days', () => {
    expect(targetPeriode({ targetSkp: 120, kumulatif: true, skp, periode: november, rencanaAksi: [null] })).toEqual({
      target: 9.86,
      sumber: 'PRORATA',
      keterangan: 'target SKP 120 diprorata 30 dari 365 hari = 9,86',
    });
  });
  it('an SKP that starts mid-year shares only its own days', () => {
    const t = targetPeriode({ targetSkp: 100, kumulatif: true, skp: { mulai: '2026-11-16', selesai: '2026-12-31' }, periode: november, rencanaAksi: [] });
    expect(t).toMatchObject({ target: 32.61, sumber: 'PRORATA' }); // 15 of 46 days
    expect(targetPeriode({ targetSkp: 100, kumulatif: true, skp: { mulai: '2026-12-01', selesai: '2026-12-31' }, periode: november, rencanaAksi: [] }).target).toBe(0);
    expect(targetPeriode({ targetSkp: 100, kumulatif: true, skp: { mulai: '2026-12-31', selesai: '2026-12-01' }, periode: november, rencanaAksi: [] }).target).toBe(0);
  });
  it('the annual period and a level indicator keep the SKP target', () => {
    expect(targetPeriode({ targetSkp: 120, kumulatif: true, skp, periode: skp, rencanaAksi: [5] })).toEqual({ target: 120, sumber: 'TAHUNAN', keterangan: 'target SKP 120' });
    expect(targetPeriode({ targetSkp: 95, kumulatif: false, skp, periode: november, rencanaAksi: [5] })).toMatchObject({ target: 95, sumber: 'TAHUNAN' });
  });
  it('refuses dates and targets that are not', () => {
    expect(() => targetPeriode({ targetSkp: 1, kumulatif: true, skp, periode: { mulai: '2026-11', selesai: '2026-11-30' }, rencanaAksi: [] })).toThrow(DomainError);
    expect(() => targetPeriode({ targetSkp: -1, kumulatif: true, skp, periode: november, rencanaAksi: [] })).toThrow('Target harus angka tidak negatif');
    expect(() => targetPeriode({ targetSkp: Number.NaN, kumulatif: true, skp, periode: november, rencanaAksi: [] })).toThrow(DomainError);
  });
  it('twelve prorated months add up to the year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (targetSkp) => {
        const months = Array.from({ length: 12 }, (_, i) => {
          const m = String(i + 1).padStart(2, '0');
          const akhir = new Date(Date.UTC(2026, i + 1, 0)).getUTCDate();
          return targetPeriode({ targetSkp, kumulatif: true, skp, periode: { mulai: `2026-${m}-01`, selesai: `2026-${m}-${akhir}` }, rencanaAksi: [] }).target;
        });
        expect(Math.abs(months.reduce((s, t) => s + t, 0) - targetSkp)).toBeLessThanOrEqual(0.06);
      }),
    );
  });
  it('the suggestion names where the targets come from', () => {
    const saran = suggestRatingHasilKerja([
      { target: 10, realisasi: 10, sumberTarget: 'RENCANA_AKSI' },
      { target: 9.86, realisasi: 9, sumberTarget: 'PRORATA' },
      { target: 10, realisasi: 11, sumberTarget: 'RENCANA_AKSI' },
    ]);
    expect(saran?.alasan).toContain('Target yang dibandingkan: 2 indikator dengan target rencana aksi periode ini, 1 indikator dengan target SKP diprorata.');
    expect(suggestRatingHasilKerja([{ target: 1, realisasi: 1 }])?.alasan).not.toContain('Target yang dibandingkan');
  });
});

describe('the realised value in a period', () => {
  it('is the sum for an accumulating indicator and the latest report for a level', () => {
    expect(realisasiPeriode({ jumlah: 7, terakhir: 4 }, true)).toBe(7);
    expect(realisasiPeriode({ jumlah: 184, terakhir: 93 }, false)).toBe(93);
    expect(realisasiPeriode({ jumlah: null, terakhir: null }, true)).toBeNull();
  });
});
