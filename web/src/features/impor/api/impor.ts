import { API_BASE, api } from '@/lib/api-client';

export const JENIS_IMPOR = ['unit', 'jabatan', 'pegawai'] as const;
export type JenisImpor = (typeof JENIS_IMPOR)[number];

export interface ImporResult {
  baru: number;
  diperbarui: number;
  total: number;
}

export function templateUrl(jenis: JenisImpor, format: 'xlsx' | 'csv'): string {
  return `${API_BASE}/impor/${jenis}/templat?format=${format}`;
}

/** Uploads the file (multipart field "berkas"). All rows are imported, or none. */
export function importFile(jenis: JenisImpor, file: File): Promise<ImporResult> {
  const body = new FormData();
  body.append('berkas', file, file.name);
  return api.post<ImporResult>(`/impor/${jenis}`, body);
}
