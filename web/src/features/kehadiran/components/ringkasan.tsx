import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RingkasanKehadiran } from '../api/kehadiran';
import { RINGKASAN_FIELD, labelStatus } from './status';

function Kotak({ label, value, color, testId }: { label: string; value: string | number; color?: string | undefined; testId?: string }) {
  return (
    <Paper withBorder p="xs" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text fw={700} fz="lg" c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** The month's discipline summary: days per status, lateness, working days. */
export function RingkasanKehadiranGrid({ r }: { r: RingkasanKehadiran }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 3, md: 5 }} spacing="xs" data-testid="kehadiran-ringkasan">
      <Kotak label={t('kehadiran.hariKerja')} value={r.hariKerja} testId="kehadiran-hari-kerja" />
      {RINGKASAN_FIELD.map(([status, field]) => (
        <Kotak
          key={status}
          label={labelStatus(status)}
          value={r[field]}
          color={status === 'TANPA_KETERANGAN' && r[field] > 0 ? 'red.8' : undefined}
          testId={`kehadiran-${field}`}
        />
      ))}
      <Kotak
        label={t('kehadiran.terlambat')}
        value={t('kehadiran.terlambatRingkas', { kali: r.terlambatKali, menit: r.terlambatMenit })}
        color={r.terlambatKali > 0 ? 'orange.8' : undefined}
        testId="kehadiran-terlambat"
      />
    </SimpleGrid>
  );
}
