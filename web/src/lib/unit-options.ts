import type { Unit } from '@capaian/contract/organisasi';

/** Units in tree order, each label indented by its depth (for a flat Select). */
export function unitOptions(units: readonly Pick<Unit, 'id' | 'parentId' | 'nama'>[]): { value: string; label: string }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Pick<Unit, 'id' | 'parentId' | 'nama'>[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { value: string; label: string }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const u of [...(children.get(parent) ?? [])].sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) {
      out.push({ value: u.id, label: `${'\u2003'.repeat(Math.min(depth, 6))}${u.nama}` });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
