import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Akun, AkunBaru, AkunPage, PasswordSementara, RoleGrantBody as RoleGrant } from '@capaian/contract/akun';
import type { Unit } from '@capaian/contract/organisasi';
import type { PegawaiPage } from '@capaian/contract/pegawai';
import { peranTercakup, ROLES, type Role } from '@capaian/domain';
import { api } from '@/lib/api-client';

/**
 * Whether a caller holding `milik` may grant (or take away) `peran`: only roles their own cover
 * (the domain's rule the server applies; a refused grant still comes back as a field error).
 */
export function bolehMemberi(milik: readonly string[], peran: string): boolean {
  const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);
  return isRole(peran) && peranTercakup(milik.filter(isRole), peran);
}

export type { Akun, AkunBaru, RoleGrant };

export interface AkunFilter {
  q?: string;
  role?: string;
  page: number;
}

export const AKUN_PAGE_SIZE = 20;
export const PEGAWAI_CARI_SIZE = 10;
export const akunKeys = { all: ['akun'] as const, list: (f: AkunFilter) => ['akun', 'list', f] as const };

export function akunListQuery(filter: AkunFilter) {
  return queryOptions({
    queryKey: akunKeys.list(filter),
    queryFn: ({ signal }) => api.get<AkunPage>('/akun', { ...filter, pageSize: AKUN_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

export const perangkatDaerahQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
  select: (units: Unit[]) => units.filter((u) => u.perangkatDaerah),
  staleTime: 5 * 60_000,
});

/** Pegawai search for the "create account" picker (name or NIP). */
export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari-akun', q],
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { q: q || undefined, pageSize: PEGAWAI_CARI_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export const createAkun = (pegawaiId: string, roles: RoleGrant[]) => api.post<AkunBaru>('/akun', { pegawaiId, roles });

const path = (id: string, action: string) => `/akun/${encodeURIComponent(id)}/${action}`;

export const resetPassword = (id: string) => api.post<PasswordSementara>(path(id, 'reset-password'));
export const unlockAkun = (id: string) => api.post<Akun>(path(id, 'buka-kunci'));
export const setRoles = (id: string, roles: RoleGrant[]) => api.put<Akun>(path(id, 'peran'), { roles });
export const setStatus = (id: string, aktif: boolean) => api.put<Akun>(path(id, 'status'), { aktif });
