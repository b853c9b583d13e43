/**
 * A short-lived, per-process cache for expensive aggregate answers (the leaders' homes and the
 * command centre of a large pemda), stale-while-revalidate and single-flight:
 * - younger than `segarMs`: served as is;
 * - younger than `basiMs`: served as is while one refresh runs in the background;
 * - older, or absent: computed, and every concurrent caller waits for that one computation.
 * Keys must name everything the answer depends on (tenant, scope, period); authorization is
 * checked by the caller before asking, never cached. Age is measured on a monotonic clock, not the
 * business clock.
 */
import { performance } from 'node:perf_hooks';

export interface OpsiSimpanan {
  segarMs: number;
  basiMs: number;
  /** Entries kept at most (the oldest is dropped first). */
  maks: number;
  /** Monotonic milliseconds (tests inject their own). */
  jam?: () => number;
}

export function simpananSingkat(opsi: OpsiSimpanan) {
  const jam = opsi.jam ?? (() => performance.now());
  const simpanan = new Map<string, { at: number; nilai: unknown }>();
  const berjalan = new Map<string, Promise<unknown>>();

  function segarkan<T>(kunci: string, hitung: () => Promise<T>): Promise<T> {
    const ada = berjalan.get(kunci) as Promise<T> | undefined;
    if (ada) return ada;
    const p = hitung()
      .then((nilai) => {
        simpanan.delete(kunci);
        simpanan.set(kunci, { at: jam(), nilai });
        while (simpanan.size > opsi.maks) simpanan.delete(simpanan.keys().next().value as string);
        return nilai;
      })
      .finally(() => berjalan.delete(kunci));
    berjalan.set(kunci, p);
    return p;
  }

  return {
    async ambil<T>(kunci: string, hitung: () => Promise<T>): Promise<T> {
      const e = simpanan.get(kunci);
      const umur = e ? jam() - e.at : Number.POSITIVE_INFINITY;
      if (e && umur < opsi.segarMs) return e.nilai as T;
      if (e && umur < opsi.basiMs) {
        // A failed background refresh keeps the stale answer; the next caller tries again.
        segarkan(kunci, hitung).catch(() => undefined);
        return e.nilai as T;
      }
      return segarkan(kunci, hitung);
    },
    /** Forget everything (tests, and a settings change that alters what the figures mean). */
    kosongkan(): void {
      simpanan.clear();
    },
    get ukuran(): number {
      return simpanan.size;
    },
  };
}

export type SimpananSingkat = ReturnType<typeof simpananSingkat>;
