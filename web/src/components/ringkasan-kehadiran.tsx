import { Paper, SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';
import { KOLOM_RINGKASAN_KEHADIRAN, STATUS_KEHADIRAN, STATUS_KEHADIRAN_LABEL, type RingkasanKehadiran, type StatusKehadiran } from '@capaian/domain';
import { useTranslation } from 'react-i18next';

export type { RingkasanKehadiran };

/** The field of an attendance summary counting each status, in the domain's order of the statuses. */
export const RINGKASAN_FIELD: ReadonlyArray<readonly [StatusKehadiran, keyof RingkasanKehadiran]> = STATUS_KEHADIRAN.map((s) => [s, KOLOM_RINGKASAN_KEHADIRAN[s]] as const);

export const labelStatusKehadiran = (s: StatusKehadiran) => STATUS_KEHADIRAN_LABEL[s];

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

/** An attendance summary (a month's or a year's): working days, days per status, lateness. */
export function RingkasanKehadiranGrid({
  r,
  cols = { base: 3, md: 5 },
  testId = 'kehadiran-ringkasan',
}: {
  r: RingkasanKehadiran;
  /** Boxes per row (fewer in a narrow column). */
  cols?: SimpleGridProps['cols'];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={cols} spacing="xs" data-testid={testId}>
      <Kotak label={t('kehadiran.hariKerja')} value={r.hariKerja} testId="kehadiran-hari-kerja" />
      {RINGKASAN_FIELD.map(([status, field]) => (
        <Kotak
          key={status}
          label={labelStatusKehadiran(status)}
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
