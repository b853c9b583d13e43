import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { onLayananPulih } from '@/lib/online';
import { daftarAntrian, kirimAntrian, subscribeAntrian, type EntriAntrian } from '../api/antrian';
import { realisasiKeys } from '../api/realisasi';

/** The entries of `pemilik` still on this device (waiting or refused), kept up to date. */
export function useAntrian(pemilik: string): { items: EntriAntrian[]; menunggu: EntriAntrian[]; gagal: EntriAntrian[]; siap: boolean } {
  const [items, setItems] = useState<EntriAntrian[]>([]);
  const [siap, setSiap] = useState(false);
  useEffect(() => {
    let aktif = true;
    const muat = () => {
      daftarAntrian(pemilik)
        .then((list) => {
          if (!aktif) return;
          setItems(list);
          setSiap(true);
        })
        .catch(() => {
          // IndexedDB unavailable (private mode): nothing can be queued, nothing to show.
          if (aktif) setSiap(true);
        });
    };
    muat();
    const stop = subscribeAntrian(muat);
    return () => {
      aktif = false;
      stop();
    };
  }, [pemilik]);
  return { items, menunggu: items.filter((i) => i.status === 'MENUNGGU'), gagal: items.filter((i) => i.status === 'GAGAL'), siap };
}

/**
 * Runs the sender for `pemilik` and refreshes the progress lists when the server accepted
 * something. `paksa`: every waiting entry now, backoff or not (see kirimAntrian).
 */
export function useKirimAntrian(pemilik: string): (opsi?: { paksa?: boolean }) => Promise<number> {
  const queryClient = useQueryClient();
  return useCallback(
    async (opsi: { paksa?: boolean } = {}) => {
      const n = await kirimAntrian(pemilik, opsi).catch(() => 0);
      if (n > 0) await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
      return n;
    },
    [pemilik, queryClient],
  );
}

const INTERVAL = 30_000;
const JEDA_MIN = 1_000;
const PULIH_MIN = 10_000;

/**
 * Mounted once in the app shell: sends the queue on app start, when the browser comes back
 * online or the server is available again (at once, whatever the backoff), and while entries
 * wait: every 30 s, or when the earliest entry's backoff ends (server trouble: growing, see
 * jedaTunda).
 */
export function useAntrianRunner(pemilik: string): void {
  const kirim = useKirimAntrian(pemilik);
  const { menunggu } = useAntrian(pemilik);
  // When the next automatic run is due: the earliest backoff; 0 when an entry has none.
  const jatuhTempo = menunggu.length === 0 ? null : Math.min(...menunggu.map((e) => (e.berikutnyaAt ? Date.parse(e.berikutnyaAt) : 0)));
  // Re-arms the timer after a run that changed nothing in the queue (e.g. still offline).
  const [putaran, setPutaran] = useState(0);

  useEffect(() => {
    void kirim();
    const segera = () => void kirim({ paksa: true });
    // The server answered again: at most one forced run per PULIH_MIN (a server that fails only
    // some calls must not turn every successful read into another round of sends).
    let pulihTerakhir = 0;
    const pulih = () => {
      if (Date.now() - pulihTerakhir < PULIH_MIN) return;
      pulihTerakhir = Date.now();
      segera();
    };
    window.addEventListener('online', segera);
    const stop = onLayananPulih(pulih);
    return () => {
      window.removeEventListener('online', segera);
      stop();
    };
  }, [kirim]);

  useEffect(() => {
    if (jatuhTempo === null) return;
    const jeda = jatuhTempo === 0 ? INTERVAL : Math.max(JEDA_MIN, jatuhTempo - Date.now());
    const timer = window.setTimeout(() => {
      void kirim().finally(() => setPutaran((n) => n + 1));
    }, jeda);
    return () => window.clearTimeout(timer);
  }, [jatuhTempo, putaran, kirim]);
}
