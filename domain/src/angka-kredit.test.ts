import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANGKA_KREDIT_CONFIG,
  JENJANGS,
  JENJANG_LABEL,
  KEBUTUHAN_ANGKA_KREDIT,
  KOEFISIEN_ANGKA_KREDIT,
  PERSENTASE_PREDIKAT_AK,
  akumulasiAngkaKredit,
  angkaKredit,
  kebutuhanAngkaKredit,
  type Jenjang,
} from './angka-kredit';
import { DomainError } from './common';
import { PREDIKATS } from './rating';

describe('angka kredit from the predikat (PerBKN 3/2023)', () => {
  it('Ahli Pertama, a full year, Sangat Baik → 150% × 12.5 = 18.75', () => {
    expect(angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 })).toBe(18.75);
  });
  it('Ahli Pertama, 2 months, Baik → 2/12 × 12.5 = 2.083 (3 decimals)', () => {
    expect(angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 })).toBe(2.083);
  });
  it('rounds half up: Pemula, 1 month, Baik → 0.3125 → 0.313', () => {
    expect(angkaKredit({ jenjang: 'PEMULA', predikat: 'BAIK', bulan: 1 })).toBe(0.313);
  });

  const annualBaik: Array<[Jenjang, string, number]> = [
    ['PEMULA', 'Pemula', 3.75],
    ['TERAMPIL', 'Terampil', 5],
    ['MAHIR', 'Mahir', 12.5],
    ['PENYELIA', 'Penyelia', 25],
    ['AHLI_PERTAMA', 'Ahli Pertama', 12.5],
    ['AHLI_MUDA', 'Ahli Muda', 25],
    ['AHLI_MADYA', 'Ahli Madya', 37.5],
    ['AHLI_UTAMA', 'Ahli Utama', 50],
  ];
  it.each(annualBaik)('%s (%s): a full year Baik earns the annual coefficient %d', (jenjang, label, koef) => {
    expect(JENJANG_LABEL[jenjang]).toBe(label);
    expect(angkaKredit({ jenjang, predikat: 'BAIK', bulan: 12 })).toBe(koef);
  });

  it.each([
    ['SANGAT_BAIK', 37.5],
    ['BAIK', 25],
    ['BUTUH_PERBAIKAN', 18.75],
    ['KURANG', 12.5],
    ['SANGAT_KURANG', 6.25],
  ] as const)('Ahli Muda, a full year, %s → %d', (predikat, ak) => {
    expect(angkaKredit({ jenjang: 'AHLI_MUDA', predikat, bulan: 12 })).toBe(ak);
  });

  it.each([0, 13, 1.5, -1, Number.NaN])('refuses %d months', (bulan) => {
    expect(() => angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan })).toThrow(DomainError);
    expect(() => angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan })).toThrow(/1 sampai 12/);
  });

  it('uses replaced coefficients and percentages', () => {
    const config = {
      koefisien: { ...DEFAULT_ANGKA_KREDIT_CONFIG.koefisien, AHLI_MUDA: 20 },
      persentase: { ...DEFAULT_ANGKA_KREDIT_CONFIG.persentase, SANGAT_BAIK: 120 },
    };
    expect(angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'SANGAT_BAIK', bulan: 6 }, config)).toBe(12);
  });

  it('scales linearly with months: ak(m) · 12 / m equals ak(12) within rounding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JENJANGS),
        fc.constantFrom(...PREDIKATS),
        fc.integer({ min: 1, max: 12 }),
        (jenjang, predikat, bulan) => {
          const exact = (bulan / 12) * (PERSENTASE_PREDIKAT_AK[predikat] / 100) * KOEFISIEN_ANGKA_KREDIT[jenjang];
          expect(Math.abs(angkaKredit({ jenjang, predikat, bulan }) - exact)).toBeLessThanOrEqual(0.0005 + 1e-9);
          const part = angkaKredit({ jenjang, predikat, bulan });
          const full = angkaKredit({ jenjang, predikat, bulan: 12 });
          // Both values are rounded to 3 decimals: ak(m) by at most 0.0005 (scaled by 12/m), ak(12) by at most 0.0005.
          expect(Math.abs((part * 12) / bulan - full)).toBeLessThanOrEqual((0.0005 * 12) / bulan + 0.0005 + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('kebutuhan angka kredit (secondary table)', () => {
  it.each([
    ['AHLI_PERTAMA', 'III/a', 'PANGKAT', 50],
    ['AHLI_PERTAMA', 'III/b', 'JENJANG', 100],
    ['AHLI_MUDA', 'III/d', 'JENJANG', 200],
    ['AHLI_MADYA', 'IV/b', 'PANGKAT', 150],
    ['AHLI_MADYA', 'IV/c', 'JENJANG', 450],
    ['AHLI_UTAMA', 'IV/d', 'PANGKAT', 200],
    ['PEMULA', 'II/a', 'JENJANG', 15],
    ['TERAMPIL', 'II/d', 'JENJANG', 60],
    ['MAHIR', 'III/b', 'JENJANG', 100],
    ['PENYELIA', 'III/c', 'PANGKAT', 100],
  ] as const)('%s %s, kenaikan %s → %d', (jenjang, golongan, jenis, ak) => {
    expect(kebutuhanAngkaKredit({ jenjang, golongan, jenis })).toBe(ak);
  });
  it('has nothing above the top and nothing for a golongan outside the jenjang', () => {
    expect(kebutuhanAngkaKredit({ jenjang: 'AHLI_UTAMA', golongan: 'IV/e', jenis: 'PANGKAT' })).toBeNull();
    expect(kebutuhanAngkaKredit({ jenjang: 'AHLI_MUDA', golongan: 'III/c', jenis: 'JENJANG' })).toBeNull();
    expect(kebutuhanAngkaKredit({ jenjang: 'AHLI_UTAMA', golongan: 'II/a', jenis: 'PANGKAT' })).toBeNull();
  });
  it('covers every jenjang and uses a replacement table', () => {
    expect(new Set(KEBUTUHAN_ANGKA_KREDIT.map((r) => r.jenjang))).toEqual(new Set(JENJANGS));
    const table = [{ jenjang: 'AHLI_MUDA', golongan: 'III/c', kenaikanPangkat: 90, kenaikanJenjang: null }] as const;
    expect(kebutuhanAngkaKredit({ jenjang: 'AHLI_MUDA', golongan: 'III/c', jenis: 'PANGKAT' }, table)).toBe(90);
  });
});

describe('akumulasi angka kredit', () => {
  it('adds periods until the requirement is met', () => {
    expect(akumulasiAngkaKredit({ perolehan: [12.5, 18.75, { keterangan: 'Jan–Feb 2026', angkaKredit: 2.083 }], kebutuhan: 50 })).toEqual({
      total: 33.333,
      kebutuhan: 50,
      kekurangan: 16.667,
      kelebihan: 0,
      tercapai: false,
      persentase: 66.67,
    });
  });
  it('reports the excess once achieved, counting the carried-over AK', () => {
    expect(akumulasiAngkaKredit({ perolehan: [18.75, 18.75], kebutuhan: 50, akAwal: 15 })).toEqual({
      total: 52.5,
      kebutuhan: 50,
      kekurangan: 0,
      kelebihan: 2.5,
      tercapai: true,
      persentase: 105,
    });
  });
  it('exactly at the requirement is achieved', () => {
    expect(akumulasiAngkaKredit({ perolehan: [25, 25], kebutuhan: 50 }).tercapai).toBe(true);
  });
  it('sums without float noise', () => {
    expect(akumulasiAngkaKredit({ perolehan: [0.1, 0.2], kebutuhan: 1 }).total).toBe(0.3);
  });
  it.each([0, -5, Number.NaN])('refuses a requirement of %d', (kebutuhan) => {
    expect(() => akumulasiAngkaKredit({ perolehan: [], kebutuhan })).toThrow(DomainError);
  });
  it.each([-1, Number.POSITIVE_INFINITY])('refuses an amount of %d', (a) => {
    expect(() => akumulasiAngkaKredit({ perolehan: [a], kebutuhan: 50 })).toThrow(/tidak boleh negatif/);
  });
});
