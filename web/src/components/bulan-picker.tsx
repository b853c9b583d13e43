import { ActionIcon, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface TahunBulan {
  tahun: number;
  bulan: number;
}

/** This calendar month on the device (pages take the server's `hariIni` as the truth once loaded). */
export function bulanIni(): TahunBulan {
  const d = new Date();
  return { tahun: d.getFullYear(), bulan: d.getMonth() + 1 };
}

export function geserBulan({ tahun, bulan }: TahunBulan, delta: number): TahunBulan {
  const i = tahun * 12 + (bulan - 1) + delta;
  return { tahun: Math.floor(i / 12), bulan: (i % 12) + 1 };
}

/** "Juli 2026" / "July 2026" in the UI language. */
export function namaBulan({ tahun, bulan }: TahunBulan, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(tahun, bulan - 1, 1)),
  );
}

interface BulanPickerProps {
  value: TahunBulan;
  onChange: (v: TahunBulan) => void;
  /** Months after this one cannot be chosen. */
  max?: TahunBulan;
  testId?: string;
}

/** A compact month selector: ‹ Juli 2026 ›, fits a 360 px screen. */
export function BulanPicker({ value, onChange, max, testId }: BulanPickerProps) {
  const { t, i18n } = useTranslation();
  const next = geserBulan(value, 1);
  const atMax = !!max && next.tahun * 12 + next.bulan > max.tahun * 12 + max.bulan;
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('bulan.pilih')} data-testid={testId}>
      <ActionIcon variant="default" size="lg" onClick={() => onChange(geserBulan(value, -1))} aria-label={t('bulan.sebelumnya')}>
        ‹
      </ActionIcon>
      <Text fw={600} miw={130} ta="center" aria-live="polite" data-testid={testId ? `${testId}-label` : undefined}>
        {namaBulan(value, i18n.language)}
      </Text>
      <ActionIcon variant="default" size="lg" onClick={() => onChange(next)} disabled={atMax} aria-label={t('bulan.berikutnya')}>
        ›
      </ActionIcon>
    </Group>
  );
}
