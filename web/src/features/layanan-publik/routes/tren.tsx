import { ASPEK_LAYANAN, ASPEK_LAYANAN_INFO } from '@capaian/domain';
import { Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { trenQuery, unitQuery, type RataRata } from '../api/layanan-publik';
import { formatRata, MingguanChart, RataRataBars } from '../components/tren-chart';
import { unitOptions } from '@/lib/unit-options';

const rataSemua = (r: RataRata) => (r.kecepatan + r.keramahan + r.kejelasan + r.keadilan) / 4;

function Sel({ r }: { r: RataRata }) {
  return (
    <>
      {ASPEK_LAYANAN.map((a) => (
        <Table.Td key={a} ta="right">
          {formatRata(r[a])}
        </Table.Td>
      ))}
      <Table.Td ta="right" fw={700}>
        {formatRata(rataSemua(r))}
      </Table.Td>
    </>
  );
}

/** Trends of the public's answers: weekly averages per aspect, counts per unit, service point and officer. */
export function TrenLayananPage(): JSX.Element {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [dari, setDari] = useState('');
  const [sampai, setSampai] = useState('');
  const units = useQuery(unitQuery);
  const q = useQuery(trenQuery({ unitId: unitId ?? undefined, pegawaiId: pegawaiId ?? undefined, dari: dari || undefined, sampai: sampai || undefined }));
  const aspekCols = [...ASPEK_LAYANAN.map((a) => ASPEK_LAYANAN_INFO[a].label), t('layananPublik.tren.rataRata')];
  const tren = q.data;

  return (
    <>
      <PageHeader
        title={t('layananPublik.tren.judul')}
        description={t('layananPublik.tren.keterangan')}
        actions={
          <AnchorLink to="/layanan-publik" size="sm">
            {t('layananPublik.titik.judul')}
          </AnchorLink>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" mb="md">
        <Select label={t('layananPublik.titik.unit')} placeholder={t('common.all')} data={unitOptions(units.data ?? [])} value={unitId} onChange={setUnitId} searchable clearable />
        <Select
          label={t('layananPublik.tren.petugas')}
          placeholder={t('common.all')}
          data={(tren?.perPetugas ?? []).map((p) => ({ value: p.pegawaiId, label: p.nama }))}
          value={pegawaiId}
          onChange={setPegawaiId}
          searchable
          clearable
        />
        <TextInput type="date" label={t('layananPublik.tren.dari')} value={dari} onChange={(e) => setDari(e.currentTarget.value)} />
        <TextInput type="date" label={t('layananPublik.tren.sampai')} value={sampai} onChange={(e) => setSampai(e.currentTarget.value)} />
      </SimpleGrid>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : tren ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('layananPublik.tren.rentang', { dari: tren.dari, sampai: tren.sampai })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Card withBorder padding="md" radius="md">
              <Group justify="space-between" mb="sm">
                <Title order={2} fz="h4">
                  {t('layananPublik.tren.total')}
                </Title>
                <Text fw={700} data-testid="tren-jumlah">
                  {t('layananPublik.tren.jumlahJawaban', { n: tren.total.jumlah })}
                </Text>
              </Group>
              {tren.total.rataRata ? <RataRataBars rataRata={tren.total.rataRata} /> : <Text c="dimmed">{t('layananPublik.tren.belumAda')}</Text>}
            </Card>
            <Card withBorder padding="md" radius="md">
              <Title order={2} fz="h4" mb="sm">
                {t('layananPublik.tren.mingguan')}
              </Title>
              {tren.mingguan.length > 0 ? <MingguanChart data={tren.mingguan} label={t('layananPublik.tren.mingguan')} /> : <Text c="dimmed">{t('layananPublik.tren.belumAda')}</Text>}
            </Card>
          </SimpleGrid>

          <Title order={2} fz="h4">
            {t('layananPublik.tren.perUnit')}
          </Title>
          <DataTable
            minWidth={640}
            columns={[t('layananPublik.titik.unit'), t('layananPublik.tren.jumlah'), ...aspekCols]}
            items={tren.perUnit}
            renderRow={(u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{u.unitNama}</Table.Td>
                <Table.Td ta="right">{u.jumlah}</Table.Td>
                <Sel r={u.rataRata} />
              </Table.Tr>
            )}
          />
          <Title order={2} fz="h4">
            {t('layananPublik.tren.perTitik')}
          </Title>
          <DataTable
            minWidth={640}
            columns={[t('layananPublik.titik.nama'), t('layananPublik.tren.jumlah'), ...aspekCols]}
            items={tren.perTitik}
            renderRow={(p) => (
              <Table.Tr key={p.titikId}>
                <Table.Td>
                  {p.nama}
                  <Text size="xs" c="dimmed">
                    {p.unitNama}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{p.jumlah}</Table.Td>
                <Sel r={p.rataRata} />
              </Table.Tr>
            )}
          />
          <Title order={2} fz="h4">
            {t('layananPublik.tren.perPetugas')}
          </Title>
          <DataTable
            minWidth={640}
            columns={[t('layananPublik.tren.petugas'), t('layananPublik.tren.jumlah'), ...aspekCols]}
            items={tren.perPetugas}
            renderRow={(p) => (
              <Table.Tr key={p.pegawaiId}>
                <Table.Td>{p.nama}</Table.Td>
                <Table.Td ta="right">{p.jumlah}</Table.Td>
                <Sel r={p.rataRata} />
              </Table.Tr>
            )}
          />
          <Title order={2} fz="h4">
            {t('layananPublik.tren.komentar')}
          </Title>
          {tren.komentar.length === 0 ? (
            <Text c="dimmed">{t('layananPublik.tren.belumAda')}</Text>
          ) : (
            <Stack gap="xs">
              {tren.komentar.map((k, i) => (
                <Card key={i} withBorder padding="sm" radius="md">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {k.komentar}
                  </Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {k.tanggal} · {k.titikNama}
                    {k.petugasNama ? ` · ${k.petugasNama}` : ''}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
        </Stack>
      ) : null}
    </>
  );
}
