import { describe, expect, it } from 'vitest';
import { JENJANGS } from './angka-kredit';
import {
  bolehMengelolaAkun,
  PERAN_MENCAKUP,
  peranTercakup,
  ROLES,
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  JENJANG_KEAHLIAN,
  JENJANG_KETERAMPILAN,
  kategoriJenjang,
  pangkatGolonganLabel,
  pangkatOf,
  validateGolongan,
  validateJabatan,
} from './kepegawaian';

describe('jabatan', () => {
  it('has six kinds with labels', () => {
    expect(JENIS_JABATAN.map((j) => JENIS_JABATAN_LABEL[j])).toEqual([
      'Jabatan Pimpinan Tinggi Madya',
      'Jabatan Pimpinan Tinggi Pratama',
      'Administrator',
      'Pengawas',
      'Pelaksana',
      'Fungsional',
    ]);
  });
  it('splits jenjang fungsional into keterampilan and keahlian', () => {
    expect([...JENJANG_KETERAMPILAN, ...JENJANG_KEAHLIAN]).toEqual([...JENJANGS]);
    expect(JENJANG_KEAHLIAN.every((j) => kategoriJenjang(j) === 'KEAHLIAN')).toBe(true);
    expect(JENJANG_KETERAMPILAN.every((j) => kategoriJenjang(j) === 'KETERAMPILAN')).toBe(true);
  });
  it.each(JENJANGS)('a jabatan fungsional may have jenjang %s', (jenjang) => {
    expect(validateJabatan({ jenis: 'FUNGSIONAL', jenjang })).toBeNull();
  });
  it.each(JENIS_JABATAN.filter((j) => j !== 'FUNGSIONAL'))('%s has no jenjang', (jenis) => {
    expect(validateJabatan({ jenis })).toBeNull();
    expect(validateJabatan({ jenis, jenjang: null })).toBeNull();
    expect(validateJabatan({ jenis, jenjang: 'AHLI_MUDA' })).toBe(
      `Jabatan ${JENIS_JABATAN_LABEL[jenis]} tidak memiliki jenjang fungsional`,
    );
  });
  it('refuses a fungsional without or with an unknown jenjang, and an unknown jenis', () => {
    expect(validateJabatan({ jenis: 'FUNGSIONAL' })).toBe('Jabatan fungsional wajib memiliki jenjang (keahlian atau keterampilan)');
    expect(validateJabatan({ jenis: 'FUNGSIONAL', jenjang: '' })).toMatch(/wajib memiliki jenjang/);
    expect(validateJabatan({ jenis: 'FUNGSIONAL', jenjang: 'AHLI_SENIOR' })).toBe(
      'Jenjang jabatan fungsional tidak dikenal (AHLI_SENIOR); pilih salah satu: ' +
        'Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama',
    );
    expect(validateJabatan({ jenis: 'ESELON_II' })).toBe('Jenis jabatan tidak dikenal (ESELON_II)');
  });
});

describe('golongan and pangkat', () => {
  it.each([
    ['I/a', 'Juru Muda'],
    ['I/b', 'Juru Muda Tingkat I'],
    ['I/c', 'Juru'],
    ['I/d', 'Juru Tingkat I'],
    ['II/a', 'Pengatur Muda'],
    ['II/b', 'Pengatur Muda Tingkat I'],
    ['II/c', 'Pengatur'],
    ['II/d', 'Pengatur Tingkat I'],
    ['III/a', 'Penata Muda'],
    ['III/b', 'Penata Muda Tingkat I'],
    ['III/c', 'Penata'],
    ['III/d', 'Penata Tingkat I'],
    ['IV/a', 'Pembina'],
    ['IV/b', 'Pembina Tingkat I'],
    ['IV/c', 'Pembina Utama Muda'],
    ['IV/d', 'Pembina Utama Madya'],
    ['IV/e', 'Pembina Utama'],
  ])('PNS %s is %s', (golongan, pangkat) => {
    expect(validateGolongan('PNS', golongan)).toBeNull();
    expect(pangkatOf(golongan)).toBe(pangkat);
  });
  it('has 17 PNS and 17 PPPK golongan', () => {
    expect(GOLONGAN_PNS).toHaveLength(17);
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK.at(-1)).toBe('XVII');
  });
  it('PPPK golongan I … XVII have no pangkat', () => {
    for (const g of GOLONGAN_PPPK) expect(validateGolongan('PPPK', g)).toBeNull();
    expect(pangkatOf('IX')).toBeNull();
  });
  it('refuses a golongan of the other kind or an unknown one', () => {
    expect(validateGolongan('PNS', 'IV/f')).toBe('Golongan ruang PNS tidak dikenal (IV/f); gunakan I/a sampai IV/e');
    expect(validateGolongan('PNS', 'IX')).toMatch(/PNS tidak dikenal/);
    expect(validateGolongan('PPPK', 'III/a')).toBe('Golongan PPPK tidak dikenal (III/a); gunakan I sampai XVII');
    expect(validateGolongan('PPPK', 'XVIII')).toMatch(/PPPK tidak dikenal/);
  });
  it('formats "pangkat (golongan)"', () => {
    expect(pangkatGolonganLabel('III/a')).toBe('Penata Muda (III/a)');
    expect(pangkatGolonganLabel('VII')).toBeNull();
  });
});

describe('role coverage (issue #11: no takeover of a more privileged account)', () => {
  it('a system admin covers every role; a BKPSDM admin all but the system admin', () => {
    for (const r of ROLES) expect(peranTercakup(['ADMIN_SISTEM'], r)).toBe(true);
    expect(ROLES.filter((r) => peranTercakup(['ADMIN_BKPSDM'], r))).toEqual(['PEGAWAI', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM', 'PIMPINAN']);
    expect(peranTercakup(['PEGAWAI'], 'PENGELOLA_KINERJA')).toBe(false);
    expect(peranTercakup(['PENGELOLA_KINERJA', 'PIMPINAN'], 'PIMPINAN')).toBe(true);
  });

  it('an account may be managed only when each of its roles is covered', () => {
    expect(bolehMengelolaAkun(['ADMIN_BKPSDM'], ['PEGAWAI', 'ADMIN_SISTEM'])).toBe(false);
    expect(bolehMengelolaAkun(['ADMIN_BKPSDM'], ['PEGAWAI', 'PIMPINAN'])).toBe(true);
    expect(bolehMengelolaAkun(['ADMIN_SISTEM'], ['ADMIN_SISTEM', 'ADMIN_BKPSDM'])).toBe(true);
    expect(bolehMengelolaAkun(['PEGAWAI', 'ADMIN_BKPSDM'], [])).toBe(true);
  });

  it('coverage is reflexive and transitive, and the system admin is covered only by itself', () => {
    for (const r of ROLES) expect(PERAN_MENCAKUP[r]).toContain(r);
    for (const a of ROLES)
      for (const b of PERAN_MENCAKUP[a]) for (const c of PERAN_MENCAKUP[b]) expect(PERAN_MENCAKUP[a]).toContain(c);
    expect(ROLES.filter((r) => PERAN_MENCAKUP[r].includes('ADMIN_SISTEM'))).toEqual(['ADMIN_SISTEM']);
  });
});
