import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPAIAN_ORGANISASI,
  CAPAIAN_ORGANISASI_LABEL,
  DEFAULT_RATING_PIMPINAN,
  PREDIKATS,
  PREDIKAT_LABEL,
  RATINGS,
  RATING_LABEL,
  predikatKinerja,
  ratingHasilKerjaPimpinan,
  type Predikat,
  type Rating,
} from './rating';

describe('labels', () => {
  it('names every rating, predikat and capaian organisasi in Indonesian', () => {
    expect(RATINGS.map((r) => RATING_LABEL[r])).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi']);
    expect(PREDIKATS.map((p) => PREDIKAT_LABEL[p])).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ]);
    expect(CAPAIAN_ORGANISASI.map((c) => CAPAIAN_ORGANISASI_LABEL[c])).toEqual([
      'Istimewa',
      'Baik',
      'Butuh Perbaikan',
      'Kurang',
      'Sangat Kurang',
    ]);
  });
});

describe('predikat kinerja pegawai (SE MenPANRB 3/2023 matrix)', () => {
  const cells: Array<[Rating, Rating, Predikat]> = [
    ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ];
  it.each(cells)('hasil kerja %s, perilaku %s → %s', (hasil, perilaku, expected) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(expected);
  });

  it('poor behaviour caps the predicate at Kurang/Misconduct whatever the results', () => {
    for (const hasil of RATINGS) {
      const p = predikatKinerja(hasil, 'DI_BAWAH_EKSPEKTASI');
      expect(PREDIKATS.indexOf(p)).toBeGreaterThanOrEqual(PREDIKATS.indexOf('KURANG'));
    }
  });

  it('is monotone: a better rating in either dimension never gives a worse predicate', () => {
    const rating = fc.constantFrom(...RATINGS);
    const rank = (p: Predikat) => PREDIKATS.indexOf(p); // 0 = best
    const better = (a: Rating, b: Rating) => RATINGS.indexOf(a) <= RATINGS.indexOf(b);
    fc.assert(
      fc.property(rating, rating, rating, rating, (h1, p1, h2, p2) => {
        fc.pre(better(h1, h2) && better(p1, p2));
        expect(rank(predikatKinerja(h1, p1))).toBeLessThanOrEqual(rank(predikatKinerja(h2, p2)));
      }),
    );
  });
});

describe('rating hasil kerja pimpinan unit (secondary)', () => {
  it.each([
    ['ISTIMEWA', 'DI_ATAS_EKSPEKTASI'],
    ['BAIK', 'SESUAI_EKSPEKTASI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH_EKSPEKTASI'],
    ['KURANG', 'DI_BAWAH_EKSPEKTASI'],
    ['SANGAT_KURANG', 'DI_BAWAH_EKSPEKTASI'],
  ] as const)('capaian organisasi %s → %s', (capaian, rating) => {
    expect(ratingHasilKerjaPimpinan(capaian)).toBe(rating);
  });

  it('uses a replacement mapping when a region supplies one', () => {
    const mapping = { ...DEFAULT_RATING_PIMPINAN, BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI' } as const;
    expect(ratingHasilKerjaPimpinan('BUTUH_PERBAIKAN', mapping)).toBe('SESUAI_EKSPEKTASI');
  });
});
