/**
 * Organisation vocabulary: jenis ASN, jenis jabatan, jenjang fungsional,
 * golongan and pangkat (UU 20/2023; PermenPANRB 1/2023; PP 11/2017 as amended).
 * The functions take raw strings because they validate user input.
 */
import { JENJANGS, JENJANG_LABEL, type Jenjang } from './angka-kredit';

export const JENIS_ASN = ['PNS', 'PPPK'] as const;
export type JenisAsn = (typeof JENIS_ASN)[number];

export const JENIS_JABATAN = [
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

export const JENIS_JABATAN_LABEL: Readonly<Record<JenisJabatan, string>> = {
  JPT_MADYA: 'Jabatan Pimpinan Tinggi Madya',
  JPT_PRATAMA: 'Jabatan Pimpinan Tinggi Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

export const JENJANG_KETERAMPILAN = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const satisfies readonly Jenjang[];
export const JENJANG_KEAHLIAN = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'] as const satisfies readonly Jenjang[];

export type KategoriFungsional = 'KETERAMPILAN' | 'KEAHLIAN';

export function kategoriJenjang(jenjang: Jenjang): KategoriFungsional {
  return (JENJANG_KEAHLIAN as readonly Jenjang[]).includes(jenjang) ? 'KEAHLIAN' : 'KETERAMPILAN';
}

function isJenisJabatan(value: string): value is JenisJabatan {
  return (JENIS_JABATAN as readonly string[]).includes(value);
}

function isJenjang(value: string): value is Jenjang {
  return (JENJANGS as readonly string[]).includes(value);
}

/**
 * A jabatan fungsional must have a jenjang (keahlian or keterampilan);
 * every other kind of jabatan has none. Returns an Indonesian error or null.
 */
export function validateJabatan({ jenis, jenjang }: { jenis: string; jenjang?: string | null }): string | null {
  if (!isJenisJabatan(jenis)) return `Jenis jabatan tidak dikenal (${jenis})`;
  const hasJenjang = jenjang !== undefined && jenjang !== null && jenjang !== '';
  if (jenis !== 'FUNGSIONAL') {
    return hasJenjang ? `Jabatan ${JENIS_JABATAN_LABEL[jenis]} tidak memiliki jenjang fungsional` : null;
  }
  if (!hasJenjang) return 'Jabatan fungsional wajib memiliki jenjang (keahlian atau keterampilan)';
  if (!isJenjang(jenjang)) {
    const daftar = JENJANGS.map((j) => JENJANG_LABEL[j]).join(', ');
    return `Jenjang jabatan fungsional tidak dikenal (${jenjang}); pilih salah satu: ${daftar}`;
  }
  return null;
}

/** Golongan ruang PNS, lowest first. */
export const GOLONGAN_PNS = [
  'I/a', 'I/b', 'I/c', 'I/d',
  'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type GolonganPns = (typeof GOLONGAN_PNS)[number];

/** Pangkat of each golongan ruang PNS. */
export const PANGKAT_PNS: Readonly<Record<GolonganPns, string>> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** Golongan PPPK (Perpres 98/2020), lowest first. PPPK have no pangkat. */
export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

export function isGolonganPns(value: string): value is GolonganPns {
  return (GOLONGAN_PNS as readonly string[]).includes(value);
}

export function isGolonganPppk(value: string): value is GolonganPppk {
  return (GOLONGAN_PPPK as readonly string[]).includes(value);
}

/** Returns an Indonesian error when `golongan` does not exist for the jenis ASN, else null. */
export function validateGolongan(jenisAsn: JenisAsn, golongan: string): string | null {
  if (jenisAsn === 'PNS') {
    return isGolonganPns(golongan) ? null : `Golongan ruang PNS tidak dikenal (${golongan}); gunakan I/a sampai IV/e`;
  }
  return isGolonganPppk(golongan) ? null : `Golongan PPPK tidak dikenal (${golongan}); gunakan I sampai XVII`;
}

/** Pangkat of a golongan ruang PNS; null for PPPK golongan and unknown values. */
export function pangkatOf(golongan: string): string | null {
  return isGolonganPns(golongan) ? PANGKAT_PNS[golongan] : null;
}

/** Customary "Penata Muda (III/a)" display; null when `golongan` is not a PNS golongan. */
export function pangkatGolonganLabel(golongan: string): string | null {
  const pangkat = pangkatOf(golongan);
  return pangkat === null ? null : `${pangkat} (${golongan})`;
}

/** Kinds of unit kerja in a pemda's organisation tree. */
export const JENIS_UNIT = [
  'SEKRETARIAT_DAERAH',
  'ASISTEN',
  'BAGIAN',
  'DINAS',
  'BADAN',
  'INSPEKTORAT',
  'KECAMATAN',
  'KELURAHAN',
  'SEKRETARIAT',
  'BIDANG',
  'SUBBAGIAN',
  'SEKSI',
  'UPT',
  'PUSKESMAS',
  'SEKOLAH',
] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];
export const JENIS_UNIT_LABEL: Readonly<Record<JenisUnit, string>> = {
  SEKRETARIAT_DAERAH: 'Sekretariat Daerah',
  ASISTEN: 'Asisten',
  BAGIAN: 'Bagian',
  DINAS: 'Dinas',
  BADAN: 'Badan',
  INSPEKTORAT: 'Inspektorat',
  KECAMATAN: 'Kecamatan',
  KELURAHAN: 'Kelurahan',
  SEKRETARIAT: 'Sekretariat',
  BIDANG: 'Bidang',
  SUBBAGIAN: 'Subbagian',
  SEKSI: 'Seksi',
  UPT: 'UPT',
  PUSKESMAS: 'Puskesmas',
  SEKOLAH: 'Sekolah',
};

/** Employment status of a pegawai record. */
export const STATUS_PEGAWAI = ['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'NONAKTIF', 'PENSIUN'] as const;
export type StatusPegawai = (typeof STATUS_PEGAWAI)[number];
export const STATUS_PEGAWAI_LABEL: Readonly<Record<StatusPegawai, string>> = {
  AKTIF: 'Aktif',
  CUTI: 'Cuti',
  TUGAS_BELAJAR: 'Tugas belajar',
  NONAKTIF: 'Nonaktif',
  PENSIUN: 'Pensiun',
};

/**
 * Roles of an account in Capaian (PermenPANRB 6/2022's actors as the system grants them; the
 * relationships — who is whose pejabat penilai — come from the organisation, not from a role).
 */
export const ROLES = ['PEGAWAI', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_SISTEM'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  PEGAWAI: 'Pegawai',
  PENGELOLA_KINERJA: 'Pengelola Kinerja',
  ADMIN_BKPSDM: 'Admin BKPSDM',
  PIMPINAN: 'Pimpinan',
  ADMIN_SISTEM: 'Admin Sistem',
};

/**
 * Which roles each role covers: everything the covered role may do, the covering role may do too.
 * A system admin covers every role; a BKPSDM admin covers the unit managers' and the leaders'
 * (read-only across the instansi, which BKPSDM has already) and other BKPSDM admins'.
 */
export const PERAN_MENCAKUP: Readonly<Record<Role, readonly Role[]>> = {
  PEGAWAI: ['PEGAWAI'],
  PENGELOLA_KINERJA: ['PEGAWAI', 'PENGELOLA_KINERJA'],
  PIMPINAN: ['PEGAWAI', 'PIMPINAN'],
  ADMIN_BKPSDM: ['PEGAWAI', 'PENGELOLA_KINERJA', 'PIMPINAN', 'ADMIN_BKPSDM'],
  ADMIN_SISTEM: ROLES,
};

/** Whether `peran` is covered by one of `milik` (one may grant only roles one's own cover). */
export const peranTercakup = (milik: readonly Role[], peran: Role): boolean => milik.some((m) => PERAN_MENCAKUP[m].includes(peran));

/**
 * Whether an account holding `milik` may act on an account holding `target` (reset its password,
 * change its roles, deactivate it): only when every role of the target is covered, so nobody takes
 * over an account with more privilege than their own.
 */
export const bolehMengelolaAkun = (milik: readonly Role[], target: readonly Role[]): boolean => target.every((r) => peranTercakup(milik, r));
