import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JENIS_JABATAN } from './kepegawaian';
import { PREDIKATS } from './rating';
import { AmbangPotensiSchema, kelompokTalenta, kotakTalenta, SkorPotensiSchema, sumberCalon, tingkatKinerja, tingkatPotensi, TINGKAT_TALENTA } from './talenta';

describe('the axes', () => {
  it('performance from the last two annual predikat; none gives no place on the map', () => {
    expect(tingkatKinerja(['SANGAT_BAIK', 'SANGAT_BAIK'])).toBe('TINGGI');
    expect(tingkatKinerja(['SANGAT_BAIK', 'BAIK'])).toBe('TINGGI');
    expect(tingkatKinerja(['BAIK', 'BUTUH_PERBAIKAN'])).toBe('MENENGAH');
    expect(tingkatKinerja(['KURANG'])).toBe('RENDAH');
    expect(tingkatKinerja(['BAIK', 'BAIK', 'SANGAT_KURANG'])).toBe('MENENGAH');
    expect(tingkatKinerja([])).toBeNull();
  });

  it('potential by the pemda’s thresholds, exactly at each', () => {
    expect([59, 60, 79, 80].map((s) => tingkatPotensi(s))).toEqual(['RENDAH', 'MENENGAH', 'MENENGAH', 'TINGGI']);
    expect(tingkatPotensi(70, { menengah: 50, tinggi: 70 })).toBe('TINGGI');
    expect(AmbangPotensiSchema.safeParse({ menengah: 80, tinggi: 60 }).error?.issues[0]?.message).toBe('ambang tinggi harus di atas ambang menengah');
    expect(SkorPotensiSchema.safeParse({ skor: 101, sumber: 'x', tanggal: '2025-13-01' }).error?.issues.map((i) => i.path[0])).toEqual(['skor', 'sumber', 'tanggal']);
  });
});

describe('the nine boxes', () => {
  it('are numbered as in PermenPANRB 3/2020, each exactly once', () => {
    const semua = TINGKAT_TALENTA.flatMap((k) => TINGKAT_TALENTA.map((p) => kotakTalenta(k, p)));
    expect([...semua].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(kotakTalenta('TINGGI', 'TINGGI')).toBe(9);
    expect(kotakTalenta('RENDAH', 'RENDAH')).toBe(1);
    expect(kotakTalenta('TINGGI', 'RENDAH')).toBe(4);
    expect(kotakTalenta('RENDAH', 'TINGGI')).toBe(6);
  });

  it('property: a better performance or potential never lands in a lower group', () => {
    const urut = { PEMBINAAN: 0, PENGEMBANGAN: 1, SUKSESI: 2 } as const;
    fc.assert(
      fc.property(fc.constantFrom(...TINGKAT_TALENTA), fc.constantFrom(...TINGKAT_TALENTA), fc.constantFrom(...TINGKAT_TALENTA), (k, p, lebih) => {
        if (TINGKAT_TALENTA.indexOf(lebih) >= TINGKAT_TALENTA.indexOf(k)) expect(urut[kelompokTalenta(kotakTalenta(lebih, p))]).toBeGreaterThanOrEqual(urut[kelompokTalenta(kotakTalenta(k, p))]);
        if (TINGKAT_TALENTA.indexOf(lebih) >= TINGKAT_TALENTA.indexOf(p)) expect(urut[kelompokTalenta(kotakTalenta(k, lebih))]).toBeGreaterThanOrEqual(urut[kelompokTalenta(kotakTalenta(k, p))]);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 4 }), (ps) => {
        expect(ps.length === 0 ? tingkatKinerja(ps) === null : TINGKAT_TALENTA.includes(tingkatKinerja(ps)!)).toBe(true);
      }),
    );
  });

  it('the pool is boxes 7–9; a vacant post draws from one level below', () => {
    expect([1, 3, 4, 6, 7, 9].map(kelompokTalenta)).toEqual(['PEMBINAAN', 'PEMBINAAN', 'PENGEMBANGAN', 'PENGEMBANGAN', 'SUKSESI', 'SUKSESI']);
    expect(JENIS_JABATAN.map((j) => [j, sumberCalon(j)])).toEqual([
      ['JPT_MADYA', ['JPT_PRATAMA']],
      ['JPT_PRATAMA', ['ADMINISTRATOR']],
      ['ADMINISTRATOR', ['PENGAWAS']],
      ['PENGAWAS', ['PELAKSANA', 'FUNGSIONAL']],
      ['PELAKSANA', []],
      ['FUNGSIONAL', []],
    ]);
  });
});
