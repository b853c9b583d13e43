import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const tahunIni = () => new Date().getFullYear();

export function TahunSelect({ value, onChange }: { value: number; onChange: (tahun: number) => void }) {
  const { t } = useTranslation();
  const now = tahunIni();
  const years = [now + 1, now, now - 1, now - 2].filter((y) => y >= 2020);
  if (!years.includes(value)) years.push(value);
  return (
    <Select
      aria-label={t('skp.tahun')}
      w={110}
      size="sm"
      allowDeselect={false}
      data={years.map((y) => ({ value: String(y), label: String(y) }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      data-testid="skp-tahun"
    />
  );
}
