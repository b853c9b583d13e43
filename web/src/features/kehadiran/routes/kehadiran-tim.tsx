import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { BulanPicker, bulanIni, type TahunBulan } from '@/components/bulan-picker';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { rekapTimQuery } from '../api/kehadiran';
import { RINGKASAN_FIELD, labelStatus } from '../components/status';

/** The team's attendance of a month, one row per subordinate. */
export function KehadiranTimPage(): JSX.Element {
  const { t } = useTranslation();
  const [bulan, setBulan] = useState<TahunBulan>(bulanIni);
  const { data, error, isPending } = useQuery(rekapTimQuery(bulan.tahun, bulan.bulan));
  const columns = [
    t('kehadiran.pegawai'),
    t('kehadiran.hariKerja'),
    ...RINGKASAN_FIELD.map(([s]) => labelStatus(s)),
    t('kehadiran.terlambat'),
  ];
  return (
    <>
      <PageHeader
        title={t('kehadiran.timTitle')}
        description={t('kehadiran.timDescription')}
        actions={<BulanPicker value={bulan} onChange={setBulan} max={bulanIni()} testId="kehadiran-tim-bulan" />}
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <DataTable
          minWidth={860}
          striped
          highlightOnHover
          columns={columns}
          items={data.items}
          testId="kehadiran-tim"
          renderRow={(row) => (
            <Table.Tr key={row.pegawai.id}>
              <Table.Td>
                <AnchorLink
                  to="/kehadiran"
                  search={{ pegawaiId: row.pegawai.id, tahun: bulan.tahun, bulan: bulan.bulan }}
                  size="sm"
                  fw={500}
                >
                  {row.pegawai.nama}
                </AnchorLink>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  NIP {formatNip(row.pegawai.nip)}
                </Text>
              </Table.Td>
              <Table.Td>{row.ringkasan.hariKerja}</Table.Td>
              {RINGKASAN_FIELD.map(([s, f]) => (
                <Table.Td key={s}>
                  <Text size="sm" c={s === 'TANPA_KETERANGAN' && row.ringkasan[f] > 0 ? 'red.8' : undefined} fw={s === 'TANPA_KETERANGAN' && row.ringkasan[f] > 0 ? 700 : undefined}>
                    {row.ringkasan[f]}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td>
                <Text size="sm" c={row.ringkasan.terlambatKali > 0 ? 'orange.8' : undefined}>
                  {t('kehadiran.terlambatRingkas', { kali: row.ringkasan.terlambatKali, menit: row.ringkasan.terlambatMenit })}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        />
      )}
    </>
  );
}
