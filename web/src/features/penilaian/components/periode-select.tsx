import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { tahunIni } from '@/components/tahun-select';
import { periodeQuery } from '../api/penilaian';

/** Picks one assessment period of this year or the last (empty = every period). */
export function PeriodeSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const ini = useQuery(periodeQuery(tahunIni()));
  const lalu = useQuery(periodeQuery(tahunIni() - 1));
  const items = [...(ini.data?.items ?? []), ...(lalu.data?.items ?? [])];
  return (
    <Select
      aria-label={t('penilaian.periode')}
      placeholder={t('penilaian.semuaPeriode')}
      clearable
      w={240}
      size="sm"
      data={items.map((p) => ({ value: p.id, label: `${p.label}${p.status === 'DITUTUP' ? ` (${t('penilaian.ditutup')})` : ''}` }))}
      value={value}
      onChange={onChange}
      data-testid="penilaian-periode-select"
    />
  );
}
