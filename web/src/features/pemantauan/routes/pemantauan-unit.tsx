import { Alert, Anchor, Breadcrumbs, Button, Group, Progress, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { BulanPicker, bulanIni, type TahunBulan } from '@/components/bulan-picker';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { pemantauanUnitQuery, type BarisUnit } from '../api/pemantauan';

interface Crumb {
  id: string;
  nama: string;
}

const persen = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : 0);

function Total({ baris }: { baris: BarisUnit[] }) {
  const { t } = useTranslation();
  const sum = (f: (b: BarisUnit) => number) => baris.reduce((s, b) => s + f(b), 0);
  const pegawai = sum((b) => b.jumlahPegawai);
  const sudah = sum((b) => b.sudahLaporBulanIni);
  return (
    <Table.Tr data-testid="unit-total" style={{ fontWeight: 700 }}>
      <Table.Th>{t('pemantauan.jumlah')}</Table.Th>
      <Table.Td ta="right">{pegawai}</Table.Td>
      <Table.Td ta="right">{sudah}</Table.Td>
      <Table.Td ta="right">{sum((b) => b.belumLaporBulanIni)}</Table.Td>
      <Table.Td ta="right">{`${persen(sudah, pegawai).toLocaleString('id-ID')}%`}</Table.Td>
      <Table.Td ta="right">{sum((b) => b.entriBulanIni).toLocaleString('id-ID')}</Table.Td>
      <Table.Td ta="right">{sum((b) => b.jumlahTertinggal)}</Table.Td>
    </Table.Tr>
  );
}

/** Roll-up per unit for kepala perangkat daerah, pengelola kinerja and BKPSDM, with drill-down. */
export function PemantauanUnitPage(): JSX.Element {
  const { t } = useTranslation();
  const [bulan, setBulan] = useState<TahunBulan>(bulanIni);
  const [path, setPath] = useState<Crumb[]>([]);
  const unitId = path.length > 0 ? (path[path.length - 1]?.id ?? null) : null;
  const { data, error, isPending } = useQuery(pemantauanUnitQuery(bulan.tahun, bulan.bulan, unitId));
  const forbidden = isApiError(error) && error.status === 403;
  // A crumb opened by "up" gets its name once its unit has loaded.
  useEffect(() => {
    const last = path[path.length - 1];
    if (data && last && last.id === data.unit.id && last.nama !== data.unit.nama) {
      setPath((p) => [...p.slice(0, -1), { id: data.unit.id, nama: data.unit.nama }]);
    }
  }, [data, path]);
  const naik = () => {
    const parentId = data?.unit.parentId;
    if (!parentId) return;
    setPath((p) => (p.length >= 2 ? p.slice(0, -1) : [{ id: parentId, nama: '…' }]));
  };

  return (
    <>
      <PageHeader
        title={t('pemantauan.unitTitle')}
        description={t('pemantauan.unitDescription')}
        actions={<BulanPicker value={bulan} onChange={setBulan} max={bulanIni()} testId="unit-bulan" />}
      />
      <Group gap="xs" mb="sm" wrap="nowrap" align="flex-start">
        {data?.unit.parentId ? (
          <Button variant="default" size="compact-sm" onClick={naik} style={{ flexShrink: 0 }} data-testid="unit-naik">
            ↑ {t('pemantauan.unitInduk')}
          </Button>
        ) : null}
        <Breadcrumbs data-testid="unit-breadcrumb" separatorMargin={6} style={{ flexWrap: 'wrap', minWidth: 0 }}>
          {path.length === 0 ? (
            <Text size="sm" fw={600}>
              {data?.unit.nama ?? t('pemantauan.semuaUnit')}
            </Text>
          ) : null}
          {path.map((c, i) =>
            i === path.length - 1 ? (
              <Text key={c.id} size="sm" fw={600}>
                {c.nama}
              </Text>
            ) : (
              <Anchor key={c.id} component="button" type="button" size="sm" onClick={() => setPath((p) => p.slice(0, i + 1))}>
                {c.nama}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      </Group>
      {isPending ? (
        <Loading />
      ) : forbidden ? (
        <Alert color="red" role="alert" data-testid="unit-forbidden">
          {t('common.forbidden')}
        </Alert>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.baris.length === 0 ? (
        <Text c="dimmed" data-testid="unit-kosong">
          {t('pemantauan.unitKosong')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="unit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('pemantauan.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.jumlahPegawai')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.sudahLapor')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.belumLapor')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.persenLapor')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.entriBulanIni')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pemantauan.itemTertinggal')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.baris.map((b) => {
                const p = persen(b.sudahLaporBulanIni, b.jumlahPegawai);
                const drill = !b.langsung && b.can.rinci && b.unitId !== data.unit.id;
                const nama = b.langsung ? t('pemantauan.langsung', { nama: b.unitNama }) : b.unitNama;
                return (
                  <Table.Tr key={`${b.unitId}-${b.langsung ? 'l' : 'u'}`} data-testid="unit-row">
                    <Table.Td>
                      {drill ? (
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          fw={500}
                          ta="left"
                          onClick={() => setPath((c) => [...(c.length > 0 ? c : [{ id: data.unit.id, nama: data.unit.nama }]), { id: b.unitId, nama: b.unitNama }])}
                          data-testid="unit-drill"
                        >
                          {nama}
                        </Anchor>
                      ) : (
                        <Text size="sm" fs={b.langsung ? 'italic' : undefined}>
                          {nama}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{b.jumlahPegawai}</Table.Td>
                    <Table.Td ta="right">{b.sudahLaporBulanIni}</Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c={b.belumLaporBulanIni > 0 ? 'red.8' : undefined} fw={b.belumLaporBulanIni > 0 ? 600 : undefined}>
                        {b.belumLaporBulanIni}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" miw={110}>
                      <Text size="sm">{`${p.toLocaleString('id-ID')}%`}</Text>
                      <Progress value={p} size="xs" color={p < 80 ? 'orange' : 'teal'} aria-hidden="true" />
                    </Table.Td>
                    <Table.Td ta="right">{b.entriBulanIni.toLocaleString('id-ID')}</Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c={b.jumlahTertinggal > 0 ? 'red.8' : undefined} fw={b.jumlahTertinggal > 0 ? 600 : undefined}>
                        {b.jumlahTertinggal}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Total baris={data.baris} />
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
