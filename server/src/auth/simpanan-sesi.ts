/**
 * The per-process cache of resolved sessions (issue #15): with it a request's session costs no
 * query while it is fresh. Correctness rests on three rules:
 * - an entry lives at most `ttlMs`;
 * - a 'sesi' bus event (sent by database triggers on session, user_account, user_role and pegawai,
 *   migration 0022, whichever code path made the change) drops every entry of that user in every
 *   process; an event that arrives while a session query is in flight keeps that answer out;
 * - an entry is served only under the bus generation it was stored in: while the listener is down
 *   (events would be lost) nothing is cached, and a reconnection makes everything older unusable.
 */
export interface SimpananSesi<T extends { user_id: string; pegawai_id: string }> {
  /** The cached row of a session token's hash, when fresh and stored under `generasi`. */
  ambil(tokenHash: string, generasi: number): T | undefined;
  /** Revocations seen so far: read before a session query, passed back to `simpan`. */
  readonly urutan: number;
  /** Keeps `row` unless a revocation arrived since `urutan` was read. */
  simpan(tokenHash: string, row: T, urutan: number, generasi: number): void;
  lupakanUser(userId: string): void;
  lupakanPegawai(pegawaiId: string): void;
  lupakanSemua(): void;
  lupakanToken(tokenHash: string): void;
  readonly size: number;
}

export function buatSimpananSesi<T extends { user_id: string; pegawai_id: string }>(opts: { ttlMs: number; maks: number; now?: () => number }): SimpananSesi<T> {
  const now = opts.now ?? (() => performance.now());
  const isi = new Map<string, { row: T; sampai: number; generasi: number }>();
  const perUser = new Map<string, Set<string>>();
  let urutan = 0;

  const hapus = (tokenHash: string) => {
    const e = isi.get(tokenHash);
    if (!e) return;
    isi.delete(tokenHash);
    const set = perUser.get(e.row.user_id);
    set?.delete(tokenHash);
    if (set?.size === 0) perUser.delete(e.row.user_id);
  };

  return {
    ambil(tokenHash, generasi) {
      const e = isi.get(tokenHash);
      if (!e) return undefined;
      if (e.generasi !== generasi || e.sampai <= now()) {
        hapus(tokenHash);
        return undefined;
      }
      return e.row;
    },
    get urutan() {
      return urutan;
    },
    simpan(tokenHash, row, urutanAwal, generasi) {
      if (urutanAwal !== urutan) return;
      hapus(tokenHash);
      // Bounded: the oldest entry goes first (a Map iterates in insertion order).
      while (isi.size >= opts.maks) {
        const tertua = isi.keys().next();
        if (tertua.done) break;
        hapus(tertua.value);
      }
      isi.set(tokenHash, { row, sampai: now() + opts.ttlMs, generasi });
      const set = perUser.get(row.user_id) ?? new Set<string>();
      set.add(tokenHash);
      perUser.set(row.user_id, set);
    },
    lupakanUser(userId) {
      urutan += 1;
      for (const t of [...(perUser.get(userId) ?? [])]) hapus(t);
    },
    lupakanPegawai(pegawaiId) {
      urutan += 1;
      for (const [t, e] of [...isi]) if (e.row.pegawai_id === pegawaiId) hapus(t);
    },
    lupakanSemua() {
      urutan += 1;
      isi.clear();
      perUser.clear();
    },
    lupakanToken(tokenHash) {
      urutan += 1;
      hapus(tokenHash);
    },
    get size() {
      return isi.size;
    },
  };
}
