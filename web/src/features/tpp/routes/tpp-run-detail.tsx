import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { PREDIKAT_LABEL, TPP_RUN_WORKFLOW } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Halaman } from '@/components/halaman';
import { KonflikAlert } from '@/components/konflik-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip, formatWaktu } from '@/lib/format';
import { runQuery, tppKeys, UKURAN_HALAMAN_RUN, useSetujui, xlsxUrl } from '../api/tpp';
import { rupiah } from '../components/rupiah';

const route = getRouteApi('/app/tpp/run/$id');

/** One run: what it paid per perangkat daerah (with the payroll XLSX), who it could not calculate and why, and the approval. */
export function TppRunDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const [pd, setPd] = useState<string | null>(null);
  const [halaman, setHalaman] = useState(1);
  const { data, error, isPending } = useQuery(runQuery(id, pd, halaman));
  const setujui = useSetujui(id);
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <PageHeader
        title={t('tpp.runJudul', { bulan: data.bulan, versi: data.versi })}
        description={`${data.unit?.nama ?? t('tpp.seluruhPemda')} · ${TPP_RUN_WORKFLOW.stateLabel[data.status]}${data.disetujuiAt ? ` · ${t('tpp.disetujuiOleh', { nama: data.disetujuiOleh ?? '—', at: formatWaktu(data.disetujuiAt) })}` : ''}`}
        actions={
          <Group gap="xs">
            <Button component="a" href={xlsxUrl(id, null)} variant="light" data-testid="tpp-unduh-semua">
              {t('tpp.unduhXlsx')}
            </Button>
            {data.can.setujui ? (
              <Button color="teal" onClick={() => setujui.mutate(data.rowVersion)} loading={setujui.isPending} data-testid="tpp-setujui">
                {t('tpp.setujui')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Stack gap="sm">
        <Text fw={600} data-testid="tpp-run-status" data-status={data.status}>
          {t('tpp.ringkasRun', { n: data.jumlahPegawai, total: rupiah(data.totalDibayar) })}
        </Text>
        {data.perluDitinjau ? (
          <Alert color="red" data-testid="tpp-perlu-ditinjau">
            {data.perluDitinjau}
          </Alert>
        ) : null}
        <KonflikAlert error={setujui.error} judul={t('tpp.konflik')} labelMuatUlang={t('tpp.muatUlang')} muatUlangKey={tppKeys.all} onMuatUlang={setujui.reset} prefix="tpp-setujui" />
        {data.gagal.length ? (
          <Paper withBorder p="sm" data-testid="tpp-gagal-list">
            <Title order={2} fz="md" mb="xs">
              {t('tpp.gagalJudul', { n: data.gagal.length })}
            </Title>
            {data.gagal.map((g) => (
              <Text key={g.pegawai.id} size="sm">
                {g.pegawai.nama} (NIP {formatNip(g.pegawai.nip)}): {g.alasan}
              </Text>
            ))}
          </Paper>
        ) : null}
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="tpp-per-pd">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tpp.perangkatDaerah')}</Table.Th>
                <Table.Th ta="right">{t('tpp.pegawai')}</Table.Th>
                <Table.Th ta="right">{t('tpp.total')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.perPerangkatDaerah.map((p) => (
                <Table.Tr key={p.unit.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      size="sm"
                      onClick={() => {
                        setPd(pd === p.unit.id ? null : p.unit.id);
                        setHalaman(1);
                      }}
                    >
                      {p.unit.nama}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{p.jumlahPegawai}</Table.Td>
                  <Table.Td ta="right">{rupiah(p.total)}</Table.Td>
                  <Table.Td>
                    <Anchor href={xlsxUrl(id, p.unit.id)} size="sm" data-testid="tpp-unduh-pd">
                      XLSX
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="tpp-items">
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.pegawai.id}>
                  <Table.Td>
                    {i.pegawai.nama}
                    <Text size="xs" c="dimmed">
                      NIP {formatNip(i.pegawai.nip)} · {i.unit ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t('tpp.kelas', { kelas: i.kelas ?? '—' })}</Table.Td>
                  <Table.Td>{i.predikat ? PREDIKAT_LABEL[i.predikat] : '—'}</Table.Td>
                  <Table.Td ta="right">{rupiah(i.dibayar)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Halaman total={data.totalItems} pageSize={UKURAN_HALAMAN_RUN} value={halaman} onChange={setHalaman} />
      </Stack>
    </>
  );
}
