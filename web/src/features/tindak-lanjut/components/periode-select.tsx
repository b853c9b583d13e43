import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { tahunIni } from '@/components/tahun-select';
import { periodeQuery, type PeriodeItem } from '../api/tindak-lanjut';

/** The assessment periods of this year and the last, the most recent first. */
export function usePeriodeTersedia(): { items: PeriodeItem[]; isPending: boolean; error: unknown } {
  const ini = useQuery(periodeQuery(tahunIni()));
  const lalu = useQuery(periodeQuery(tahunIni() - 1));
  const items = [...(ini.data?.items ?? []), ...(lalu.data?.items ?? [])].sort((a, b) => b.selesai.localeCompare(a.selesai) || b.mulai.localeCompare(a.mulai));
  return { items, isPending: ini.isPending || lalu.isPending, error: ini.error ?? lalu.error };
}

/** Where a ranking starts: the most recent period with final results, else the most recent one. */
export function periodeAwal(items: readonly PeriodeItem[]): string | null {
  return (items.find((p) => p.progres.final > 0) ?? items[0])?.id ?? null;
}

/** Picks one assessment period (required: a ranking is always of one period). */
export function PeriodeSelect({ items, value, onChange }: { items: readonly PeriodeItem[]; value: string | null; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('tindakLanjut.periode')}
      placeholder={items.length === 0 ? t('tindakLanjut.peringkat.belumAdaPeriode') : undefined}
      allowDeselect={false}
      searchable
      data={items.map((p) => ({ value: p.id, label: `${p.label}${p.status === 'DITUTUP' ? ` (${t('tindakLanjut.ditutup')})` : ''}` }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      data-testid="peringkat-periode"
    />
  );
}
