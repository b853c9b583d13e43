import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { formatNip } from '@/lib/format';
import { STATUS_PEGAWAI_LABEL, labelOf } from '@/lib/labels';
import type { PegawaiItem } from '../api/pegawai';
import { AnchorLink } from '@/components/links';

const STATUS_COLOR: Record<string, string> = { AKTIF: 'green', CUTI: 'yellow', TUGAS_BELAJAR: 'blue', NONAKTIF: 'gray', PENSIUN: 'gray' };

export function PegawaiTable({ items }: { items: PegawaiItem[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={820}
      striped
      highlightOnHover
      verticalSpacing="xs"
      testId="pegawai-table"
      columns={[
        t('pegawai.nip'),
        t('pegawai.nama'),
        t('pegawai.golongan'),
        t('pegawai.jabatan'),
        t('pegawai.unit'),
        t('pegawai.status'),
      ]}
      items={items}
      renderRow={(p) => (
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
      )}
    />
  );
}
