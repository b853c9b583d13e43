import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { NAMA_BULAN } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { RINGKASAN_FIELD, RingkasanKehadiranGrid, labelStatusKehadiran } from '@/components/ringkasan-kehadiran';
import type { RingkasanTahunan } from '../api/penilaian';
import { PredikatBadge, StatusEvaluasiBadge, ratingLabel } from './labels';

/** The year's periodic results: label, status and predikat of each (a predikat only once final). */
function HasilPeriodik({ periodik }: { periodik: RingkasanTahunan['periodik'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="tahunan-periodik">
      <Stack gap="xs">
        <Title order={3} fz="md">
          {t('penilaian.tahunan.periodikTitle')}
        </Title>
        {periodik.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="tahunan-periodik-kosong">
            {t('penilaian.tahunan.periodikKosong')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {periodik.map((p) => (
              <li key={p.id} data-testid="tahunan-periodik-item" data-predikat={p.predikat ?? ''}>
                <Group gap="xs" wrap="wrap" justify="space-between">
                  <Text size="sm" fw={600}>
                    {p.label}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <StatusEvaluasiBadge status={p.status} size="sm" testId="tahunan-periodik-status" />
                    {p.predikat ? (
                      <PredikatBadge predikat={p.predikat} size="sm" />
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('penilaian.tahunan.belumFinal')}
                      </Text>
                    )}
                  </Group>
                </Group>
                {p.ratingHasilKerja || p.ratingPerilaku ? (
                  <Text size="xs" c="dimmed">
                    {t('penilaian.tahunan.rating', { hk: ratingLabel(p.ratingHasilKerja), rp: ratingLabel(p.ratingPerilaku) })}
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The year's attendance: the totals, then one compact row per month with imported data. */
function RekapKehadiran({ kehadiran }: { kehadiran: RingkasanTahunan['kehadiran'] }) {
  const { t } = useTranslation();
  const { total, bulan } = kehadiran;
  return (
    <Paper withBorder p="sm" data-testid="tahunan-kehadiran">
      <Stack gap="xs">
        <Title order={3} fz="md">
          {t('penilaian.tahunan.kehadiranTitle')}
        </Title>
        {bulan.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="tahunan-kehadiran-kosong">
            {t('penilaian.tahunan.kehadiranKosong')}
          </Text>
        ) : (
          <>
            <Text size="sm" data-testid="tahunan-kehadiran-total">
              {t('penilaian.tahunan.kehadiranTotal', {
                hadir: total.hadir,
                hariKerja: total.hariKerja,
                bulan: bulan.length,
                kali: total.terlambatKali,
                menit: total.terlambatMenit,
              })}
            </Text>
            <RingkasanKehadiranGrid r={total} cols={3} testId="tahunan-kehadiran-ringkasan" />
            <DataTable
              minWidth={620}
              fz="xs"
              verticalSpacing={4}
              horizontalSpacing="xs"
              striped
              testId="tahunan-kehadiran-bulan"
              columns={[
                t('penilaian.tahunan.bulan'),
                t('kehadiran.hariKerja'),
                ...RINGKASAN_FIELD.map(([s]) => labelStatusKehadiran(s)),
                t('kehadiran.terlambat'),
              ]}
              items={bulan}
              renderRow={(b) => (
                <Table.Tr key={b.bulan}>
                  <Table.Td>{NAMA_BULAN[b.bulan - 1] ?? b.bulan}</Table.Td>
                  <Table.Td>{b.ringkasan.hariKerja}</Table.Td>
                  {RINGKASAN_FIELD.map(([s, f]) => (
                    <Table.Td key={s} c={s === 'TANPA_KETERANGAN' && b.ringkasan[f] > 0 ? 'red.8' : undefined}>
                      {b.ringkasan[f]}
                    </Table.Td>
                  ))}
                  <Table.Td c={b.ringkasan.terlambatKali > 0 ? 'orange.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {t('kehadiran.terlambatRingkas', { kali: b.ringkasan.terlambatKali, menit: b.ringkasan.terlambatMenit })}
                  </Table.Td>
                </Table.Tr>
              )}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** For an annual evaluation: what the rater weighs besides the indicators (the year's periodic results and attendance). */
export function RingkasanTahunanPanel({ tahunan }: { tahunan: RingkasanTahunan }) {
  return (
    <Stack gap="sm" data-testid="nilai-tahunan">
      <HasilPeriodik periodik={tahunan.periodik} />
      <RekapKehadiran kehadiran={tahunan.kehadiran} />
    </Stack>
  );
}
