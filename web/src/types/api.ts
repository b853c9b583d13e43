/** Shapes shared by more than one feature (mirrors server/src/pegawai/schema.ts). */

export type Sebagai = 'DEFINITIF' | 'PLT' | 'PLH';

export interface PegawaiRingkas {
  pegawaiId: string;
  nip: string;
  nama: string;
  namaLengkap: string;
  golongan: string;
  jabatanNama: string;
  unitNama: string;
  sebagai: Sebagai;
}

export interface Atasan {
  tanggal: string;
  pejabatPenilai: PegawaiRingkas | null;
  atasanPejabatPenilai: PegawaiRingkas | null;
  /** Filled in when the chain ends at the head of the region. */
  kepalaDaerah: { nama: string | null; jabatan: string } | null;
}

export type Can = Record<string, boolean>;

export interface PegawaiItem {
  id: string;
  nip: string;
  nama: string;
  namaLengkap: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: string;
  golongan: string;
  pangkat: string | null;
  jabatanId: string;
  jabatanNama: string;
  jenisJabatan: string;
  jenjang: string | null;
  kepalaUnit: boolean;
  unitId: string;
  unitNama: string;
  perangkatDaerahNama: string | null;
  tmtJabatan: string | null;
  status: string;
  email: string | null;
  can: Can;
}

export interface PegawaiDetail extends PegawaiItem {
  tanggalLahir: string | null;
  jenisKelamin: 'L' | 'P' | null;
  atasan: Atasan;
  plt: { jenis: string; jabatanNama: string; unitNama: string; tanggalMulai: string; tanggalSelesai: string }[];
  akun: { id: string; roles: string[]; aktif: boolean; terkunciSampai: string | null } | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
