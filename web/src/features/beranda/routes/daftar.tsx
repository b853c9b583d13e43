import { Anchor, Group, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { PREDIKAT_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Halaman } from '@/components/halaman';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { daftarQuery } from '../api/beranda';

const route = getRouteApi('/app/beranda/daftar');

/** The people behind a figure of a home: the same query the figure counted. */
export function DaftarPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { page = 1, ...filter } = search;
  const q = useQuery(daftarQuery(filter, page));
  const judul = q.data ? (filter.predikat ? `${t('beranda.daftar.predikat')}: ${PREDIKAT_LABEL[filter.predikat]}` : q.data.judul) : t('beranda.daftar.judul');
  return (
    <>
      <PageHeader title={judul} description={q.data ? t('beranda.daftar.jumlah', { n: q.data.total }) : undefined} />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Paper withBorder p="sm" radius="md">
          {q.data.items.length === 0 ? (
            <Text c="dimmed" size="sm" data-testid="daftar-kosong">
              {t('beranda.daftar.kosong')}
            </Text>
          ) : (
            <ScrollArea type="auto">
              <Table striped verticalSpacing={4} fz="sm" data-testid="daftar-tabel" data-total={q.data.total}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('beranda.daftar.nama')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('beranda.daftar.jabatan')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('beranda.daftar.unit')}</Table.Th>
                    {filter.indikator === 'MENUNGGU_UMPAN_BALIK' ? <Table.Th ta="right">{t('beranda.daftar.entri')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.items.map((r) => (
                    <Table.Tr key={r.pegawaiId} data-testid="daftar-baris">
                      <Table.Td>
                        {r.tautan ? <Anchor href={r.tautan}>{r.nama}</Anchor> : r.nama}
                        <Text size="xs" c="dimmed">
                          NIP {formatNip(r.nip)}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">{r.jabatan}</Table.Td>
                      <Table.Td visibleFrom="sm">{r.unit}</Table.Td>
                      {filter.indikator === 'MENUNGGU_UMPAN_BALIK' ? <Table.Td ta="right">{r.jumlah}</Table.Td> : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
          <Group justify="center" mt="sm">
            <Halaman total={q.data.total} pageSize={q.data.pageSize} value={page} onChange={(p) => void navigate({ search: { ...search, page: p } })} />
          </Group>
        </Paper>
      )}
    </>
  );
}
