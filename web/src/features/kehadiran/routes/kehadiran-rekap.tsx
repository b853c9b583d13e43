import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { BulanPicker, bulanIni, type TahunBulan } from '@/components/bulan-picker';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { RingkasanKehadiranGrid } from '@/components/ringkasan-kehadiran';
import { formatNip, formatTanggal } from '@/lib/format';
import { rekapQuery } from '../api/kehadiran';
import { KalenderKehadiran } from '../components/kalender';
import { STATUS_COLOR, labelStatus } from '../components/status';

const route = getRouteApi('/app/kehadiran');

/** The monthly attendance rekap of a pegawai (mine, or a subordinate's from the team page). */
export function KehadiranRekapPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const bulan: TahunBulan = search.tahun && search.bulan ? { tahun: search.tahun, bulan: search.bulan } : bulanIni();
  const pegawaiId = search.pegawaiId ?? null;
  const { data, error, isPending } = useQuery(rekapQuery(pegawaiId, bulan.tahun, bulan.bulan));
  const setBulan = (v: TahunBulan) => void navigate({ to: '/kehadiran', search: { ...search, tahun: v.tahun, bulan: v.bulan }, replace: true });
  const tercatat = (data?.hari ?? []).filter((h) => h.status);

  return (
    <>
      <PageHeader
        title={pegawaiId && data ? t('kehadiran.rekapTitleNama', { nama: data.pegawai.nama }) : t('kehadiran.rekapTitle')}
        description={pegawaiId && data ? `${data.pegawai.jabatan} · NIP ${formatNip(data.pegawai.nip)}` : t('kehadiran.rekapDescription')}
        actions={<BulanPicker value={bulan} onChange={setBulan} max={bulanIni()} testId="kehadiran-bulan" />}
      />
      {pegawaiId ? (
        <AnchorLink to="/kehadiran/tim" size="sm" mb="sm" display="inline-block">
          ‹ {t('kehadiran.kembaliTim')}
        </AnchorLink>
      ) : null}
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Stack gap="md">
          <RingkasanKehadiranGrid r={data.ringkasan} />
          <Card withBorder radius="md" padding="sm">
            <KalenderKehadiran tahun={data.tahun} bulan={data.bulan} hari={data.hari} />
          </Card>
          <section>
            <Title order={2} size="h5" mb="xs">
              {t('kehadiran.rincian')}
            </Title>
            {tercatat.length === 0 ? (
              <Text c="dimmed" size="sm" data-testid="kehadiran-kosong">
                {t('kehadiran.kosong')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={340}>
                <Table striped verticalSpacing={4} data-testid="kehadiran-rincian">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('kehadiran.tanggal')}</Table.Th>
                      <Table.Th scope="col">{t('kehadiran.status')}</Table.Th>
                      <Table.Th scope="col">{t('kehadiran.jam')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('kehadiran.terlambat')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {tercatat.map((h) => (
                      <Table.Tr key={h.tanggal}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTanggal(h.tanggal)}</Table.Td>
                        <Table.Td>
                          <Badge size="sm" variant="light" color={STATUS_COLOR[h.status ?? ''] ?? 'gray'} style={{ textTransform: 'none' }}>
                            {labelStatus(h.status ?? '')}
                          </Badge>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{h.jamMasuk || h.jamPulang ? `${h.jamMasuk ?? '—'} – ${h.jamPulang ?? '—'}` : '—'}</Table.Td>
                        <Table.Td ta="right">
                          {h.terlambatMenit ? (
                            <Text span size="sm" c="orange.8" fw={600}>
                              {t('kehadiran.terlambatMenit', { n: h.terlambatMenit })}
                            </Text>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
        </Stack>
      )}
    </>
  );
}
