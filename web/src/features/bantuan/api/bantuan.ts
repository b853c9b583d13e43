import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BagianBantuan, KontenBantuan, PeranPanduan, StatusTur } from '@capaian/contract/bantuan';
import { api, buildUrl } from '@/lib/api-client';

export type { BagianBantuan, KontenBantuan, PeranPanduan, StatusTur };

/** The help content: the same for everyone and for the whole session. */
export const kontenQuery = queryOptions({
  queryKey: ['bantuan', 'konten'] as const,
  queryFn: ({ signal }) => api.get<KontenBantuan>('/bantuan', undefined, signal),
  staleTime: Infinity,
});

export const turQuery = queryOptions({
  queryKey: ['bantuan', 'tur'] as const,
  queryFn: ({ signal }) => api.get<StatusTur>('/bantuan/tur', undefined, signal),
  staleTime: Infinity,
});

/** Marks the tour finished on the server (once per account; repeats change nothing). */
export function useSelesaikanTur() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<StatusTur>('/bantuan/tur/selesai'),
    onSuccess: (status) => qc.setQueryData(turQuery.queryKey, status),
  });
}

export const panduanPdfUrl = (peran: PeranPanduan) => buildUrl(`/bantuan/panduan/${peran}.pdf`);
export const gambarUrl = (nama: string) => buildUrl(`/bantuan/gambar/${encodeURIComponent(nama)}`);

/** The guide keys of the account roles (pejabat penilai comes from the server: it is a position). */
const PERAN_AKUN: Readonly<Record<string, PeranPanduan>> = {
  PEGAWAI: 'pegawai',
  PIMPINAN: 'pimpinan',
  PENGELOLA_KINERJA: 'pengelola-kinerja',
  ADMIN_BKPSDM: 'admin-bkpsdm',
  ADMIN_SISTEM: 'admin-sistem',
};
export function peranDariRoles(roles: readonly string[]): PeranPanduan[] {
  const peran = roles.flatMap((r) => (PERAN_AKUN[r] ? [PERAN_AKUN[r]] : []));
  return peran.length > 0 ? peran : ['pegawai'];
}

/** Whether a path ('/skp/1b2c…') is a route pattern of the router ('/skp/$id'). */
export function cocokRute(pola: string, pathname: string): boolean {
  const p = pola.split('/').filter(Boolean);
  const s = pathname.split('/').filter(Boolean);
  return p.length === s.length && p.every((seg, i) => seg.startsWith('$') || seg === s[i]);
}

/** The section that explains a page: the matching pattern with the fewest parameters wins ('/skp/tim' over '/skp/$id'). */
export function bagianUntukRute(konten: KontenBantuan, pathname: string): BagianBantuan | null {
  const bersih = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let terbaik: { bagian: BagianBantuan; param: number } | null = null;
  for (const bagian of konten.bagian)
    for (const pola of bagian.rute) {
      if (!cocokRute(pola, bersih)) continue;
      const param = pola.split('/').filter((s) => s.startsWith('$')).length;
      if (!terbaik || param < terbaik.param) terbaik = { bagian, param };
    }
  return terbaik?.bagian ?? null;
}
