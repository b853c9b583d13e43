import { Box, Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HariKehadiran } from '../api/kehadiran';
import { STATUS_COLOR, STATUS_KEHADIRAN, kodeStatus, labelStatus } from './status';

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday-first weekday (0–6) of a date. */
function weekday(tahun: number, bulan: number, hari: number): number {
  return (new Date(Date.UTC(tahun, bulan - 1, hari)).getUTCDay() + 6) % 7;
}

/** A month calendar: each day shows its status code, coloured; late arrivals are marked. */
export function KalenderKehadiran({ tahun, bulan, hari }: { tahun: number; bulan: number; hari: readonly HariKehadiran[] }) {
  const { t, i18n } = useTranslation();
  const byDate = new Map(hari.map((h) => [h.tanggal, h]));
  const days = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  const lead = weekday(tahun, bulan, 1);
  const names = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const cells: Array<number | null> = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)];
  return (
    <Box data-testid="kehadiran-kalender">
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {names.map((n) => (
          <Text key={n} size="xs" c="dimmed" ta="center" fw={600}>
            {n}
          </Text>
        ))}
        {cells.map((d, i) => {
          if (d === null) return <div key={`x${i}`} />;
          const tanggal = `${tahun}-${pad(bulan)}-${pad(d)}`;
          const h = byDate.get(tanggal);
          const status = h?.status ?? null;
          const color = status ? (STATUS_COLOR[status] ?? 'gray') : null;
          const late = (h?.terlambatMenit ?? 0) > 0;
          const label = status
            ? `${d}: ${labelStatus(status)}${late ? ` (${t('kehadiran.terlambatMenit', { n: h?.terlambatMenit ?? 0 })})` : ''}`
            : `${d}: ${t('kehadiran.tanpaData')}`;
          return (
            <Tooltip key={tanggal} label={label} withArrow events={{ hover: true, focus: true, touch: true }}>
              <Box
                tabIndex={0}
                aria-label={label}
                data-testid="kehadiran-hari"
                data-status={status ?? ''}
                style={{
                  borderRadius: 6,
                  minHeight: 44,
                  padding: 2,
                  textAlign: 'center',
                  border: `1px solid ${color ? `var(--mantine-color-${color}-4)` : 'var(--mantine-color-gray-3)'}`,
                  background: color ? `var(--mantine-color-${color}-0)` : undefined,
                  outline: late ? '2px solid var(--mantine-color-orange-5)' : undefined,
                  outlineOffset: -3,
                }}
              >
                <Text size="xs" c="dimmed" lh={1.2}>
                  {d}
                </Text>
                <Text size="sm" fw={700} c={color ? `${color}.8` : 'dimmed'} lh={1.3}>
                  {status ? kodeStatus(status) : '·'}
                </Text>
              </Box>
            </Tooltip>
          );
        })}
      </SimpleGrid>
      <Group gap="sm" mt="xs" wrap="wrap">
        {STATUS_KEHADIRAN.map((s) => (
          <Text key={s} size="xs">
            <Text span fw={700} c={`${STATUS_COLOR[s] ?? 'gray'}.8`}>
              {kodeStatus(s)}
            </Text>{' '}
            {labelStatus(s)}
          </Text>
        ))}
        <Text size="xs">
          <Text span fw={700} c="orange.8">
            ▢
          </Text>{' '}
          {t('kehadiran.terlambat')}
        </Text>
      </Group>
    </Box>
  );
}
