import type { HasilImpor, JenisImpor } from '@capaian/contract/impor';
import { API_BASE, api } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { HasilImpor, JenisImpor };

/** The kinds of import, in the order the page offers them. */
export const JENIS_IMPOR = allOf<JenisImpor>()(['unit', 'jabatan', 'pegawai']);

export function templateUrl(jenis: JenisImpor, format: 'xlsx' | 'csv'): string {
  return `${API_BASE}/impor/${jenis}/templat?format=${format}`;
}

/** Uploads the file (multipart field "berkas"). All rows are imported, or none. */
export function importFile(jenis: JenisImpor, file: File): Promise<HasilImpor> {
  const body = new FormData();
  body.append('berkas', file, file.name);
  return api.post<HasilImpor>(`/impor/${jenis}`, body);
}
