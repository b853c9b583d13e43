import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The few unit fields the pegawai screens need (filter by unit). */
export interface UnitOpsi {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
}

export interface JabatanOpsi {
  id: string;
  kode: string;
  nama: string;
  unitNama: string;
  jenis: string;
  jenjang: string | null;
}

export const unitOpsiQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<UnitOpsi[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export function jabatanOpsiQuery(q: string) {
  return queryOptions({
    queryKey: ['jabatan', 'opsi', q],
    queryFn: ({ signal }) => api.get<JabatanOpsi[]>('/jabatan', { q: q || undefined }, signal),
    staleTime: 60_000,
  });
}

/** Units in tree order, each label indented by its depth (for a flat Select). */
export function unitOptions(units: UnitOpsi[]): { value: string; label: string }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitOpsi[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  const out: { value: string; label: string }[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = (children.get(parent) ?? []).slice().sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
    for (const u of list) {
      out.push({ value: u.id, label: `${'\u2003'.repeat(Math.min(depth, 6))}${u.nama}` });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
