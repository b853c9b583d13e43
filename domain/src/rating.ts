/**
 * Ratings and predicates (PermenPANRB 6/2022; SE MenPANRB 3/2023).
 */

/** Rating of hasil kerja or perilaku kerja, best first. */
export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABEL: Readonly<Record<Rating, string>> = {
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
};

/** Predikat kinerja pegawai, best first. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABEL: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Capaian kinerja organisasi (the unit's result), best first. */
export const CAPAIAN_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type CapaianOrganisasi = (typeof CAPAIAN_ORGANISASI)[number];

export const CAPAIAN_ORGANISASI_LABEL: Readonly<Record<CapaianOrganisasi, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * The official matrix (SE MenPANRB 3/2023), indexed `[hasilKerja][perilaku]`.
 * Poor behaviour caps the predicate at Kurang/Misconduct whatever the results.
 */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** Predikat kinerja pegawai from rating hasil kerja and rating perilaku kerja. */
export function predikatKinerja(hasilKerja: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

/**
 * Rating hasil kerja of a pimpinan unit, which follows the unit's result
 * *(secondary)*: Istimewa → di atas, Baik → sesuai, lower → di bawah.
 * A region may replace the mapping.
 */
export const DEFAULT_RATING_PIMPINAN: Readonly<Record<CapaianOrganisasi, Rating>> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};

export function ratingHasilKerjaPimpinan(
  capaian: CapaianOrganisasi,
  mapping: Readonly<Record<CapaianOrganisasi, Rating>> = DEFAULT_RATING_PIMPINAN,
): Rating {
  return mapping[capaian];
}
