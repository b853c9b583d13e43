import { queryOptions } from '@tanstack/react-query';
import { ApiError, api } from './api-client';

export interface MeCan {
  lihatDaftarPegawai: boolean;
  kelolaOrganisasi: boolean;
  kelolaPegawai: boolean;
  kelolaAkun: boolean;
  lihatAudit: boolean;
  impor: boolean;
}

export interface Me {
  userId: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  roles: string[];
  mustChangePassword: boolean;
  instansi: { id: string; nama: string; zonaWaktu: string };
  can: MeCan;
}

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}
