import { useQuery } from '@tanstack/react-query';
import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { PegawaiProfile } from '@/components/pegawai-profile';
import { profilQueryOptions } from '../api/profil';

/** `aksi`: what the home page shows between the title and the profile (quick actions). */
export function ProfilPage({ aksi }: { aksi?: ReactNode } = {}): JSX.Element {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(profilQueryOptions);
  return (
    <>
      <PageHeader title={t('profil.title')} />
      {aksi}
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <PegawaiProfile pegawai={data} />}
    </>
  );
}
