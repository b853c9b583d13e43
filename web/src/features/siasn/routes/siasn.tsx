import { Alert, Badge, Button, Card, Group, List, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { periodeQuery, unduhEkspor, validasiQuery } from '../api/siasn';
import { formatNip } from '@/lib/format';

/** BKPSDM: validate a period's results for SIASN, list the problems per pegawai, download the JSON. */
export function SiasnPage(): JSX.Element {
  const { t } = useTranslation();
  const periode = useQuery(periodeQuery);
  const [pilih, setPilih] = useState<string | null>(null);
  const items = periode.data?.items ?? [];
  const periodeId = pilih ?? items.find((p) => p.jenis === 'TAHUNAN')?.id ?? items[0]?.id ?? null;
  const v = useQuery({ ...validasiQuery(periodeId ?? ''), enabled: !!periodeId });
  const ekspor = useMutation({ mutationFn: (sebagian: boolean) => unduhEkspor(periodeId ?? '', sebagian) });
  const d = v.data;
  const valid = !!d && d.masalah.length === 0 && d.unitBelumFinal.length === 0;

  return (
    <>
      <PageHeader title={t('siasn.judul')} description={t('siasn.keterangan')} />
      <Select
        label={t('siasn.periode')}
        data={items.map((p) => ({ value: p.id, label: `${p.label} (${p.tahun})` }))}
        value={periodeId}
        onChange={setPilih}
        allowDeselect={false}
        maw={420}
        mb="md"
      />
      {!periodeId ? (
        periode.isPending ? <Loading /> : <Text c="dimmed">{t('siasn.belumAdaPeriode')}</Text>
      ) : v.isPending ? (
        <Loading />
      ) : v.isError ? (
        <ErrorAlert error={v.error} />
      ) : d ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Card withBorder padding="sm" radius="md">
              <Text size="xs" c="dimmed">
                {t('siasn.format')}
              </Text>
              <Text fw={700}>{d.format === 'skp22' ? t('siasn.formatTahunan') : t('siasn.formatPeriodik')}</Text>
            </Card>
            <Card withBorder padding="sm" radius="md">
              <Text size="xs" c="dimmed">
                {t('siasn.siap')}
              </Text>
              <Text fw={700} data-testid="siasn-siap">
                {d.siap} / {d.jumlah}
              </Text>
            </Card>
            <Card withBorder padding="sm" radius="md">
              <Text size="xs" c="dimmed">
                {t('siasn.bermasalah')}
              </Text>
              <Text fw={700} c={d.masalah.length > 0 ? 'red.7' : 'green.7'}>
                {d.masalah.length}
              </Text>
            </Card>
          </SimpleGrid>
          {valid ? (
            <Alert color="green" variant="light">
              {t('siasn.valid')}
            </Alert>
          ) : (
            <Alert color="orange" variant="light">
              {t('siasn.belumValid')}
            </Alert>
          )}
          <ErrorAlert error={ekspor.error} />
          <Group gap="xs">
            <Button onClick={() => ekspor.mutate(false)} disabled={!valid} loading={ekspor.isPending && ekspor.variables === false} data-testid="siasn-ekspor">
              {t('siasn.unduh')}
            </Button>
            {!valid && d.siap > 0 ? (
              <Button variant="light" onClick={() => ekspor.mutate(true)} loading={ekspor.isPending && ekspor.variables === true}>
                {t('siasn.unduhSebagian', { n: d.siap })}
              </Button>
            ) : null}
          </Group>
          {d.unitBelumFinal.length > 0 ? (
            <>
              <Title order={2} fz="h4">
                {t('siasn.unitBelumFinal')}
              </Title>
              <List size="sm">
                {d.unitBelumFinal.map((u) => (
                  <List.Item key={u.unitId}>
                    {u.unitNama} — {t('siasn.jumlahPegawai', { n: u.jumlahPegawai })}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
          <Title order={2} fz="h4">
            {t('siasn.masalah')}
          </Title>
          <DataTable
            minWidth={640}
            testId="siasn-masalah"
            columns={[t('siasn.pegawai'), t('siasn.unit'), t('siasn.masalah')]}
            items={d.masalah}
            renderRow={(m) => (
              <Table.Tr key={m.pegawai.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {m.pegawai.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(m.pegawai.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>{m.unit?.nama ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {m.masalah.map((s, i) => (
                      <Badge key={i} variant="light" color="red" style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}>
                        {s}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
          />
        </Stack>
      ) : null}
    </>
  );
}
