import { SegmentedControl, Stack, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { PegawaiProfile } from '@/components/pegawai-profile';
import { meQueryOptions } from '@/lib/session';
import { TawaranTur } from '@/features/bantuan';
import { navigasiQuery } from '@/lib/navigasi';
import { BerandaPenilai } from '@/features/beranda/components/beranda-penilai';
import { BerandaPimpinan } from '@/features/beranda/components/beranda-pimpinan';
import { BerandaSaya } from '@/features/beranda/components/beranda-saya';
import { PusatKendali } from '@/features/beranda/routes/pusat-kendali';
import { profilQueryOptions } from '@/features/profil/api/profil';
import { CatatProgresCard } from '@/features/realisasi/components/catat-progres-card';
import { TindakLanjutWidget } from '@/features/bimbingan/components/tindak-lanjut-widget';

type Tampilan = 'saya' | 'tim' | 'pimpinan' | 'pusat';

/** The pegawai's own view: "Catat progres" first (two taps to a recorded entry), the month, what is due, and the profile. */
function Saya({ zonaWaktu }: { zonaWaktu: string }) {
  const { t } = useTranslation();
  const profil = useQuery(profilQueryOptions);
  return (
    <Stack gap="sm">
      <CatatProgresCard />
      <BerandaSaya zonaWaktu={zonaWaktu} />
      <TindakLanjutWidget beranda />
      {profil.data ? (
        <>
          <Title order={2} fz="lg" mt="sm">
            {t('profil.title')}
          </Title>
          <PegawaiProfile pegawai={profil.data} />
        </>
      ) : null}
    </Stack>
  );
}

/**
 * The first page after login, answering "what needs me now?" for each role the person has: their
 * own (everyone), their team's (pejabat penilai), their organisation's (kepala perangkat daerah,
 * sekda) and BKPSDM's command centre; the highest one opens first.
 */
export function BerandaPage(): JSX.Element {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const nav = useQuery(navigasiQuery);
  const ada: Tampilan[] = ['saya', ...(nav.data?.tim ? (['tim'] as const) : []), ...(nav.data?.pimpinan ? (['pimpinan'] as const) : []), ...(nav.data?.pusatKendali ? (['pusat'] as const) : [])];
  const [pilih, setPilih] = useState<Tampilan | null>(null);
  const aktif: Tampilan = pilih && ada.includes(pilih) ? pilih : ada[ada.length - 1]!;
  const zona = me?.instansi.zonaWaktu ?? 'WIB';
  return (
    <>
      <PageHeader title={t('beranda.judul')} description={t('beranda.sapa', { nama: me?.nama ?? '' })} />
      {me ? <TawaranTur roles={me.roles} /> : null}
      {ada.length > 1 ? (
        <SegmentedControl
          mb="sm"
          fullWidth
          value={aktif}
          onChange={(v) => setPilih(v as Tampilan)}
          data={ada.map((v) => ({ value: v, label: t(`beranda.tampilan.${v}`) }))}
          data-testid="beranda-tampilan"
        />
      ) : null}
      {nav.isPending ? <Loading /> : aktif === 'saya' ? <Saya zonaWaktu={zona} /> : aktif === 'tim' ? <BerandaPenilai /> : aktif === 'pimpinan' ? <BerandaPimpinan /> : <PusatKendali zonaWaktu={zona} />}
    </>
  );
}
