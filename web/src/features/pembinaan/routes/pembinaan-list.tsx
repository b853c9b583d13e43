import { Card, Group, Pagination, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { JENIS_KASUS, KASUS_STATES } from '@capaian/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { formatNip, formatWaktu } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { meQueryOptions } from '@/lib/session';
import { bawahanQuery, kasusListQuery, LINGKUP, UKURAN_HALAMAN, type Kasus, type LingkupKasus } from '../api/pembinaan';
import { jenisLabel, statusLabel, StatusKasusBadge } from '../components/labels';
import { SanksiBagian } from '../components/sanksi';
import type { PembinaanSearch } from './search';

const route = getRouteApi('/app/pembinaan');

/** Roles that see every case of the pemda (the server decides; others get 403). */
const SEMUA_ROLES = ['ADMIN_BKPSDM', 'PIMPINAN'];

function KasusCard({ k, lingkup, zona }: { k: Kasus; lingkup: LingkupKasus; zona: string }) {
  const { t } = useTranslation();
  const orangLain = lingkup !== 'SAYA';
  return (
    <Card withBorder radius="md" padding="sm" data-testid="pembinaan-item" data-id={k.id} data-status={k.status} data-nip={k.pegawai.nip}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <AnchorLink to="/pembinaan/$id" params={{ id: k.id }} fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="pembinaan-buka">
              {orangLain ? k.pegawai.nama : jenisLabel(k.jenis)}
            </AnchorLink>
            {orangLain ? (
              <Text size="xs" c="dimmed">
                NIP {formatNip(k.pegawai.nip)}
              </Text>
            ) : null}
          </div>
          <StatusKasusBadge status={k.status} testId="pembinaan-item-status" />
        </Group>
        {orangLain ? (
          <Text size="sm" fw={500}>
            {jenisLabel(k.jenis)}
          </Text>
        ) : null}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {k.alasan}
        </Text>
        <Text size="xs" c="dimmed">
          {t('pembinaan.diusulkanPada', { at: formatWaktu(k.createdAt, zona) })}
          {k.status === 'DITINDAKLANJUTI' && k.jenis === 'RENCANA_PERBAIKAN' && !k.diakuiAt ? ` · ${orangLain ? t('pembinaan.belumDiakuiSingkat') : t('pembinaan.menungguKesepakatan')}` : ''}
        </Text>
      </Stack>
    </Card>
  );
}

export function PembinaanListPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const tahun = new Date().getFullYear();
  const bawahan = useQuery(bawahanQuery(tahun));
  const lingkup: LingkupKasus = search.lingkup ?? 'SAYA';
  const filter = { lingkup, status: search.status ?? null, jenis: search.jenis ?? null, halaman: search.halaman ?? 1 };
  const { data, error, isPending } = useQuery(kasusListQuery(filter));
  if (!me) return <Loading />;
  const zona = me.instansi.zonaWaktu;

  const punyaTim = (bawahan.data?.length ?? 0) > 0;
  const seluruh = me.roles.some((r) => SEMUA_ROLES.includes(r));
  const pilihan = LINGKUP.filter((l) => l === 'SAYA' || l === lingkup || (l === 'TIM' && punyaTim) || (l === 'SEMUA' && seluruh));
  const ubah = (patch: Partial<PembinaanSearch>) =>
    void navigate({ search: (s: PembinaanSearch) => ({ ...s, halaman: undefined, ...patch }), replace: true });
  const halamanTotal = data ? Math.max(1, Math.ceil(data.total / UKURAN_HALAMAN)) : 1;

  return (
    <>
      <PageHeader title={t('pembinaan.judul')} description={t('pembinaan.keterangan')} />
      <Stack gap="sm">
        {pilihan.length > 1 ? (
          <SegmentedControl
            value={lingkup}
            onChange={(v) => isOneOf(LINGKUP, v) && ubah({ lingkup: v === 'SAYA' ? undefined : v })}
            data={pilihan.map((l) => ({ value: l, label: t(`pembinaan.lingkup.${l}`) }))}
            aria-label={t('pembinaan.lingkupLabel')}
            fullWidth
            maw={520}
            data-testid="pembinaan-lingkup"
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={520}>
          <Select
            label={t('pembinaan.status')}
            placeholder={t('pembinaan.semuaStatus')}
            clearable
            data={KASUS_STATES.map((s) => ({ value: s, label: statusLabel(s) }))}
            value={search.status ?? null}
            onChange={(v) => ubah({ status: isOneOf(KASUS_STATES, v) ? v : undefined })}
            data-testid="pembinaan-filter-status"
          />
          <Select
            label={t('pembinaan.jenis')}
            placeholder={t('pembinaan.semuaJenis')}
            clearable
            data={JENIS_KASUS.map((j) => ({ value: j, label: jenisLabel(j) }))}
            value={search.jenis ?? null}
            onChange={(v) => ubah({ jenis: isOneOf(JENIS_KASUS, v) ? v : undefined })}
            data-testid="pembinaan-filter-jenis"
          />
        </SimpleGrid>
        {isPending ? (
          <Loading />
        ) : error ? (
          isApiError(error) && error.status === 403 ? (
            <ErrorAlert error={error} title={t('pembinaan.terlarang')} testId="pembinaan-terlarang" />
          ) : (
            <ErrorAlert error={error} />
          )
        ) : data.items.length === 0 ? (
          <Text c="dimmed" data-testid="pembinaan-kosong">
            {filter.status || filter.jenis ? t('pembinaan.kosongSaring') : t(`pembinaan.kosong.${lingkup}`)}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" data-testid="pembinaan-jumlah">
              {t('pembinaan.jumlah', { n: data.total })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="pembinaan-list">
              {data.items.map((k) => (
                <KasusCard key={k.id} k={k} lingkup={lingkup} zona={zona} />
              ))}
            </SimpleGrid>
            {halamanTotal > 1 ? (
              <Pagination total={halamanTotal} value={filter.halaman} onChange={(h) => ubah({ halaman: h > 1 ? h : undefined })} size="sm" aria-label={t('common.pagination')} />
            ) : null}
          </>
        )}
        <SanksiBagian lingkup={lingkup} zona={zona} pegawaiSaya={me.pegawaiId} />
      </Stack>
    </>
  );
}
