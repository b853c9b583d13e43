import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Can, Page, PegawaiItem } from '@/types/api';

export interface AkunRole {
  role: string;
  unitId: string | null;
  unitNama: string | null;
}

export interface Akun {
  id: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  aktif: boolean;
  roles: AkunRole[];
  gagalBerturut: number;
  terkunciSampai: string | null;
  loginTerakhir: string | null;
  wajibGantiPassword: boolean;
  can: Can;
}

export interface AkunFilter {
  q?: string;
  role?: string;
  terkunci?: 'true' | 'false';
  page: number;
}

export interface RoleGrant {
  role: string;
  unitId: string | null;
}

export interface UnitRingkas {
  id: string;
  nama: string;
  kode: string;
  perangkatDaerah: boolean;
}

export interface AkunCreated {
  akun: Akun;
  passwordSementara: string;
}

export const AKUN_PAGE_SIZE = 20;
export const PEGAWAI_CARI_SIZE = 10;
export const akunKeys = { all: ['akun'] as const, list: (f: AkunFilter) => ['akun', 'list', f] as const };

export function akunListQuery(filter: AkunFilter) {
  return queryOptions({
    queryKey: akunKeys.list(filter),
    queryFn: ({ signal }) => api.get<Page<Akun>>('/akun', { ...filter, pageSize: AKUN_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

export const perangkatDaerahQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<UnitRingkas[]>('/unit-kerja', undefined, signal),
  select: (units: UnitRingkas[]) => units.filter((u) => u.perangkatDaerah),
  staleTime: 5 * 60_000,
});

/** Pegawai search for the "create account" picker (name or NIP). */
export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari-akun', q],
    queryFn: ({ signal }) => api.get<Page<PegawaiItem>>('/pegawai', { q: q || undefined, pageSize: PEGAWAI_CARI_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export const createAkun = (pegawaiId: string, roles: RoleGrant[]) => api.post<AkunCreated>('/akun', { pegawaiId, roles });

const path = (id: string, action: string) => `/akun/${encodeURIComponent(id)}/${action}`;

export const resetPassword = (id: string) => api.post<{ passwordSementara: string }>(path(id, 'reset-password'));
export const unlockAkun = (id: string) => api.post<Akun>(path(id, 'buka-kunci'));
export const setRoles = (id: string, roles: RoleGrant[]) => api.put<Akun>(path(id, 'peran'), { roles });
export const setStatus = (id: string, aktif: boolean) => api.put<Akun>(path(id, 'status'), { aktif });
