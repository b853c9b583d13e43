import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { EntriAkManualSchema, JENIS_ENTRI_AK_LABEL, JENIS_ENTRI_AK_MANUAL, type JenisEntriAk } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { galatIsian } from '@/lib/galat-isian';
import { isOneOf } from '@/lib/labels';
import { useCatatEntri, useTetapkanPak } from '../api/angka-kredit';

/** BKPSDM records an opening balance, an integration or another conversion, with its document. */
export function EntriForm({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  const [jenis, setJenis] = useState<JenisEntriAk>('AWAL');
  const [nilai, setNilai] = useState<number | ''>('');
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState('');
  const [keterangan, setKeterangan] = useState('');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useCatatEntri(pegawaiId, () => {
    setNilai('');
    setNomor('');
    setTanggal('');
    setKeterangan('');
  });
  const err = (k: string) => lokal[k] ?? fieldError(m.error, k);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = EntriAkManualSchema.safeParse({ jenis, nilai: nilai === '' ? undefined : nilai, nomorDokumen: nomor, tanggalDokumen: tanggal, keterangan: keterangan || null });
    if (!parsed.success) return setLokal(galatIsian(parsed.error.issues));
    setLokal({});
    m.mutate(parsed.data);
  };
  return (
    <Paper withBorder p="sm" component="section" data-testid="ak-entri-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} fz="md">
            {t('angkaKredit.catatJudul')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <Select
              label={t('angkaKredit.jenis')}
              required
              allowDeselect={false}
              data={JENIS_ENTRI_AK_MANUAL.map((j) => ({ value: j, label: JENIS_ENTRI_AK_LABEL[j] }))}
              value={jenis}
              onChange={(v) => isOneOf(JENIS_ENTRI_AK_MANUAL, v) && setJenis(v)}
            />
            <NumberInput label={t('angkaKredit.nilai')} required min={0} max={10000} decimalScale={3} decimalSeparator="," value={nilai} onChange={(v) => setNilai(typeof v === 'number' ? v : '')} error={err('nilai')} data-testid="ak-nilai" />
            <TextInput label={t('angkaKredit.nomorDokumen')} required maxLength={100} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} error={err('nomorDokumen')} data-testid="ak-nomor" />
            <TextInput type="date" label={t('angkaKredit.tanggalDokumen')} required value={tanggal} onChange={(e) => setTanggal(e.currentTarget.value)} error={err('tanggalDokumen')} data-testid="ak-tanggal" />
          </SimpleGrid>
          <TextInput label={t('angkaKredit.keteranganEntri')} maxLength={500} value={keterangan} onChange={(e) => setKeterangan(e.currentTarget.value)} error={err('keterangan')} />
          {m.isError && !Object.keys(lokal).length ? <ErrorAlert error={m.error} hideWhenFieldsOnly /> : null}
          <Group>
            <Button type="submit" loading={m.isPending} data-testid="ak-simpan">
              {t('angkaKredit.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** BKPSDM fixes the balance in a PAK (number and date); the PDF opens from the list above. */
export function PakForm({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState('');
  const m = useTetapkanPak(pegawaiId, () => {
    setNomor('');
    setTanggal('');
  });
  return (
    <Paper withBorder p="sm" component="section" data-testid="ak-pak-form">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate({ nomor, tanggal });
        }}
      >
        <Stack gap="xs">
          <Title order={2} fz="md">
            {t('angkaKredit.pakJudul')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput label={t('angkaKredit.nomorPak')} required maxLength={100} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} error={fieldError(m.error, 'nomor')} data-testid="ak-pak-nomor" />
            <TextInput type="date" label={t('angkaKredit.tanggalPak')} required value={tanggal} onChange={(e) => setTanggal(e.currentTarget.value)} error={fieldError(m.error, 'tanggal')} data-testid="ak-pak-tanggal" />
          </SimpleGrid>
          {m.isError ? <ErrorAlert error={m.error} hideWhenFieldsOnly /> : null}
          <Group>
            <Button type="submit" loading={m.isPending} data-testid="ak-pak-simpan">
              {t('angkaKredit.tetapkan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
