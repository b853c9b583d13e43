import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { isOneOf } from '@/lib/labels';
import { buatTim, pegawaiCariQuery, PERAN_TIM, timKeys, ubahTim, type PeranTim, type Tim } from '../api/tim-penilai';
import { formatNip } from '@/lib/format';

interface Baris {
  pegawaiId: string;
  nama: string;
  peran: PeranTim;
}

export function TimModal({ opened, tim, onClose }: { opened: boolean; tim: Tim | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={tim ? t('timPenilai.ubah') : t('timPenilai.bentuk')} size="lg">
      {opened ? <TimForm key={tim?.id ?? 'baru'} tim={tim} onDone={onClose} /> : null}
    </Modal>
  );
}

function TimForm({ tim, onDone }: { tim: Tim | null; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [tahun, setTahun] = useState<number>(tim?.tahun ?? new Date().getFullYear());
  const [nama, setNama] = useState(tim?.nama ?? '');
  const [nomorSk, setNomorSk] = useState(tim?.nomorSk ?? '');
  const [anggota, setAnggota] = useState<Baris[]>(tim?.anggota.map((a) => ({ pegawaiId: a.pegawaiId, nama: a.nama, peran: a.peran })) ?? []);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const cari = useQuery(pegawaiCariQuery(q));
  const m = useMutation({
    mutationFn: () => {
      const input = { tahun, nama, nomorSk: nomorSk.trim() || null, anggota: anggota.map(({ pegawaiId, peran }) => ({ pegawaiId, peran })) };
      return tim ? ubahTim(tim.id, input) : buatTim(input);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: timKeys.all });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  const peranOpsi = PERAN_TIM.map((p) => ({ value: p, label: t(`timPenilai.peran.${p}`) }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NumberInput label={t('timPenilai.tahun')} value={tahun} onChange={(v) => setTahun(Number(v) || tahun)} min={2020} max={2100} error={fieldError(m.error, 'tahun')} />
          <TextInput label={t('timPenilai.nomorSk')} value={nomorSk} onChange={(e) => setNomorSk(e.currentTarget.value)} error={fieldError(m.error, 'nomorSk')} />
        </Group>
        <TextInput label={t('timPenilai.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} required error={fieldError(m.error, 'nama')} />
        <Text fw={600} size="sm">
          {t('timPenilai.anggota')}
        </Text>
        {anggota.map((a, i) => (
          <Group key={a.pegawaiId} gap="xs" wrap="nowrap">
            <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
              {a.nama}
            </Text>
            <Select
              data={peranOpsi}
              value={a.peran}
              onChange={(v) => setAnggota((list) => list.map((x, j) => (j === i ? { ...x, peran: isOneOf(PERAN_TIM, v) ? v : x.peran } : x)))}
              allowDeselect={false}
              w={150}
              aria-label={t('timPenilai.peranLabel')}
            />
            <ActionIcon variant="subtle" color="red" onClick={() => setAnggota((list) => list.filter((_, j) => j !== i))} aria-label={t('common.delete')}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Select
          label={t('timPenilai.tambahAnggota')}
          placeholder={t('timPenilai.cariPegawai')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={(cari.data?.items ?? []).filter((p) => !anggota.some((a) => a.pegawaiId === p.id)).map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${formatNip(p.nip)}` }))}
          value={null}
          filter={({ options }) => options}
          onChange={(v) => {
            const p = cari.data?.items.find((x) => x.id === v);
            if (p) setAnggota((list) => [...list, { pegawaiId: p.id, nama: p.namaLengkap, peran: list.length === 0 ? 'KETUA' : 'ANGGOTA' }]);
            setSearch('');
          }}
          error={fieldError(m.error, 'anggota')}
        />
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
