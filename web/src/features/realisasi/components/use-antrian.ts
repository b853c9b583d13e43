import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
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

/** Runs the sender for `pemilik` and refreshes the progress lists when the server accepted something. */
export function useKirimAntrian(pemilik: string): () => Promise<number> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const n = await kirimAntrian(pemilik).catch(() => 0);
    if (n > 0) await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
    return n;
  }, [pemilik, queryClient]);
}

const INTERVAL = 30_000;

/**
 * Mounted once in the app shell: sends the queue on app start, when the browser comes back
 * online, and every 30 s while entries wait.
 */
export function useAntrianRunner(pemilik: string): void {
  const kirim = useKirimAntrian(pemilik);
  const { menunggu } = useAntrian(pemilik);
  const adaMenunggu = menunggu.length > 0;

  useEffect(() => {
    void kirim();
    const onOnline = () => void kirim();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [kirim]);

  useEffect(() => {
    if (!adaMenunggu) return;
    const timer = window.setInterval(() => void kirim(), INTERVAL);
    return () => window.clearInterval(timer);
  }, [adaMenunggu, kirim]);
}
