import { queryOptions } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';

/** Mirrors server/src/skp/schema.ts. */
export interface SkpPihak {
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  golongan: string;
  jabatanNama: string;
  unitNama: string;
}

export interface SkpIndikator {
  id: string;
  aspek: string;
  uraian: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface SkpRhk {
  id: string;
  jenis: string;
  uraian: string;
  rhkAtasanId: string | null;
  rhkAtasanUraian: string | null;
  sasaranOrganisasiId: string | null;
  terhubung: boolean;
  perspektif: string | null;
  penugasanDari: string | null;
  indikator: SkpIndikator[];
}

export interface SkpPerilaku {
  kode: string;
  nama: string;
  indikator: string[];
  ekspektasi: string | null;
}

export interface SkpLampiran {
  dukunganSumberDaya: string[];
  skemaPertanggungjawaban: string[];
  konsekuensi: string[];
}

export interface SkpDialog {
  id: string;
  jenis: string;
  targetJenis: string;
  targetId: string | null;
  pesan: string;
  penulis: string | null;
  waktu: string;
}

export interface SasaranOrganisasiPilihan {
  id: string;
  sasaran: string;
  indikator: string;
  target: string;
  unitNama: string;
}

export interface MatriksNode {
  rhkId: string;
  jenis: string;
  uraian: string;
  skpId: string;
  status: string;
  pegawai: { pegawaiId: string; nama: string; nip: string; jabatanNama: string };
  anak: MatriksNode[];
}

export interface Matriks {
  skpId: string;
  tahun: number;
  rhk: MatriksNode[];
  rhkTanpaPelaksana: number;
  bawahanBelumTerhubung: Array<{ pegawaiId: string; nama: string; status: string }>;
}

export type SkpCanKey = 'usulkanRhk' | 'ubah' | 'ekspektasi' | 'komentar' | 'ajukan' | 'tarik' | 'setujui' | 'kembalikan' | 'tetapkan' | 'revisi' | 'dokumen';

export interface SkpDetail {
  id: string;
  tahun: number;
  versi: number;
  status: string;
  statusLabel: string;
  pendekatan: string;
  periodeMulai: string;
  periodeSelesai: string;
  rowVersion: number;
  pegawai: SkpPihak;
  pejabatPenilai: SkpPihak | null;
  denganPerspektif: boolean;
  hasilKerja: SkpRhk[];
  perilaku: SkpPerilaku[];
  lampiran: SkpLampiran;
  pilihanRhkAtasan: Array<{ id: string; uraian: string; jenis: string }>;
  /** For unit heads: the Perjanjian Kinerja goals of the units they lead. */
  pilihanSasaranOrganisasi: SasaranOrganisasiPilihan[];
  dialog: SkpDialog[];
  dokumenHash: string | null;
  can: Partial<Record<SkpCanKey, boolean>> & Record<string, boolean>;
}

export interface SkpRingkas {
  id: string;
  tahun: number;
  versi: number;
  status: string;
  statusLabel: string;
  jumlahRhk: number;
  diperbarui: string;
}

export interface SkpTimItem {
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
  unitNama: string;
  skp: (SkpRingkas & { jumlahIndikator: number; rhkBelumTerhubung: number }) | null;
  status: string;
  statusLabel: string;
}

export interface VerifikasiSkp {
  valid: boolean;
  status: string;
  statusLabel: string;
  tahun: number;
  versi: number;
  pegawaiNama: string;
  pegawaiNip: string;
  hash: string | null;
  disetujuiAt: string | null;
  pesan: string;
}

export interface IndikatorInput {
  aspek: string;
  uraian: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export interface RhkInput {
  jenis: string;
  uraian: string;
  rhkAtasanId: string | null;
  sasaranOrganisasiId: string | null;
  perspektif: string | null;
  indikator: IndikatorInput[];
}

export interface KomentarInput {
  targetJenis: 'SKP' | 'RHK' | 'INDIKATOR';
  targetId: string | null;
  pesan: string;
}

export { ASPEK } from '@/lib/labels';
export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;
export const SKP_STATUS = ['BELUM_DIBUAT', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DALAM_REVISI', 'DIGANTIKAN'] as const;

export const skpKeys = {
  all: ['skp'] as const,
  saya: (tahun: number) => ['skp', 'saya', tahun] as const,
  tim: (tahun: number) => ['skp', 'tim', tahun] as const,
  detail: (id: string) => ['skp', 'detail', id] as const,
  matriks: (id: string) => ['skp', 'matriks', id] as const,
};

const p = (id: string) => `/skp/${encodeURIComponent(id)}`;

export function skpSayaQuery(tahun: number) {
  return queryOptions({
    queryKey: skpKeys.saya(tahun),
    queryFn: ({ signal }) => api.get<SkpRingkas[]>('/skp', { tahun }, signal),
  });
}

export function skpTimQuery(tahun: number) {
  return queryOptions({
    queryKey: skpKeys.tim(tahun),
    queryFn: ({ signal }) => api.get<SkpTimItem[]>('/skp/tim', { tahun }, signal),
  });
}

export function skpDetailQuery(id: string) {
  return queryOptions({
    queryKey: skpKeys.detail(id),
    queryFn: ({ signal }) => api.get<SkpDetail>(p(id), undefined, signal),
  });
}

export function matriksQuery(id: string) {
  return queryOptions({
    queryKey: skpKeys.matriks(id),
    queryFn: ({ signal }) => api.get<Matriks>(`${p(id)}/matriks`, undefined, signal),
  });
}

export function verifikasiQuery(id: string, h: string | undefined) {
  return queryOptions({
    queryKey: ['verifikasi', 'skp', id, h ?? ''],
    queryFn: ({ signal }) => api.get<VerifikasiSkp>(`/verifikasi/skp/${encodeURIComponent(id)}`, { h }, signal),
    retry: false,
  });
}

export const dokumenUrl = (id: string) => buildUrl(`${p(id)}/dokumen.pdf`);

export const mulaiSkp = (tahun: number) => api.post<SkpDetail>('/skp', { tahun });
export const updateSkp = (id: string, body: { rowVersion: number; pendekatan: string } & SkpLampiran) => api.put<SkpDetail>(p(id), body);
export const tambahRhk = (id: string, rowVersion: number, rhk: RhkInput) => api.post<SkpDetail>(`${p(id)}/rhk`, { rowVersion, ...rhk });
export const usulanRhk = (id: string, rowVersion: number, rhk: RhkInput) => api.post<SkpDetail>(`${p(id)}/usulan-rhk`, { rowVersion, ...rhk });
export const ekspektasiTim = (tahun: number, ekspektasi: Record<string, string>) =>
  api.put<{ diperbarui: number; dilewati: number }>('/skp/tim/ekspektasi', { tahun, ekspektasi });
export const ubahRhk = (id: string, rhkId: string, rowVersion: number, rhk: RhkInput) =>
  api.put<SkpDetail>(`${p(id)}/rhk/${encodeURIComponent(rhkId)}`, { rowVersion, ...rhk });
export const hapusRhk = (id: string, rhkId: string, rowVersion: number) =>
  api.delete<SkpDetail>(`${p(id)}/rhk/${encodeURIComponent(rhkId)}?rowVersion=${rowVersion}`);
export const setEkspektasi = (id: string, rowVersion: number, ekspektasi: Record<string, string>) =>
  api.put<SkpDetail>(`${p(id)}/ekspektasi`, { rowVersion, ekspektasi });
export const komentar = (id: string, input: KomentarInput) => api.post<SkpDetail>(`${p(id)}/komentar`, input);
export const aksi = (id: string, action: 'ajukan' | 'tarik' | 'setujui' | 'tetapkan', rowVersion: number) =>
  api.post<SkpDetail>(`${p(id)}/${action}`, { rowVersion });
export const kembalikan = (id: string, rowVersion: number, catatan: string, komentarList: KomentarInput[]) =>
  api.post<SkpDetail>(`${p(id)}/kembalikan`, { rowVersion, catatan, komentar: komentarList });
export const revisi = (id: string, alasan: string) => api.post<SkpDetail>(`${p(id)}/revisi`, { alasan });

/** Mantine colour per SKP status. */
export function statusColor(status: string): string {
  switch (status) {
    case 'DRAFT':
      return 'gray';
    case 'DIAJUKAN':
      return 'blue';
    case 'DIKEMBALIKAN':
      return 'orange';
    case 'DISETUJUI':
      return 'green';
    case 'DALAM_REVISI':
      return 'yellow';
    case 'DIGANTIKAN':
      return 'dark';
    default:
      return 'gray';
  }
}
