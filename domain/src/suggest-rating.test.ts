import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import { DEFAULT_SUGGEST_THRESHOLDS, SuggestThresholdsSchema, suggestRatingHasilKerja } from './suggest-rating';

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
