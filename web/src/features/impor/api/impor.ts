import type { HasilImpor, JenisImpor, PerubahanPegawai } from '@capaian/contract/impor';
import { API_BASE, api } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { HasilImpor, JenisImpor, PerubahanPegawai };

/** The kinds of import, in the order the page offers them. */
export const JENIS_IMPOR = allOf<JenisImpor>()(['unit', 'jabatan', 'pegawai']);

export function templateUrl(jenis: JenisImpor, format: 'xlsx' | 'csv'): string {
  return `${API_BASE}/impor/${jenis}/templat?format=${format}`;
}

/**
 * Uploads the file (multipart field "berkas"). All rows are imported, or none. With `pratinjau`
 * the server checks the file the same way and says what the import would do, writing nothing.
 */
export function importFile(jenis: JenisImpor, file: File, pratinjau = false): Promise<HasilImpor> {
  const body = new FormData();
  body.append('berkas', file, file.name);
  return api.post<HasilImpor>(`/impor/${jenis}${pratinjau ? '?pratinjau=true' : ''}`, body);
}
