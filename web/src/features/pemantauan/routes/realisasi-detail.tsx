import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatTanggal } from '@/lib/format';
import { useLiveInvalidate } from '@/lib/live';
import { meQueryOptions } from '@/lib/session';
import { realisasiQuery, type RealisasiItem } from '../api/pemantauan';
import { RealisasiCard } from '../components/realisasi-card';

const route = getRouteApi('/app/realisasi/$id');

/** One progress entry with its feedback thread open (where a feedback notification leads). */
export function RealisasiDetailPage({ renderUmpanBalik }: { renderUmpanBalik?: (item: RealisasiItem) => ReactNode }): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const q = realisasiQuery(id);
  const { data, error, isPending } = useQuery(q);
  useLiveInvalidate('realisasi', q.queryKey, { filter: (d) => d.realisasiId === id });
  useLiveInvalidate('umpan-balik', q.queryKey, { filter: (d) => d.pegawaiId === data?.pegawaiId });
  const milikSaya = !!data && data.pegawaiId === me?.pegawaiId;
  return (
    <>
      <PageHeader
        title={data ? t('pemantauan.progresTitleNama', { nama: data.pegawaiNama }) : t('pemantauan.progresTitle')}
        description={data ? formatTanggal(data.tanggal) : undefined}
      />
      {data ? (
        milikSaya ? (
          <AnchorLink to="/progres" size="sm" mb="sm" display="inline-block">
            ‹ {t('pemantauan.semuaProgresSaya')}
          </AnchorLink>
        ) : (
          <AnchorLink to="/pemantauan/pegawai/$pegawaiId" params={{ pegawaiId: data.pegawaiId }} size="sm" mb="sm" display="inline-block">
            ‹ {t('pemantauan.semuaProgres', { nama: data.pegawaiNama })}
          </AnchorLink>
        )
      ) : null}
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <RealisasiCard item={data} renderUmpanBalik={renderUmpanBalik} terbuka />}
    </>
  );
}
