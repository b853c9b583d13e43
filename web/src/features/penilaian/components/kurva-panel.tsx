import { Alert, Badge, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { PREDIKATS, PREDIKAT_LABEL } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import type { KurvaStatus } from '../api/penilaian';
import { capaianLabel, predikatColor } from './labels';

interface KurvaPanelProps {
  kurva: KurvaStatus;
  unitNama?: string;
  /** Shown while the curve is being re-read after a save. */
  memuat?: boolean;
  compact?: boolean;
}

/** The unit's distribution of predikat against the allowed curve, with every broken rule named. */
export function KurvaPanel({ kurva, unitNama, memuat = false, compact = false }: KurvaPanelProps) {
  const { t } = useTranslation();
  const total = Math.max(1, kurva.jumlah);
  return (
    <Paper withBorder p="sm" data-testid="kurva-panel" data-memuat={memuat ? 'true' : 'false'} aria-busy={memuat}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} fz="md">
            {t('penilaian.kurva.title')}
          </Title>
          {kurva.bolehFinalisasi ? (
            <Badge color="teal" data-testid="kurva-ok">
              {t('penilaian.kurva.terpenuhi')}
            </Badge>
          ) : kurva.pelanggaran.length > 0 ? (
            <Badge color="red" data-testid="kurva-dilanggar">
              {t('penilaian.kurva.dilanggar', { n: kurva.pelanggaran.length })}
            </Badge>
          ) : (
            <Badge color="gray">{t('penilaian.kurva.belumLengkap')}</Badge>
          )}
        </Group>
        {unitNama ? (
          <Text size="sm" c="dimmed">
            {unitNama}
          </Text>
        ) : null}
        <Text size="sm">
          {t('penilaian.kurva.capaian')}: <b data-testid="kurva-capaian">{capaianLabel(kurva.capaian)}</b>
        </Text>
        <Text size="sm" data-testid="kurva-jumlah">
          {t('penilaian.kurva.jumlah', { n: kurva.jumlah, belum: kurva.belumDinilai })}
        </Text>
        <Stack gap={4} data-testid="kurva-distribusi">
          {PREDIKATS.map((p) => {
            const n = kurva.distribusi[p] ?? 0;
            return (
              <div key={p} data-testid="kurva-baris" data-predikat={p} data-jumlah={n}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="xs">{PREDIKAT_LABEL[p]}</Text>
                  <Text size="xs" fw={700}>
                    {n}
                  </Text>
                </Group>
                <Progress value={(n / total) * 100} color={predikatColor(p)} size="sm" aria-hidden="true" />
              </div>
            );
          })}
        </Stack>
        {kurva.pelanggaran.length > 0 ? (
          <Alert color="red" variant="light" p="xs" title={t('penilaian.kurva.pelanggaranTitle')} data-testid="kurva-pelanggaran">
            <List size="sm" spacing={2}>
              {kurva.pelanggaran.map((p) => (
                <List.Item key={p.id} data-testid="kurva-pelanggaran-item" data-aturan={p.id}>
                  {p.pesan}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {!compact && kurva.aturan.length > 0 ? (
          <Table.ScrollContainer minWidth={300}>
            <Table fz="xs" data-testid="kurva-aturan">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('penilaian.kurva.aturan')}</Table.Th>
                  <Table.Th ta="right">{t('penilaian.kurva.batas')}</Table.Th>
                  <Table.Th ta="right">{t('penilaian.kurva.aktual')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {kurva.aturan.map((a) => (
                  <Table.Tr key={a.id} c={!a.berlaku ? 'dimmed' : a.terpenuhi ? undefined : 'red.8'} data-terpenuhi={a.terpenuhi ? 'true' : 'false'}>
                    <Table.Td>
                      {a.deskripsi}
                      {!a.berlaku ? ` (${t('penilaian.kurva.tidakBerlaku')})` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{a.batas}</Table.Td>
                    <Table.Td ta="right" fw={a.terpenuhi ? undefined : 700}>
                      {a.aktual}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
