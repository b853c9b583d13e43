import { describe, expect, it } from 'vitest';
import { formatNip, nipError, parseNip, parseNipAsn, parseNipPppk } from './nip';

describe('NIP PNS: tanggal lahir (8) · TMT CPNS (6) · jenis kelamin (1) · nomor urut (3)', () => {
  it('reads a valid NIP', () => {
    expect(parseNip('198503122010011003')).toEqual({
      ok: true,
      jenisAsn: 'PNS',
      tanggalLahir: '1985-03-12',
      tmtCpns: '2010-01',
      jenisKelamin: 'L',
      nomorUrut: 3,
    });
  });
  it('reads the printed spaced form and a woman’s NIP', () => {
    expect(parseNip(' 19920229 201502 2 015 ')).toMatchObject({ ok: true, tanggalLahir: '1992-02-29', jenisKelamin: 'P', nomorUrut: 15 });
  });
  it('accepts a TMT in the month of the 17th birthday', () => {
    expect(parseNip('196005011977051001').ok).toBe(true);
  });

  it.each([
    ['', 'NIP wajib diisi'],
    ['19850312201001100A', 'NIP hanya boleh berisi angka'],
    ['1985-03-12', 'NIP hanya boleh berisi angka'],
    ['19850312201001100', 'NIP harus 18 digit (saat ini 17)'],
    ['1985031220100110033', 'NIP harus 18 digit (saat ini 19)'],
    ['199002302015021001', 'Tanggal lahir pada NIP tidak valid (1990-02-30)'],
    ['189912312015021001', 'Tanggal lahir pada NIP tidak valid (1899-12-31)'],
    ['199013012015021001', 'Tanggal lahir pada NIP tidak valid (1990-13-01)'],
    ['198503122010131003', 'Bulan TMT CPNS pada NIP tidak valid (2010-13)'],
    ['198503122010001003', 'Bulan TMT CPNS pada NIP tidak valid (2010-00)'],
    ['198503121984011003', 'TMT CPNS pada NIP (1984-01) sebelum tanggal lahir (1985-03-12)'],
    ['198503122002021003', 'TMT CPNS pada NIP (2002-02) sebelum pegawai berusia 17 tahun'],
    ['198503122010013003', 'Digit jenis kelamin pada NIP harus 1 atau 2 (saat ini 3)'],
    ['198503122010010003', 'Digit jenis kelamin pada NIP harus 1 atau 2 (saat ini 0)'],
    ['198503122010011000', 'Nomor urut pada NIP tidak boleh 000'],
  ])('%s → "%s"', (nip, error) => {
    expect(parseNip(nip)).toEqual({ ok: false, error });
    expect(nipError(nip, 'PNS')).toBe(error);
  });
});

describe('NIP PPPK: the TMT PPPK in positions 9–14, from 2019', () => {
  it('reads a valid NIP', () => {
    expect(parseNipPppk('199001012022022001')).toEqual({
      ok: true,
      jenisAsn: 'PPPK',
      tanggalLahir: '1990-01-01',
      tmtPppk: '2022-02',
      jenisKelamin: 'P',
      nomorUrut: 1,
    });
    expect(nipError('199001012019011001', 'PPPK')).toBeNull();
  });
  it('refuses a TMT before 2019 and names the PPPK fields', () => {
    expect(nipError('199001012018121001', 'PPPK')).toBe('TMT PPPK pada NIP (2018-12) tidak boleh sebelum tahun 2019');
    expect(nipError('199001012022142001', 'PPPK')).toBe('Bulan TMT PPPK pada NIP tidak valid (2022-14)');
    expect(nipError('1990010120220220', 'PPPK')).toBe('NIP harus 18 digit (saat ini 16)');
  });
});

describe('parseNipAsn / nipError', () => {
  it('dispatches on jenis ASN', () => {
    expect(parseNipAsn('198503122010011003', 'PNS')).toMatchObject({ ok: true, jenisAsn: 'PNS', tmtCpns: '2010-01' });
    expect(parseNipAsn('199001012022022001', 'PPPK')).toMatchObject({ ok: true, jenisAsn: 'PPPK', tmtPppk: '2022-02' });
    expect(nipError('198503122010011003', 'PNS')).toBeNull();
    // A PNS NIP from 2010 is not a valid PPPK NIP.
    expect(nipError('198503122010011003', 'PPPK')).toMatch(/sebelum tahun 2019/);
  });
});

describe('formatNip', () => {
  it('gives the customary spaced form', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
    expect(formatNip('19850312 201001 1 003')).toBe('19850312 201001 1 003');
  });
  it('leaves anything that is not 18 digits unchanged (trimmed)', () => {
    expect(formatNip(' 12345 ')).toBe('12345');
  });
});
