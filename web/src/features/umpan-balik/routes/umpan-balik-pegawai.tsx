import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { useLiveInvalidate } from '@/lib/live';
import { pegawaiQuery, umpanBalikKeys, umpanBalikQuery } from '../api/umpan-balik';
import { PerilakuForm } from '../components/perilaku-form';
import { UmpanBalikThreads } from '../components/umpan-balik-list';

const route = getRouteApi('/app/umpan-balik/pegawai/$pegawaiId');

/** The superior's page about one subordinate: write behaviour feedback, read every thread. */
export function UmpanBalikPegawaiPage(): JSX.Element {
  const { t } = useTranslation();
  const { pegawaiId } = route.useParams();
  const pegawai = useQuery(pegawaiQuery(pegawaiId));
  const { data, error, isPending } = useQuery(umpanBalikQuery({ pegawaiId }));
  useLiveInvalidate('umpan-balik', umpanBalikKeys.list({ pegawaiId }), { filter: (d) => d.pegawaiId === pegawaiId });
  const nama = pegawai.data?.namaLengkap;
  return (
    <>
      <PageHeader
        title={nama ? t('umpanBalik.pegawaiTitleNama', { nama }) : t('umpanBalik.pegawaiTitle')}
        description={pegawai.data ? `${pegawai.data.jabatanNama} · NIP ${formatNip(pegawai.data.nip)}` : undefined}
      />
      <AnchorLink to="/pemantauan/pegawai/$pegawaiId" params={{ pegawaiId }} size="sm" mb="sm" display="inline-block">
        {t('umpanBalik.lihatProgres')}
      </AnchorLink>
      <Stack gap="lg">
        <PerilakuForm pegawaiId={pegawaiId} />
        <section>
          <Title order={2} size="h5" mb="xs">
            {t('umpanBalik.riwayat')}
          </Title>
          {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <UmpanBalikThreads items={data.items} />}
        </section>
      </Stack>
    </>
  );
}
