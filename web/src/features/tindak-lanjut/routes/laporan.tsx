import { Alert, Badge, Box, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { PREDIKATS } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { laporanTahunanQuery, laporanUrl, type Distribusi, type LaporanTahunanResponse } from '../api/tindak-lanjut';
import { GalatAkses } from '../components/galat-akses';
import { PredikatBadge, persen } from '../components/labels';

type BarisDistribusi = LaporanTahunanResponse['perPerangkatDaerah'][number];

/** A count with its share: "12 (40%)". */
function Angka({ n, dari }: { n: number; dari: number }) {
  return (
    <>
      {n}{' '}
      <Text span size="xs" c="dimmed">
        ({persen(n, dari)})
      </Text>
    </>
  );
}

/** The year's totals per predikat beside last year's. */
function Total({ data }: { data: LaporanTahunanResponse }) {
  const { t } = useTranslation();
  const lalu = data.totalTahunLalu;
  const baris = (jumlah: number, distribusi: Distribusi | null, p: (typeof PREDIKATS)[number]) => (distribusi ? <Angka n={distribusi[p]} dari={jumlah} /> : '—');
  return (
    <Paper withBorder p="sm" data-testid="laporan-total">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('tindakLanjut.laporan.ringkasan')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" style={{ textTransform: 'none' }} data-testid="laporan-jumlah">
            {t('tindakLanjut.laporan.jumlah', { n: data.total.jumlah })}
          </Badge>
          <Badge variant="light" color={data.total.belumFinal > 0 ? 'yellow' : 'gray'} style={{ textTransform: 'none' }} data-testid="laporan-belum-final">
            {t('tindakLanjut.laporan.belumFinal', { n: data.total.belumFinal })}
          </Badge>
        </Group>
        <DataTable
          minWidth={420}
          striped
          verticalSpacing={6}
          testId="laporan-total-tabel"
          columns={[t('tindakLanjut.laporan.predikat'), t('tindakLanjut.laporan.tahunIni', { tahun: data.tahun }), t('tindakLanjut.laporan.tahunLalu', { tahun: data.tahun - 1 })]}
          items={PREDIKATS}
          renderRow={(p) => (
            <Table.Tr key={p} data-predikat={p}>
              <Table.Td>
                <PredikatBadge predikat={p} />
              </Table.Td>
              <Table.Td>{baris(data.total.jumlah, data.total.distribusi, p)}</Table.Td>
              <Table.Td>{lalu ? baris(lalu.jumlah, lalu.distribusi, p) : '—'}</Table.Td>
            </Table.Tr>
          )}
        />
        <Text size="sm" fw={600}>
          {t('tindakLanjut.laporan.totalBaris', { ini: data.total.jumlah, lalu: lalu ? lalu.jumlah : '—' })}
        </Text>
        {!lalu ? (
          <Text size="xs" c="dimmed" data-testid="laporan-tanpa-tahun-lalu">
            {t('tindakLanjut.laporan.tanpaTahunLalu', { tahun: data.tahun - 1 })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** One group per row: this year's count and distribution, last year's below each number. */
function TabelDistribusi({ judul, kolomNama, baris, testId }: { judul: string; kolomNama: string; baris: readonly BarisDistribusi[]; testId: string }) {
  const { t } = useTranslation();
  const lalu = t('tindakLanjut.laporan.lalu');
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {judul}
        </Title>
        <DataTable
          minWidth={960}
          striped
          verticalSpacing={6}
          fz="sm"
          testId={testId}
          columns={[kolomNama, t('tindakLanjut.laporan.jumlahKolom'), ...PREDIKATS.map((p) => <PredikatBadge key={p} predikat={p} size="xs" />)]}
          items={baris}
          renderRow={(b) => (
            <Table.Tr key={b.kunci} data-testid={`${testId}-baris`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {b.nama}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {b.jumlah}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {lalu}: {b.tahunLalu ? b.tahunLalu.jumlah : '—'}
                </Text>
              </Table.Td>
              {PREDIKATS.map((p) => (
                <Table.Td key={p} style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    <Angka n={b.distribusi[p]} dari={b.jumlah} />
                  </Text>
                  <Text size="xs" c="dimmed">
                    {lalu}: {b.tahunLalu ? `${b.tahunLalu.distribusi[p]} (${persen(b.tahunLalu.distribusi[p], b.tahunLalu.jumlah)})` : '—'}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          )}
        />
      </Stack>
    </Paper>
  );
}

/** Pelaporan kinerja: the pemda's annual results per perangkat daerah and jabatan type against last year. */
export function LaporanTahunanPage(): JSX.Element {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState(tahunIni);
  const q = useQuery(laporanTahunanQuery(tahun));
  const data = q.data;
  const adaPeriode = !q.isError && data?.tahun === tahun && data.periode !== null;
  return (
    <>
      <PageHeader
        title={t('tindakLanjut.laporan.judul')}
        description={t('tindakLanjut.laporan.keterangan')}
        actions={
          <>
            <TahunSelect label={t('tindakLanjut.laporan.tahun')} value={tahun} onChange={setTahun} testId="laporan-tahun" />
            {adaPeriode ? (
              <>
                <Button component="a" href={laporanUrl(tahun, 'pdf')} download variant="default" size="sm" data-testid="laporan-unduh-pdf">
                  {t('tindakLanjut.unduhPdf')}
                </Button>
                <Button component="a" href={laporanUrl(tahun, 'xlsx')} download variant="default" size="sm" data-testid="laporan-unduh-xlsx">
                  {t('tindakLanjut.unduhXlsx')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <GalatAkses error={q.error} siapa={t('tindakLanjut.laporan.siapa')} testId="laporan-galat" />
      ) : q.data.periode === null ? (
        <Alert color="gray" data-testid="laporan-belum-dibuka" title={t('tindakLanjut.laporan.belumDibukaJudul')}>
          <Text size="sm">{t('tindakLanjut.laporan.belumDibuka', { tahun: q.data.tahun })}</Text>
          <Button size="compact-sm" variant="light" mt="xs" onClick={() => setTahun(q.data.tahun - 1)} data-testid="laporan-tahun-lalu">
            {t('tindakLanjut.laporan.lihatTahun', { tahun: q.data.tahun - 1 })}
          </Button>
        </Alert>
      ) : (
        <Box style={{ opacity: q.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={q.isPlaceholderData}>
          <Stack gap="md">
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600} data-testid="laporan-periode">
                {q.data.periode.label}
              </Text>
              {q.data.periode.status === 'DIBUKA' ? (
                <Badge color="blue" variant="light" style={{ textTransform: 'none' }}>
                  {t('tindakLanjut.laporan.masihBerjalan')}
                </Badge>
              ) : null}
            </Group>
            <Total data={q.data} />
            <TabelDistribusi
              judul={t('tindakLanjut.laporan.perPerangkatDaerah')}
              kolomNama={t('tindakLanjut.laporan.perangkatDaerah')}
              baris={q.data.perPerangkatDaerah}
              testId="laporan-per-pd"
            />
            <TabelDistribusi
              judul={t('tindakLanjut.laporan.perJenisJabatan')}
              kolomNama={t('tindakLanjut.laporan.jenisJabatan')}
              baris={q.data.perJenisJabatan}
              testId="laporan-per-jenis"
            />
            <Text size="xs" c="dimmed" data-testid="laporan-dasar-hukum">
              {q.data.dasarHukum}
            </Text>
          </Stack>
        </Box>
      )}
    </>
  );
}
