import { Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { formatNip } from '@/lib/format';
import { SKP_STATUS, skpSayaQuery, skpTimQuery, type SkpTimItem } from '../api/skp';
import { EkspektasiTimButton } from '../components/ekspektasi-tim';
import { SkpStatusBadge } from '../components/status-badge';

function Ringkasan({ items }: { items: SkpTimItem[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, { n: number }>();
  for (const i of items) counts.set(i.status, { n: (counts.get(i.status)?.n ?? 0) + 1 });
  const order = (s: string) => {
    const i = (SKP_STATUS as readonly string[]).indexOf(s);
    return i < 0 ? 99 : i;
  };
  return (
    <Paper withBorder p="xs" mb="sm" data-testid="skp-tim-ringkasan">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('skp.ringkasan')}:
        </Text>
        {[...counts.entries()]
          .sort((a, b) => order(a[0]) - order(b[0]))
          .map(([status, c]) => (
            <Group key={status} gap={4} wrap="nowrap" data-status={status}>
              <SkpStatusBadge status={status} />
              <Text size="sm" fw={600}>
                {c.n}
              </Text>
            </Group>
          ))}
      </Group>
    </Paper>
  );
}

export function SkpTimPage(): JSX.Element {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState(tahunIni);
  const { data, error, isPending } = useQuery(skpTimQuery(tahun));
  const saya = useQuery(skpSayaQuery(tahun));
  // The caller's current SKP of the year (the newest version still in force) for the matriks link.
  const milikSaya = (saya.data ?? []).filter((s) => s.status !== 'DIGANTIKAN').sort((a, b) => b.versi - a.versi)[0];

  return (
    <>
      <PageHeader
        title={t('skp.timTitle')}
        actions={
          <>
            {milikSaya ? (
              <ButtonLink to="/skp/$id/matriks" params={{ id: milikSaya.id }} size="sm" variant="default" data-testid="skp-matriks">
                {t('skp.matriksLink')}
              </ButtonLink>
            ) : null}
            <EkspektasiTimButton tahun={tahun} />
            <TahunSelect value={tahun} onChange={setTahun} label={t('skp.tahun')} testId="skp-tahun" />
          </>
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.length === 0 ? (
        <Text c="dimmed" data-testid="skp-tim-kosong">
          {t('skp.tidakAdaBawahan')}
        </Text>
      ) : (
        <>
          <Ringkasan items={data} />
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="skp-tim-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('skp.nama')}</Table.Th>
                  <Table.Th>{t('skp.nip')}</Table.Th>
                  <Table.Th>{t('skp.jabatan')}</Table.Th>
                  <Table.Th>{t('skp.status')}</Table.Th>
                  <Table.Th ta="right">{t('skp.jumlah')}</Table.Th>
                  <Table.Th ta="right">{t('skp.rhkBelumTerhubung')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((row) => (
                  <Table.Tr key={row.pegawaiId} data-testid="skp-tim-row">
                    <Table.Td>
                      {row.skp ? (
                        <AnchorLink to="/skp/$id" params={{ id: row.skp.id }} fw={500}>
                          {row.namaLengkap}
                        </AnchorLink>
                      ) : (
                        row.namaLengkap
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(row.nip)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{row.jabatanNama}</Text>
                      <Text size="xs" c="dimmed">
                        {row.unitNama}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <SkpStatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td ta="right">{row.skp ? `${row.skp.jumlahRhk} / ${row.skp.jumlahIndikator}` : '—'}</Table.Td>
                    <Table.Td ta="right">
                      {row.skp ? (
                        <Text size="sm" c={row.skp.rhkBelumTerhubung > 0 ? 'orange' : undefined} fw={row.skp.rhkBelumTerhubung > 0 ? 600 : undefined}>
                          {row.skp.rhkBelumTerhubung}
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
        </>
      )}
    </>
  );
}
