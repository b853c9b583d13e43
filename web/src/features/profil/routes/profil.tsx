import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { PegawaiProfile } from '@/components/pegawai-profile';
import { profilQueryOptions } from '../api/profil';

export function ProfilPage(): JSX.Element {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(profilQueryOptions);
  return (
    <>
      <PageHeader title={t('profil.title')} />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <PegawaiProfile pegawai={data} />}
    </>
  );
}
