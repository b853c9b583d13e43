import { useQueryClient } from '@tanstack/react-query';
import type { JSX } from 'react';
import { pemantauanKeys, type RealisasiItem } from '@/features/pemantauan/api/pemantauan';
import { ProgresPegawaiPage } from '@/features/pemantauan/routes/progres-pegawai';
import { RealisasiDetailPage } from '@/features/pemantauan/routes/realisasi-detail';
import { UmpanBalikThread } from '@/features/umpan-balik/components/umpan-balik-thread';

/**
 * Progress entries (pemantauan) with the feedback thread of each entry (umpan-balik): the two
 * features stay independent; these routes put them together.
 */
function useThread() {
  const queryClient = useQueryClient();
  return (item: RealisasiItem) => (
    <UmpanBalikThread
      pegawaiId={item.pegawaiId}
      realisasiId={item.id}
      bolehTulis={item.can.beriUmpanBalik}
      onTerkirim={() => void queryClient.invalidateQueries({ queryKey: pemantauanKeys.all })}
    />
  );
}

/** A subordinate's progress list. */
export function ProgresPegawaiRoute(): JSX.Element {
  return <ProgresPegawaiPage renderUmpanBalik={useThread()} />;
}

/** One entry (where a feedback notification leads). */
export function RealisasiDetailRoute(): JSX.Element {
  return <RealisasiDetailPage renderUmpanBalik={useThread()} />;
}
