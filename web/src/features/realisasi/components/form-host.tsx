import { Alert } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ianaZone } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { hariIniDi } from '../api/berkas';
import type { RealisasiBeranda } from '../api/realisasi';
import type { FormMode, HasilForm } from './realisasi-form';
import { useAntrian } from './use-antrian';

const load = () => import('./realisasi-form');
const RealisasiFormModal = lazy(load);

/** Loads the form's code ahead of the first tap. */
export function preloadForm(): void {
  void load().catch(() => undefined);
}

/** The signed-in pegawai and today's date in the instansi's zone. */
export function usePegawaiHariIni(): { pegawaiId: string; hariIni: string } {
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const [hariIni] = useState(() => hariIniDi(ianaZone(me?.instansi.zonaWaktu)));
  return { pegawaiId: me?.pegawaiId ?? '', hariIni };
}

interface FormHostProps {
  mode: FormMode | null;
  data: RealisasiBeranda | undefined;
  onClose: () => void;
  onSelesai: (hasil: HasilForm) => void;
}

/** Renders the (lazily loaded) progress form when `mode` is set. */
export function FormHost({ mode, data, onClose, onSelesai }: FormHostProps) {
  const { pegawaiId, hariIni } = usePegawaiHariIni();
  useEffect(preloadForm, []);
  if (!mode || !data) return null;
  return (
    <Suspense fallback={null}>
      <RealisasiFormModal opened mode={mode} data={data} pegawaiId={pegawaiId} hariIni={hariIni} onClose={onClose} onSelesai={onSelesai} />
    </Suspense>
  );
}

/** The outcome of the last save: sent, or kept on the phone until the connection returns. */
export function HasilAlert({ hasil, onClose }: { hasil: HasilForm | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { pegawaiId } = usePegawaiHariIni();
  // Kept on the phone because the server is away (its last try met a 503), not for lack of signal.
  const server = useAntrian(pegawaiId).menunggu.some((e) => e.tunda === 'SERVER');
  useEffect(() => {
    if (!hasil) return;
    const timer = window.setTimeout(onClose, 8000);
    return () => window.clearTimeout(timer);
    // Only a new outcome restarts the timer (callers pass inline callbacks).
  }, [hasil]);
  if (!hasil) return null;
  const text = hasil === 'terkirim' ? t('realisasi.hasilTerkirim') : hasil === 'diubah' ? t('realisasi.hasilDiubah') : server ? t('realisasi.hasilTertundaServer') : t('realisasi.hasilTertunda');
  return (
    <Alert color={hasil === 'tertunda' ? 'yellow' : 'green'} variant="light" role="status" withCloseButton onClose={onClose} mb="md" data-testid="realisasi-hasil" data-hasil={hasil}>
      {text}
    </Alert>
  );
}
