import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { createPlt, orgKeys, pegawaiCariQuery, type Jabatan, type PltInput } from '../api/organisasi';

interface PltFormModalProps {
  opened: boolean;
  onClose: () => void;
  jabatan: Jabatan[];
}

function PegawaiSelect({
  value,
  onChange,
  error,
}: {
  value: { id: string; label: string } | null;
  onChange: (v: { id: string; label: string } | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const typed = value && search === value.label ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 300);
  const { data, isFetching } = useQuery({ ...pegawaiCariQuery(q), enabled: q.length >= 2 });
  const options = useMemo(() => {
    const list = (data?.items ?? []).map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${formatNip(p.nip)}` }));
    if (value && !list.some((o) => o.value === value.id)) list.unshift({ value: value.id, label: value.label });
    return list;
  }, [data, value]);
  return (
    <Select
      label={t('organisasi.pltPegawai')}
      placeholder={t('organisasi.pltPegawaiSearch')}
      data={options}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: opts }) => opts}
      nothingFoundMessage={isFetching ? t('common.loading') : q.length >= 2 ? t('common.empty') : t('organisasi.pltPegawaiSearch')}
      error={error}
    />
  );
}

function PltForm({ onClose, jabatan }: Omit<PltFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pegawai, setPegawai] = useState<{ id: string; label: string } | null>(null);
  const [jabatanId, setJabatanId] = useState<string | null>(jabatan.find((j) => j.kepalaUnit)?.id ?? null);
  const [jenis, setJenis] = useState<'PLT' | 'PLH'>('PLT');
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');
  const [nomorSk, setNomorSk] = useState('');

  const mutation = useMutation({
    mutationFn: (input: PltInput) => createPlt(input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.plt }),
        queryClient.invalidateQueries({ queryKey: orgKeys.units }),
      ]);
      onClose();
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate({
      pegawaiId: pegawai?.id ?? '',
      jabatanId: jabatanId ?? '',
      jenis,
      tanggalMulai: mulai,
      tanggalSelesai: selesai,
      nomorSk: nomorSk.trim() === '' ? null : nomorSk.trim(),
    });
  };
  const fe = (f: string) => fieldError(mutation.error, f);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <PegawaiSelect value={pegawai} onChange={setPegawai} error={fe('pegawaiId')} />
        <Select
          label={t('organisasi.pltJabatan')}
          data={jabatan.map((j) => ({ value: j.id, label: j.nama }))}
          value={jabatanId}
          onChange={setJabatanId}
          error={fe('jabatanId')}
        />
        <Select
          label={t('organisasi.pltJenis')}
          data={[
            { value: 'PLT', label: 'Plt (Pelaksana Tugas)' },
            { value: 'PLH', label: 'Plh (Pelaksana Harian)' },
          ]}
          value={jenis}
          allowDeselect={false}
          onChange={(v) => setJenis(v === 'PLH' ? 'PLH' : 'PLT')}
          error={fe('jenis')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t('organisasi.mulai')} type="date" value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={fe('tanggalMulai')} />
          <TextInput
            label={t('organisasi.selesai')}
            type="date"
            value={selesai}
            onChange={(e) => setSelesai(e.currentTarget.value)}
            error={fe('tanggalSelesai')}
          />
        </SimpleGrid>
        <TextInput label={t('organisasi.nomorSk')} value={nomorSk} onChange={(e) => setNomorSk(e.currentTarget.value)} error={fe('nomorSk')} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PltFormModal(props: PltFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('organisasi.addPlt')} size="lg">
      {props.opened ? <PltForm {...props} /> : null}
    </Modal>
  );
}
