import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Jabatan } from '@capaian/contract/organisasi';
import { jabatanOpsiQuery } from '../api/referensi';

export interface JabatanValue {
  id: string;
  label: string;
}

interface JabatanSelectProps {
  value: JabatanValue | null;
  onChange: (value: JabatanValue | null) => void;
  error?: string | undefined;
}

const labelOf = (j: Pick<Jabatan, 'nama' | 'unitNama'>) => `${j.nama} — ${j.unitNama}`;

/** Searchable jabatan picker: asks the API (q) as the user types. */
export function JabatanSelect({ value, onChange, error }: JabatanSelectProps) {
  const { t } = useTranslation();
  const [searchValue, setSearchValue] = useState('');
  const typed = value && searchValue === value.label ? '' : searchValue.trim();
  const [q] = useDebouncedValue(typed, 300);
  const { data, isFetching } = useQuery(jabatanOpsiQuery(q));

  const options = useMemo(() => {
    const list = (data ?? []).map((j) => ({ value: j.id, label: labelOf(j) }));
    if (value && !list.some((o) => o.value === value.id)) list.unshift({ value: value.id, label: value.label });
    return list;
  }, [data, value]);

  return (
    <Select
      label={t('pegawai.jabatan')}
      placeholder={t('pegawai.jabatanSearch')}
      data={options}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      filter={({ options: opts }) => opts}
      nothingFoundMessage={isFetching ? t('common.loading') : t('common.empty')}
      limit={50}
      error={error}
    />
  );
}
