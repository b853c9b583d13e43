import { Badge, SegmentedControl, Table, Text } from '@mantine/core';
import { PREDIKAT_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip, formatWaktu } from '@/lib/format';
import { keberatanListQuery, type PeranKeberatan } from '../api/keberatan';

const STATUS_COLOR: Record<string, string> = { DIAJUKAN: 'orange', KLARIFIKASI: 'yellow', DIPUTUS: 'teal' };

export function KeberatanListPage(): JSX.Element {
  const { t } = useTranslation();
  const [peran, setPeran] = useState<PeranKeberatan>('saya');
  const { data, error, isPending } = useQuery(keberatanListQuery(peran));
  return (
    <>
      <PageHeader
        title={t('keberatan.title')}
        description={t('keberatan.description')}
        actions={
          <SegmentedControl
            size="xs"
            value={peran}
            onChange={(v) => setPeran(v as PeranKeberatan)}
            data={[
              { value: 'saya', label: t('keberatan.peran.saya') },
              { value: 'penilai', label: t('keberatan.peran.penilai') },
              { value: 'putuskan', label: t('keberatan.peran.putuskan') },
            ]}
            data-testid="keberatan-peran"
          />
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed" data-testid="keberatan-kosong">
          {t('keberatan.kosong')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped data-testid="keberatan-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('keberatan.pegawai')}</Table.Th>
                <Table.Th>{t('keberatan.periode')}</Table.Th>
                <Table.Th>{t('keberatan.predikat')}</Table.Th>
                <Table.Th>{t('keberatan.status')}</Table.Th>
                <Table.Th>{t('keberatan.diajukan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((k) => (
                <Table.Tr key={k.id} data-testid="keberatan-row">
                  <Table.Td>
                    <AnchorLink to="/keberatan/$id" params={{ id: k.id }} fw={500}>
                      {k.pegawai.nama}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {formatNip(k.pegawai.nip)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{k.evaluasi.periode.label}</Table.Td>
                  <Table.Td>{k.evaluasi.predikat ? PREDIKAT_LABEL[k.evaluasi.predikat] : '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[k.status] ?? 'gray'} variant="light">
                      {k.statusLabel}
                    </Badge>
                    {k.hasilLabel ? (
                      <Text size="xs" c="dimmed">
                        {k.hasilLabel}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatWaktu(k.diajukanAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
