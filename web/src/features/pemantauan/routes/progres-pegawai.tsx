import { Group, Pagination, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BulanPicker, bulanIni, type TahunBulan } from '@/components/bulan-picker';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { useLiveInvalidate } from '@/lib/live';
import { REALISASI_PAGE_SIZE, pegawaiQuery, pemantauanKeys, realisasiPegawaiQuery, type RealisasiItem } from '../api/pemantauan';
import { LiveBadge } from '../components/live-badge';
import { RealisasiCard } from '../components/realisasi-card';

const route = getRouteApi('/app/pemantauan/pegawai/$pegawaiId');

const pad = (n: number) => String(n).padStart(2, '0');

function rentang({ tahun, bulan }: TahunBulan): { dari: string; sampai: string } {
  const last = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return { dari: `${tahun}-${pad(bulan)}-01`, sampai: `${tahun}-${pad(bulan)}-${pad(last)}` };
}

export interface ProgresPegawaiPageProps {
  /** The feedback thread of an entry; the route composes it from the umpan-balik feature. */
  renderUmpanBalik?: (item: RealisasiItem) => ReactNode;
}

/** A subordinate's progress entries of a month, newest first, with evidence and feedback. */
export function ProgresPegawaiPage({ renderUmpanBalik }: ProgresPegawaiPageProps): JSX.Element {
  const { t } = useTranslation();
  const { pegawaiId } = route.useParams();
  const [bulan, setBulan] = useState<TahunBulan>(bulanIni);
  const [halaman, setHalaman] = useState(1);
  const { dari, sampai } = rentang(bulan);
  const pegawai = useQuery(pegawaiQuery(pegawaiId));
  const { data, error, isPending } = useQuery(realisasiPegawaiQuery({ pegawaiId, dari, sampai, halaman }));

  const mine = (d: { pegawaiId: string }) => d.pegawaiId === pegawaiId;
  useLiveInvalidate('realisasi', pemantauanKeys.realisasi(pegawaiId), { filter: mine });
  useLiveInvalidate('umpan-balik', pemantauanKeys.realisasi(pegawaiId), { filter: mine });

  const nama = pegawai.data?.namaLengkap ?? data?.items[0]?.pegawaiNama ?? '';
  const pages = data ? Math.max(1, Math.ceil(data.total / REALISASI_PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader
        title={nama ? t('pemantauan.progresTitleNama', { nama }) : t('pemantauan.progresTitle')}
        description={
          pegawai.data ? (
            <>
              {pegawai.data.jabatanNama} · NIP {formatNip(pegawai.data.nip)}
            </>
          ) : undefined
        }
        actions={
          <>
            <LiveBadge />
            <BulanPicker
              value={bulan}
              onChange={(v) => {
                setBulan(v);
                setHalaman(1);
              }}
              max={bulanIni()}
              testId="progres-bulan"
            />
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <AnchorLink to="/pemantauan" size="sm">
          ‹ {t('pemantauan.kembaliKePapan')}
        </AnchorLink>
        <ButtonLink to="/umpan-balik/pegawai/$pegawaiId" params={{ pegawaiId }} size="compact-sm" variant="light" ml="auto">
          {t('pemantauan.umpanBalikPerilaku')}
        </ButtonLink>
      </Group>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed" data-testid="progres-kosong">
          {t('pemantauan.progresKosong')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('pemantauan.jumlahEntriBulan', { count: data.total })}
          </Text>
          <Stack gap="sm" data-testid="progres-list">
            {data.items.map((item) => (
              <RealisasiCard key={item.id} item={item} renderUmpanBalik={renderUmpanBalik} />
            ))}
          </Stack>
          {pages > 1 ? <Pagination total={pages} value={halaman} onChange={setHalaman} size="sm" aria-label={t('common.pagination')} /> : null}
        </Stack>
      )}
    </>
  );
}
