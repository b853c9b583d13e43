import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { JENIS_KOMPETENSI_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { formatAngka, formatNip } from '@/lib/format';
import { rekapQuery } from '../api/pengembangan';
import { KartuDaftar } from '../components/kartu-daftar';
import { StatusRencanaBadge } from '../components/labels';

const route = getRouteApi('/app/pengembangan/rekap');

/** BKPSDM's (and pimpinan's) recap of the year's hours: per perangkat daerah, the most common needs, who is below the target. */
export function RekapPengembanganPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tahun = search.tahun ?? tahunIni();
  const [pd, setPd] = useState<string | null>(null);
  const { data, error, isPending } = useQuery(rekapQuery(tahun, pd));
  return (
    <>
      <PageHeader
        title={t('pengembangan.rekap.judul')}
        description={data ? `${t('pengembangan.rekap.keterangan', { target: data.targetJp })} ${data.dasarHukum}` : undefined}
        actions={<TahunSelect value={tahun} onChange={(v) => void navigate({ search: { tahun: v }, replace: true })} label={t('pengembangan.tahun')} />}
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} testId="rekap-galat" />
      ) : (
        <Stack gap="sm">
          <Paper withBorder p="sm">
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover data-testid="rekap-pd">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pengembangan.rekap.perangkatDaerah')}</Table.Th>
                    <Table.Th ta="right">{t('pengembangan.rekap.pegawai')}</Table.Th>
                    <Table.Th ta="right">{t('pengembangan.rekap.memenuhi')}</Table.Th>
                    <Table.Th ta="right">{t('pengembangan.rekap.diBawah')}</Table.Th>
                    <Table.Th ta="right">{t('pengembangan.rekap.rataJp')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.perangkatDaerah.map((r) => (
                    <Table.Tr key={r.unit.id} data-testid="rekap-pd-baris" data-unit={r.unit.id}>
                      <Table.Td>{r.unit.nama}</Table.Td>
                      <Table.Td ta="right">{r.jumlahPegawai}</Table.Td>
                      <Table.Td ta="right">{r.memenuhi}</Table.Td>
                      <Table.Td ta="right">{r.diBawahTarget}</Table.Td>
                      <Table.Td ta="right">{formatAngka(r.rataJp, 1)}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant={pd === r.unit.id ? 'filled' : 'subtle'} onClick={() => setPd(pd === r.unit.id ? null : r.unit.id)} data-testid="rekap-pd-lihat">
                          {t('pengembangan.rekap.lihatDiBawah')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          {data.diBawahTarget ? (
            <Paper withBorder p="sm" data-testid="rekap-di-bawah">
              <Stack gap="xs">
                <Title order={2} fz="md">
                  {t('pengembangan.rekap.diBawahJudul', { pd: data.perangkatDaerah.find((r) => r.unit.id === pd)?.unit.nama ?? '', n: data.diBawahTarget.length })}
                </Title>
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Tbody>
                      {data.diBawahTarget.map((d) => (
                        <Table.Tr key={d.pegawai.id} data-testid="rekap-di-bawah-baris">
                          <Table.Td>
                            <AnchorLink to="/pengembangan/pegawai/$id" params={{ id: d.pegawai.id }} search={{ tahun }}>
                              {d.pegawai.nama}
                            </AnchorLink>
                            <Text size="xs" c="dimmed">
                              NIP {formatNip(d.pegawai.nip)} · {d.unit}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">{t('pengembangan.rekap.jpKurang', { jp: d.jp, kurang: d.kekurangan })}</Table.Td>
                          <Table.Td>{d.rencana ? <StatusRencanaBadge status={d.rencana} /> : <Text size="sm" c="dimmed">{t('pengembangan.rekap.tanpaRencana')}</Text>}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            </Paper>
          ) : null}
          <KartuDaftar judul={t('pengembangan.rekap.kebutuhanJudul')} jumlah={data.kebutuhanTerbanyak.length} kosong={t('pengembangan.rekap.kebutuhanKosong')} testId="rekap-kebutuhan">
            {data.kebutuhanTerbanyak.map((k, i) => (
              <Group key={i} justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">
                  {i + 1}. {k.judul}{' '}
                  <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                    {JENIS_KOMPETENSI_LABEL[k.jenisKompetensi]}
                  </Badge>
                </Text>
                <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                  {t('pengembangan.rekap.nPegawai', { n: k.jumlahPegawai })}
                </Text>
              </Group>
            ))}
          </KartuDaftar>
        </Stack>
      )}
    </>
  );
}
