import { queryOptions } from '@tanstack/react-query';
import type { ErrorBody } from '@capaian/contract/errors';
import type { PeriodeList } from '@capaian/contract/penilaian';
import type { ValidasiSiasn } from '@capaian/contract/siasn';
import { ApiError, KLIEN_HEADERS, api, buildUrl, parseRetryAfter } from '@/lib/api-client';

export const periodeQuery = queryOptions({
  queryKey: ['penilaian', 'periode', 'opsi'],
  queryFn: ({ signal }) => api.get<PeriodeList>('/penilaian/periode', undefined, signal),
  staleTime: 60_000,
});

export function validasiQuery(periodeId: string) {
  return queryOptions({
    queryKey: ['siasn', 'validasi', periodeId],
    queryFn: ({ signal }) => api.get<ValidasiSiasn>('/siasn/validasi', { periodeId }, signal),
    retry: false,
  });
}

function namaBerkas(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd);
  return m?.[1] ? decodeURIComponent(m[1]) : fallback;
}

/**
 * Downloads the export (a JSON file). A refusal (409 'siasn_belum_valid' with details.masalah)
 * becomes an ApiError carrying the server's Indonesian message.
 */
export async function unduhEkspor(periodeId: string, sebagian: boolean): Promise<void> {
  const res = await fetch(buildUrl('/siasn/ekspor', { periodeId, sebagian: sebagian ? 'true' : undefined }), { credentials: 'same-origin', headers: { ...KLIEN_HEADERS } });
  if (!res.ok) {
    let body: Partial<Omit<ErrorBody, 'details'>> & { details?: Record<string, unknown> } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, body.error ?? 'http_error', body.message ?? `Permintaan gagal (${res.status}).`, undefined, body.details, parseRetryAfter(res.headers.get('retry-after')));
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas(res, `siasn-${periodeId}.json`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
