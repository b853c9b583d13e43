import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { HASIL_PERBAIKAN, HASIL_PERBAIKAN_LABEL } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/lib/api-client';
import { useAbaikan, useSelesaikan, useTindakLanjuti, type HasilPerbaikan, type Kasus } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';

/** BKPSDM's follow-up of a case other than a rencana perbaikan: a note of what was done. */
export function CatatanTindakLanjutForm({ k }: { k: Kasus }) {
  const { t } = useTranslation();
  const [catatan, setCatatan] = useState('');
  const [lokal, setLokal] = useState<string | undefined>();
  const m = useTindakLanjuti(k.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!catatan.trim()) return setLokal(t('pembinaan.wajib'));
    setLokal(undefined);
    m.mutate({ rowVersion: k.rowVersion, catatan: catatan.trim() });
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="catatan-tl-judul" data-testid="catatan-tindak-lanjut-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} fz="md" id="catatan-tl-judul">
            {t('pembinaan.catatanTindakLanjut.judul')}
          </Title>
          <Textarea
            label={t('pembinaan.catatanTindakLanjut.label')}
            description={t('pembinaan.catatanTindakLanjut.hint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            error={lokal ?? fieldError(m.error, 'catatan')}
            data-testid="catatan-tindak-lanjut"
          />
          <GalatKasus error={m.error} onMuatUlang={m.reset} />
          <Group justify="flex-end">
            <Button type="submit" loading={m.isPending} data-testid="catatan-tindak-lanjut-simpan">
              {t('pembinaan.aksi.tindakLanjuti')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Setting a proposed case aside, with the reason (a modal behind a button). */
export function AbaikanButton({ k }: { k: Kasus }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [lokal, setLokal] = useState<string | undefined>();
  const m = useAbaikan(k.id, () => setOpened(false));
  const tutup = () => {
    setOpened(false);
    m.reset();
    setLokal(undefined);
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!alasan.trim()) return setLokal(t('pembinaan.wajib'));
    setLokal(undefined);
    m.mutate({ rowVersion: k.rowVersion, alasan: alasan.trim() });
  };
  return (
    <>
      <Button variant="default" color="gray" onClick={() => setOpened(true)} data-testid="kasus-abaikan">
        {t('pembinaan.aksi.abaikan')}
      </Button>
      <Modal opened={opened} onClose={tutup} title={t('pembinaan.abaikan.judul')} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('pembinaan.abaikan.keterangan')}</Text>
            <Textarea
              label={t('pembinaan.abaikan.alasan')}
              required
              autosize
              minRows={3}
              maxLength={1000}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              error={lokal ?? fieldError(m.error, 'alasan')}
              data-autofocus
              data-testid="abaikan-alasan"
            />
            <GalatKasus error={m.error} onMuatUlang={m.reset} />
            <Group justify="flex-end">
              <Button variant="default" onClick={tutup}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={m.isPending} data-testid="abaikan-kirim">
                {t('pembinaan.aksi.abaikan')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Closing a followed-up case with its outcome (did performance improve?) and a closing note. */
export function SelesaikanForm({ k }: { k: Kasus }) {
  const { t } = useTranslation();
  const [hasil, setHasil] = useState<HasilPerbaikan | null>(null);
  const [catatan, setCatatan] = useState('');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useSelesaikan(k.id);
  const err = (f: string) => lokal[f] ?? fieldError(m.error, f);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (!hasil) g['hasil'] = t('pembinaan.selesaikan.pilihHasil');
    if (!catatan.trim()) g['catatan'] = t('pembinaan.wajib');
    setLokal(g);
    if (hasil && Object.keys(g).length === 0) m.mutate({ rowVersion: k.rowVersion, hasil, catatan: catatan.trim() });
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="selesaikan-judul" data-testid="selesaikan-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} fz="md" id="selesaikan-judul">
            {t('pembinaan.selesaikan.judul')}
          </Title>
          <Text size="sm" c="dimmed">
            {k.jenis === 'RENCANA_PERBAIKAN' ? t('pembinaan.selesaikan.keteranganRencana') : t('pembinaan.selesaikan.keterangan')}
          </Text>
          <Radio.Group label={t('pembinaan.selesaikan.hasil')} required value={hasil} onChange={(v) => setHasil(HASIL_PERBAIKAN.find((h) => h === v) ?? null)} error={err('hasil')}>
            <Stack gap={6} mt={4}>
              {HASIL_PERBAIKAN.map((h) => (
                <Radio key={h} value={h} label={HASIL_PERBAIKAN_LABEL[h]} data-testid={`selesaikan-hasil-${h}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('pembinaan.selesaikan.catatan')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            error={err('catatan')}
            data-testid="selesaikan-catatan"
          />
          <Text size="xs" c="dimmed">
            {t('pembinaan.selesaikan.final')}
          </Text>
          <GalatKasus error={m.error} onMuatUlang={m.reset} />
          <Group justify="flex-end">
            <Button type="submit" loading={m.isPending} data-testid="selesaikan-kirim">
              {t('pembinaan.aksi.selesaikan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
