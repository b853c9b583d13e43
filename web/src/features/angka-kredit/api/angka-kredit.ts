import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BukuAngkaKredit, EntriAk, EntriAkInput, ImporSaldoResult, Kelayakan, Pak, PakInput } from '@capaian/contract/angka-kredit';
import { api, buildUrl } from '@/lib/api-client';

export type { BukuAngkaKredit, EntriAk, EntriAkInput, Kelayakan, Pak, PakInput };

const enc = encodeURIComponent;

export const angkaKreditKeys = {
  all: ['angka-kredit'] as const,
  buku: (id: string) => ['angka-kredit', 'buku', id] as const,
  kelayakan: (layak: boolean, q: string) => ['angka-kredit', 'kelayakan', layak, q] as const,
};

export function bukuQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: angkaKreditKeys.buku(pegawaiId),
    queryFn: ({ signal }) => api.get<BukuAngkaKredit>(`/angka-kredit/pegawai/${enc(pegawaiId)}`, undefined, signal),
    retry: false,
  });
}

export function kelayakanQuery(layak: boolean, q: string) {
  return queryOptions({
    queryKey: angkaKreditKeys.kelayakan(layak, q),
    queryFn: ({ signal }) => api.get<Kelayakan>('/angka-kredit/kelayakan', { layak: layak ? 'true' : undefined, q: q || undefined }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const pakPdfUrl = (id: string) => buildUrl(`/angka-kredit/pak/${enc(id)}/pdf`);
export const templatSaldoUrl = () => buildUrl('/angka-kredit/saldo-awal/templat');

/** BKPSDM records an entry: the fresh ledger replaces the cached one; the eligibility list is read again. */
export function useCatatEntri(pegawaiId: string, onDone?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EntriAkInput) => api.post<BukuAngkaKredit>(`/angka-kredit/pegawai/${enc(pegawaiId)}/entri`, body),
    onSuccess: async (b) => {
      qc.setQueryData(angkaKreditKeys.buku(pegawaiId), b);
      onDone?.();
      await qc.invalidateQueries({ queryKey: ['angka-kredit', 'kelayakan'] });
    },
  });
}

export function useTetapkanPak(pegawaiId: string, onDone?: (p: Pak) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PakInput) => api.post<Pak>(`/angka-kredit/pegawai/${enc(pegawaiId)}/pak`, body),
    onSuccess: async (p) => {
      onDone?.(p);
      await qc.invalidateQueries({ queryKey: angkaKreditKeys.buku(pegawaiId) });
    },
  });
}

export function useImporSaldo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api.post<ImporSaldoResult>('/angka-kredit/saldo-awal/impor', body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: angkaKreditKeys.all }),
  });
}
