/**
 * The unit tree as the assessment reports need it: the perangkat daerah a unit belongs to (the
 * nearest unit at or above it marked perangkat_daerah) and the units below given ones. Pure, fed
 * the rows of organisasiRepository.listUnits; shared by tim-penilai, the recap and SIASN.
 */
export interface UnitNode {
  id: string;
  parent_id: string | null;
  nama: string;
  perangkat_daerah: boolean;
  kepala_pegawai_id?: string | null;
}

export interface UnitTree<T extends UnitNode = UnitNode> {
  byId: Map<string, T>;
  children: Map<string, T[]>;
}

export function buildUnitTree<T extends UnitNode>(rows: readonly T[]): UnitTree<T> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, T[]>();
  for (const r of rows) if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  return { byId, children };
}

/** The perangkat daerah of a unit (itself when it is one); null above every perangkat daerah. */
export function perangkatDaerahOf<T extends UnitNode>(tree: Pick<UnitTree<T>, 'byId'>, unitId: string): T | null {
  let cur = tree.byId.get(unitId);
  for (let depth = 0; cur && depth < 50; depth++) {
    if (cur.perangkat_daerah) return cur;
    cur = cur.parent_id ? tree.byId.get(cur.parent_id) : undefined;
  }
  return null;
}

/** The given units and every unit below them. */
export function subtreeIds(tree: UnitTree, roots: readonly string[]): Set<string> {
  const out = new Set<string>();
  const stack = roots.filter((r) => tree.byId.has(r));
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of tree.children.get(id) ?? []) stack.push(c.id);
  }
  return out;
}
