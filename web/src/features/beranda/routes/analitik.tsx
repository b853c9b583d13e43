import { Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { BENDERA_PENILAI_LABEL, PREDIKAT_LABEL, PREDIKATS } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatAngka, formatNip } from '@/lib/format';
import { perangkatDaerahQuery } from '@/lib/unit-kerja';
import { analitikQuery, type AnalitikPenilai } from '../api/beranda';
import { Catatan } from '../components/catatan';
import { Sebaran } from '../components/sebaran';

const persen = (x: number | null) => (x === null ? '—' : `${formatAngka(x * 100, 0)}%`);

const Distribusi = ({ d }: { d: AnalitikPenilai['pemda']['distribusi'] }) => <Sebaran isi={(p) => d[p]} />;

/** Rater analytics: each pejabat penilai's ratings against the pemda and their units' results, with the numbers behind each flag. */
export function AnalitikPenilaiPage(): JSX.Element {
  const { t } = useTranslation();
  const [pd, setPd] = useState<string | null>(null);
  const q = useQuery(analitikQuery(null, pd));
  const pds = useQuery({ ...perangkatDaerahQuery(), enabled: q.data?.cakupan === 'semua' });
  return (
    <>
      <PageHeader title={t('beranda.analitik.judul')} description={q.data?.periode ? t('beranda.analitik.periode', { periode: q.data.periode.label }) : undefined} />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Stack gap="sm" data-testid="analitik-penilai">
          <Paper withBorder p="sm" radius="md">
            <Text size="sm">
              {t('beranda.analitik.pemda', { n: q.data.pemda.jumlah, rata: formatAngka(q.data.pemda.rataRata, 2) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('beranda.analitik.urutan')}: {PREDIKATS.map((p) => PREDIKAT_LABEL[p]).join(' · ')} — <Distribusi d={q.data.pemda.distribusi} />
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('beranda.analitik.penjelasan')}
            </Text>
          </Paper>
          {q.data.cakupan === 'semua' ? (
            <Select
              w={320}
              maw="100%"
              label={t('beranda.analitik.pd')}
              placeholder={t('common.all')}
              clearable
              data={(pds.data ?? []).map((u) => ({ value: u.id, label: u.nama }))}
              value={pd}
              onChange={setPd}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('beranda.analitik.sendiri')}
            </Text>
          )}
          <Paper withBorder p="sm" radius="md">
            <Title order={2} fz="md" mb={6}>
              {t('beranda.analitik.perPenilai')}
            </Title>
            {q.data.penilai.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('beranda.analitik.kosong')}
              </Text>
            ) : (
              <DataTable
                striped
                verticalSpacing={4}
                fz="sm"
                minWidth={760}
                testId="analitik-tabel"
                columns={[t('beranda.analitik.penilai'), t('beranda.analitik.jumlah'), t('beranda.analitik.sebaran'), t('beranda.analitik.rata'), t('beranda.analitik.capaianUnit'), t('beranda.analitik.halo'), t('beranda.analitik.koreksi'), t('beranda.analitik.keberatan'), t('beranda.analitik.bendera')]}
                numericColumns={[1, 3, 4, 5, 6, 7]}
                items={q.data.penilai}
                renderRow={(r) => (
                  <Table.Tr key={r.penilai.id} data-testid="analitik-baris">
                    <Table.Td>
                      {r.penilai.nama}
                      <Text size="xs" c="dimmed">
                        {r.penilai.unit} · NIP {formatNip(r.penilai.nip)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{r.jumlah}</Table.Td>
                    <Table.Td>
                      <Distribusi d={r.distribusi} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatAngka(r.rataRata, 2)}
                      {r.selisih !== null ? (
                        <Text span size="xs" c={r.selisih > 0 ? 'orange' : r.selisih < 0 ? 'blue' : 'dimmed'}>
                          {' '}
                          ({r.selisih > 0 ? '+' : ''}
                          {formatAngka(r.selisih, 2)})
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">{formatAngka(r.skorCapaianUnit, 2)}</Table.Td>
                    <Table.Td ta="right">{persen(r.halo)}</Table.Td>
                    <Table.Td ta="right">{r.koreksi}</Table.Td>
                    <Table.Td ta="right">
                      {r.keberatanDiubah} / {r.keberatan}
                    </Table.Td>
                    <Table.Td>
                      <Catatan label={r.bendera.map((b) => BENDERA_PENILAI_LABEL[b])} testId="analitik-bendera" />
                    </Table.Td>
                  </Table.Tr>
                )}
              />
            )}
          </Paper>
          {q.data.perangkatDaerah.length ? (
            <Paper withBorder p="sm" radius="md">
              <Title order={2} fz="md" mb={6}>
                {t('beranda.analitik.perPd')}
              </Title>
              <Table verticalSpacing={4} fz="sm">
                <Table.Tbody>
                  {q.data.perangkatDaerah.map((p) => (
                    <Table.Tr key={p.unitId}>
                      <Table.Td>{p.nama}</Table.Td>
                      <Table.Td ta="right">{p.jumlah}</Table.Td>
                      <Table.Td>
                        <Distribusi d={p.distribusi} />
                      </Table.Td>
                      <Table.Td ta="right">{formatAngka(p.rataRata, 2)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          ) : null}
        </Stack>
      )}
    </>
  );
}
