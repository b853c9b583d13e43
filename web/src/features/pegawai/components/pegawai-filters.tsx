import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JENIS_ASN,
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  STATUS_PEGAWAI,
  STATUS_PEGAWAI_LABEL,
  labelOf,
} from '@/lib/labels';
import { unitOpsiQuery, unitOptions } from '../api/referensi';
import type { PegawaiSearch } from '../routes/search';

interface PegawaiFiltersProps {
  search: PegawaiSearch;
  onChange: (next: PegawaiSearch) => void;
}

function golonganOptions(jenisAsn: string | undefined) {
  if (jenisAsn === 'PNS') return [...GOLONGAN_PNS];
  if (jenisAsn === 'PPPK') return [...GOLONGAN_PPPK];
  return [
    { group: 'PNS', items: [...GOLONGAN_PNS] },
    { group: 'PPPK', items: GOLONGAN_PPPK.map((g) => ({ value: g, label: `${g} (PPPK)` })) },
  ];
}

export function PegawaiFilters({ search, onChange }: PegawaiFiltersProps) {
  const { t } = useTranslation();
  const units = useQuery(unitOpsiQuery);
  const [q, setQ] = useState(search.q ?? '');

  useEffect(() => setQ(search.q ?? ''), [search.q]);

  const pushQ = useDebouncedCallback((value: string) => {
    onChange({ ...search, q: value.trim() || undefined, page: undefined });
  }, 350);

  const set = (key: keyof Omit<PegawaiSearch, 'page' | 'q'>, value: string | null) => {
    const next: PegawaiSearch = { ...search, [key]: value ?? undefined, page: undefined };
    if (key === 'jenisAsn') next.golongan = undefined;
    onChange(next);
  };

  const hasFilter = Boolean(search.q || search.unitId || search.jenisAsn || search.jenisJabatan || search.golongan || search.status);

  return (
    <form role="search" onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('pegawai.search')}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
        />
        <Select
          label={t('pegawai.unit')}
          placeholder={t('common.all')}
          data={units.data ? unitOptions(units.data) : []}
          value={search.unitId ?? null}
          onChange={(v) => set('unitId', v)}
          searchable
          clearable
          limit={100}
          nothingFoundMessage={t('common.empty')}
        />
        <Select
          label={t('pegawai.jenisAsn')}
          placeholder={t('common.all')}
          data={[...JENIS_ASN]}
          value={search.jenisAsn ?? null}
          onChange={(v) => set('jenisAsn', v)}
          clearable
        />
        <Select
          label={t('pegawai.jenisJabatan')}
          placeholder={t('common.all')}
          data={JENIS_JABATAN.map((j) => ({ value: j, label: JENIS_JABATAN_LABEL[j] }))}
          value={search.jenisJabatan ?? null}
          onChange={(v) => set('jenisJabatan', v)}
          clearable
        />
        <Select
          label={t('pegawai.golongan')}
          placeholder={t('common.all')}
          data={golonganOptions(search.jenisAsn)}
          value={search.golongan ?? null}
          onChange={(v) => set('golongan', v)}
          clearable
          searchable
        />
        <Select
          label={t('pegawai.status')}
          placeholder={t('common.all')}
          data={STATUS_PEGAWAI.map((s) => ({ value: s, label: labelOf(STATUS_PEGAWAI_LABEL, s) }))}
          value={search.status ?? null}
          onChange={(v) => set('status', v)}
          clearable
        />
      </SimpleGrid>
      {hasFilter ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mb="sm"
          onClick={() => {
            setQ('');
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      ) : null}
    </form>
  );
}
