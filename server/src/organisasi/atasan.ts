/**
 * Who assesses whom: the pejabat penilai kinerja of a pegawai is the holder of the head jabatan
 * of the unit above their jabatan — the head of their own unit, or of the parent unit when they
 * head their unit themselves — and an active Plt/Plh in that head jabatan takes the place of the
 * definitive holder. A vacant head seat passes the role on to the next unit up. The atasan
 * pejabat penilai is found the same way, starting above the pejabat penilai's seat.
 * When the chain runs out, the head of the region (kepala daerah, not an ASN record) is on top.
 */
export interface ChainSeat {
  depth: number;
  unitId: string;
  /** Active Plt/Plh in the head jabatan on the date, if any. */
  actingPegawaiId: string | null;
  actingJenis: 'PLT' | 'PLH' | null;
  /** Definitive holder of the head jabatan, if any. */
  definitifPegawaiId: string | null;
}

export interface ResolvedSeat {
  pegawaiId: string;
  sebagai: 'DEFINITIF' | 'PLT' | 'PLH';
  depth: number;
}

export function resolveAtasanChain(
  pegawaiId: string,
  headsOwnUnit: boolean,
  chain: ChainSeat[],
): { pejabatPenilai: ResolvedSeat | null; atasanPejabatPenilai: ResolvedSeat | null } {
  const seats = [...chain].sort((a, b) => a.depth - b.depth).filter((s) => !(headsOwnUnit && s.depth === 0));
  const found: ResolvedSeat[] = [];
  for (const s of seats) {
    const holder: ResolvedSeat | null = s.actingPegawaiId
      ? { pegawaiId: s.actingPegawaiId, sebagai: s.actingJenis ?? 'PLT', depth: s.depth }
      : s.definitifPegawaiId
        ? { pegawaiId: s.definitifPegawaiId, sebagai: 'DEFINITIF', depth: s.depth }
        : null;
    if (!holder) continue;
    if (holder.pegawaiId === pegawaiId) continue;
    if (found.some((f) => f.pegawaiId === holder.pegawaiId)) continue;
    found.push(holder);
    if (found.length === 2) break;
  }
  return { pejabatPenilai: found[0] ?? null, atasanPejabatPenilai: found[1] ?? null };
}
