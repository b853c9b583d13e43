import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/pemantauan/schema.ts (API contract of issue #5). */
export interface IndikatorPantau {
  rhkId: string;
  rhkUraian: string;
  indikatorId: string;
  uraian: string;
  aspek: string;
  /** The target as a number; null for a qualitative target. */
  target: number | null;
  satuan: string | null;
  /** Sum of the entries' quantities up to the board's date. */
  realisasi: number;
  /** realisasi / target in percent, for an accumulating indicator. */
  persen: number | null;
  /** The quantity expected by the board's date. */
  harapan: number | null;
  tertinggal: boolean;
}

export interface AnggotaTim {
  pegawai: { id: string; nip: string; nama: string; namaLengkap: string; jabatan: string };
  /** Their approved SKP of the year, or null. */
  skpId: string | null;
  terakhirLapor: string | null;
  entriMingguIni: number;
  entriBulanIni: number;
  belumLaporMingguIni: boolean;
  belumLaporBulanIni: boolean;
  indikator: IndikatorPantau[];
  jumlahTertinggal: number;
  can: { lihatRealisasi: boolean; beriUmpanBalik: boolean };
}

export interface RentangTanggal {
  mulai: string;
  selesai: string;
}

export interface PapanTim {
  tahun: number;
  bulan: number;
  hariIni: string;
  /** The date the board is "as of". */
  acuan: string;
  /** The ISO week of `acuan` ("minggu ini"). */
  minggu: RentangTanggal;
  anggota: AnggotaTim[];
}

export interface BarisUnit {
  unitId: string;
  unitKode: string;
  unitNama: string;
  /** The row of the unit's own pegawai (not in a sub-unit). */
  langsung: boolean;
  jumlahSubUnit: number;
  jumlahPegawai: number;
  sudahLaporBulanIni: number;
  belumLaporBulanIni: number;
  entriBulanIni: number;
  jumlahTertinggal: number;
  can: { rinci: boolean };
}

export interface PemantauanUnit {
  tahun: number;
  bulan: number;
  hariIni: string;
  acuan: string;
  unit: { id: string; kode: string; nama: string; parentId: string | null };
  baris: BarisUnit[];
}

/** GET /realisasi items, as this feature shows them (mirrors server/src/realisasi/schema.ts). */
export interface Bukti {
  id: string;
  jenis: 'FILE' | 'TAUTAN';
  nama: string;
  mime: string | null;
  ukuran: number | null;
  tautan: string | null;
  url: string | null;
}

export interface RealisasiItem {
  id: string;
  pegawaiId: string;
  pegawaiNama: string;
  skpId: string;
  rhkId: string;
  rhkUraian: string;
  rencanaAksiId: string | null;
  rencanaAksiUraian: string | null;
  indikatorId: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
  rowVersion: number;
  dibuatAt: string;
  diubahAt: string;
  bukti: Bukti[];
  jumlahUmpanBalik: number;
  can: { ubah: boolean; hapus: boolean; tambahBukti: boolean; beriUmpanBalik: boolean };
}

export interface RealisasiPage {
  items: RealisasiItem[];
  total: number;
}

/** Rows per page of GET /realisasi (the server's page size). */
export const REALISASI_PAGE_SIZE = 50;

export const pemantauanKeys = {
  all: ['pemantauan'] as const,
  tim: (tahun: number, bulan: number) => ['pemantauan', 'tim', tahun, bulan] as const,
  unit: (tahun: number, bulan: number, unitId: string | null) => ['pemantauan', 'unit', tahun, bulan, unitId ?? ''] as const,
  realisasi: (pegawaiId: string) => ['pemantauan', 'realisasi', pegawaiId] as const,
};

export function papanTimQuery(tahun: number, bulan: number) {
  return queryOptions({
    queryKey: pemantauanKeys.tim(tahun, bulan),
    queryFn: ({ signal }) => api.get<PapanTim>('/pemantauan/tim', { tahun, bulan }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function pemantauanUnitQuery(tahun: number, bulan: number, unitId: string | null) {
  return queryOptions({
    queryKey: pemantauanKeys.unit(tahun, bulan, unitId),
    queryFn: ({ signal }) => api.get<PemantauanUnit>('/pemantauan/unit', { tahun, bulan, unitId }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface RealisasiFilter {
  pegawaiId: string;
  dari: string;
  sampai: string;
  halaman: number;
}

export function realisasiPegawaiQuery(f: RealisasiFilter) {
  return queryOptions({
    queryKey: [...pemantauanKeys.realisasi(f.pegawaiId), f.dari, f.sampai, f.halaman] as const,
    queryFn: ({ signal }) => api.get<RealisasiPage>('/realisasi', { pegawaiId: f.pegawaiId, dari: f.dari, sampai: f.sampai, halaman: f.halaman }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function realisasiQuery(id: string) {
  return queryOptions({
    queryKey: ['pemantauan', 'realisasi', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<RealisasiItem>(`/realisasi/${encodeURIComponent(id)}`, undefined, signal),
    retry: false,
  });
}

/** The pegawai the page is about (name, NIP, jabatan), readable by their superiors. */
export interface PegawaiRingkas {
  id: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
  unitNama: string;
}

export function pegawaiQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: ['pemantauan', 'pegawai', pegawaiId] as const,
    queryFn: ({ signal }) => api.get<PegawaiRingkas>(`/pegawai/${encodeURIComponent(pegawaiId)}`, undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
