/**
 * The public form's API (no session). Kept apart from the staff API module so the public
 * route's chunk stays small: only this file, the form, and the shared api client.
 */
import { api } from '@/lib/api-client';

/** Mirrors FormPublik in server/src/layanan-publik/schema.ts. */
export interface FormPublik {
  nama: string;
  unitNama: string;
  instansiNama: string;
  petugas: Array<{ id: string; nama: string }>;
  tantangan: { token: string; minimalDetik: number; berlakuDetik: number };
  komentarMaks: number;
}

export interface JawabanPublik {
  kecepatan: number;
  keramahan: number;
  kejelasan: number;
  keadilan: number;
  komentar?: string | null;
  pegawaiId?: string | null;
  /** The form's challenge token, sent back unchanged. */
  tantangan: string;
}

const p = (kode: string) => `/publik/layanan/${encodeURIComponent(kode)}`;

export const formPublikKey = (kode: string) => ['publik', 'layanan', kode] as const;
export const getFormPublik = (kode: string, signal?: AbortSignal) => api.get<FormPublik>(p(kode), undefined, signal);
export const kirimJawabanPublik = (kode: string, body: JawabanPublik) => api.post<{ terima: true }>(p(kode), body);
