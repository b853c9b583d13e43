import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '@/lib/format';
import { STATUS_PEGAWAI_LABEL, labelOf } from '@/lib/labels';
import type { PegawaiItem } from '@/types/api';
import { AnchorLink } from '@/components/links';

const STATUS_COLOR: Record<string, string> = { AKTIF: 'green', CUTI: 'yellow', TUGAS_BELAJAR: 'blue', NONAKTIF: 'gray', PENSIUN: 'gray' };

export function PegawaiTable({ items }: { items: PegawaiItem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="pegawai-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pegawai.nip')}</Table.Th>
            <Table.Th scope="col">{t('pegawai.nama')}</Table.Th>
            <Table.Th scope="col">{t('pegawai.golongan')}</Table.Th>
            <Table.Th scope="col">{t('pegawai.jabatan')}</Table.Th>
            <Table.Th scope="col">{t('pegawai.unit')}</Table.Th>
            <Table.Th scope="col">{t('pegawai.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" ta="center" py="md">
                  {t('common.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            items.map((p) => (
              <Table.Tr key={p.id} data-testid="pegawai-row">
                <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{formatNip(p.nip)}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/pegawai/$pegawaiId" params={{ pegawaiId: p.id }} fw={500}>
                    {p.namaLengkap}
                  </AnchorLink>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.golongan}</Table.Td>
                <Table.Td>
                  {p.jabatanNama}
                  {p.kepalaUnit ? (
                    <Badge ml={6} size="xs" variant="light">
                      Kepala
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{p.unitNama}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[p.status] ?? 'gray'}>
                    {labelOf(STATUS_PEGAWAI_LABEL, p.status)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
