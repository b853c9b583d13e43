import { Badge, Group, Modal, Pagination, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { formatNip } from '@/lib/format';
import { PAGE_SIZE, monitoringPegawaiQuery, type PegawaiFilter } from '../api/skp-monitoring';

export interface PegawaiSel {
  filter: Omit<PegawaiFilter, 'page'>;
  unitNama: string;
  statusNama: string;
}

function PegawaiList({ sel }: { sel: PegawaiSel }) {
  const { t } = useTranslation();
  // The category in the chosen language (as on the monitoring table), not the server's label.
  const katLabel: Readonly<Record<string, string>> = t('skpMonitoring.kategori', { returnObjects: true });
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useQuery(monitoringPegawaiQuery({ ...sel.filter, page }));
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (data.items.length === 0) return <Text c="dimmed">{t('skpMonitoring.kosong')}</Text>;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="monitoring-pegawai">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('skpMonitoring.nama')}</Table.Th>
              <Table.Th>{t('skpMonitoring.jabatan')}</Table.Th>
              <Table.Th>{t('skpMonitoring.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((p) => (
              <Table.Tr key={p.pegawaiId} data-testid="monitoring-pegawai-row">
                <Table.Td>
                  {p.skpId ? (
                    <AnchorLink to="/skp/$id" params={{ id: p.skpId }} fw={500}>
                      {p.namaLengkap}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" fw={500}>
                      {p.namaLengkap}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    NIP {formatNip(p.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.jabatanNama}</Text>
                  <Text size="xs" c="dimmed">
                    {p.unitNama}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" style={{ textTransform: 'none' }}>
                      {katLabel[p.status] ?? p.status}
                    </Badge>
                    {p.terlambat ? (
                      <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
                        {t('skpMonitoring.terlambat')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 ? (
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('common.showing', { from: (page - 1) * PAGE_SIZE + 1, to: Math.min(page * PAGE_SIZE, data.total), total: data.total })}
          </Text>
          <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('common.pagination')} />
        </Group>
      ) : null}
    </>
  );
}

export function PegawaiModal({ sel, onClose }: { sel: PegawaiSel | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={sel !== null} onClose={onClose} size="xl" title={sel ? t('skpMonitoring.pegawaiTitle', { unit: sel.unitNama, status: sel.statusNama }) : ''}>
      {sel ? <PegawaiList key={JSON.stringify(sel.filter)} sel={sel} /> : null}
    </Modal>
  );
}
