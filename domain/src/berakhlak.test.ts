import { describe, expect, it } from 'vitest';
import { BERAKHLAK, BERAKHLAK_KODE } from './berakhlak';

describe('BerAKHLAK core values', () => {
  it('has the seven values in order, each with three indicators', () => {
    expect(BERAKHLAK.map((v) => v.kode)).toEqual([...BERAKHLAK_KODE]);
    expect(BERAKHLAK.map((v) => v.nama)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    for (const v of BERAKHLAK) expect(v.indikator).toHaveLength(3);
  });
  it('keeps the indicator text of the regulation', () => {
    expect(BERAKHLAK[0]?.indikator).toEqual([
      'memahami dan memenuhi kebutuhan masyarakat',
      'ramah, cekatan, solutif dan dapat diandalkan',
      'melakukan perbaikan tiada henti',
    ]);
    expect(BERAKHLAK.find((v) => v.kode === 'LOYAL')?.indikator[0]).toBe(
      'memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
    );
  });
});
