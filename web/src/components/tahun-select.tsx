import { Select } from '@mantine/core';

/** The current calendar year. */
export const tahunIni = () => new Date().getFullYear();

interface TahunSelectProps {
  value: number;
  onChange: (tahun: number) => void;
  /** Accessible name; shown above the select only with `showLabel`. */
  label: string;
  showLabel?: boolean;
  testId?: string;
}

/** A compact year picker: next year, this year and the two before (never before 2020), plus the current value. */
export function TahunSelect({ value, onChange, label, showLabel = false, testId }: TahunSelectProps) {
  const now = tahunIni();
  const years = [now + 1, now, now - 1, now - 2].filter((y) => y >= 2020);
  if (!years.includes(value)) years.push(value);
  return (
    <Select
      {...(showLabel ? { label } : { 'aria-label': label })}
      w={showLabel ? 140 : 110}
      size="sm"
      allowDeselect={false}
      data={years.map((y) => ({ value: String(y), label: String(y) }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      data-testid={testId}
    />
  );
}
