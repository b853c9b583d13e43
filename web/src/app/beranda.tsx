import type { JSX } from 'react';
import { ProfilPage } from '@/features/profil/routes/profil';
import { CatatProgresCard } from '@/features/realisasi/components/catat-progres-card';
import { TindakLanjutWidget } from '@/features/bimbingan/components/tindak-lanjut-widget';

/** The landing page after login: "Catat progres" first (two taps to a recorded entry), then the profile. */
export function BerandaPage(): JSX.Element {
  return (
    <ProfilPage
      aksi={
        <>
          <CatatProgresCard />
          <TindakLanjutWidget beranda />
        </>
      }
    />
  );
}
