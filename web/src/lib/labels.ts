/**
 * Display labels. The regulation's vocabulary comes from @capaian/domain (labels only,
 * so the bundle stays small); the app-level ones (unit kinds, status, roles) live here.
 */
export {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  JENJANG_KEAHLIAN,
  JENJANG_KETERAMPILAN,
  JENJANG_LABEL,
  PANGKAT_PNS,
  formatNip,
  pangkatGolonganLabel,
} from '@capaian/domain';

export const JENIS_ASN = ['PNS', 'PPPK'] as const;

export const STATUS_PEGAWAI = ['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'NONAKTIF', 'PENSIUN'] as const;
export const STATUS_PEGAWAI_LABEL: Readonly<Record<string, string>> = {
  AKTIF: 'Aktif',
  CUTI: 'Cuti',
  TUGAS_BELAJAR: 'Tugas belajar',
  NONAKTIF: 'Nonaktif',
  PENSIUN: 'Pensiun',
};

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
export const JENIS_UNIT_LABEL: Readonly<Record<string, string>> = {
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

export const ROLES = ['PEGAWAI', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_SISTEM'] as const;
export const ROLE_LABEL: Readonly<Record<string, string>> = {
  PEGAWAI: 'Pegawai',
  PENGELOLA_KINERJA: 'Pengelola Kinerja',
  ADMIN_BKPSDM: 'Admin BKPSDM',
  PIMPINAN: 'Pimpinan',
  ADMIN_SISTEM: 'Admin Sistem',
};

export const SEBAGAI_LABEL: Readonly<Record<string, string>> = { DEFINITIF: 'Definitif', PLT: 'Plt', PLH: 'Plh' };

/** A label from a table, falling back to the raw code. */
export function labelOf(table: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '—';
  return table[code] ?? code;
}
