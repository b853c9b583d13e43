import type { Unit } from '../api/organisasi';

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

/** Builds the unit tree from the flat list (units whose parent is unknown become roots). */
export function buildTree(units: Unit[]): UnitNode[] {
  const byParent = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(u);
    byParent.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.kode.localeCompare(b.kode, 'id', { numeric: true }) || a.nama.localeCompare(b.nama, 'id'))
      .filter((u) => !seen.has(u.id) && seen.add(u.id))
      .map((u) => ({ unit: u, depth, children: build(u.id, depth + 1) }));
  return build(null, 0);
}

/** Ids of a unit and all of its descendants. */
export function descendantIds(units: Unit[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let added = true;
  while (added) {
    added = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        added = true;
      }
    }
  }
  return out;
}

/** Nodes kept by a text filter: those matching, plus their ancestors. */
export function filterTree(nodes: UnitNode[], text: string): UnitNode[] {
  const q = text.trim().toLocaleLowerCase('id');
  if (!q) return nodes;
  const walk = (list: UnitNode[]): UnitNode[] =>
    list.flatMap((n) => {
      const children = walk(n.children);
      const match = n.unit.nama.toLocaleLowerCase('id').includes(q) || n.unit.kode.toLocaleLowerCase('id').includes(q);
      return match || children.length ? [{ ...n, children }] : [];
    });
  return walk(nodes);
}

export function allIds(nodes: UnitNode[]): string[] {
  return nodes.flatMap((n) => [n.unit.id, ...allIds(n.children)]);
}
