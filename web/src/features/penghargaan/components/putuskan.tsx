import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/lib/api-client';
import { usePutuskan, type Ronde } from '../api/penghargaan';
import { GalatRonde } from './galat-ronde';

function PutuskanForm({ r, hariIni, onClose }: { r: Ronde; hariIni: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState(hariIni);
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = usePutuskan(r.id, onClose);
  const err = (f: string) => lokal[f] ?? fieldError(m.error, f);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (!nomor.trim()) g['nomorKeputusan'] = t('penghargaan.wajib');
    if (!tanggal) g['tanggalKeputusan'] = t('penghargaan.wajib');
    setLokal(g);
    if (Object.keys(g).length === 0) m.mutate({ rowVersion: r.rowVersion, nomorKeputusan: nomor.trim(), tanggalKeputusan: tanggal });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('penghargaan.putuskan.keterangan', { n: r.calon.length })}</Text>
        <TextInput
          label={t('penghargaan.nomorKeputusan')}
          placeholder={t('penghargaan.putuskan.nomorContoh')}
          required
          maxLength={100}
          value={nomor}
          onChange={(e) => setNomor(e.currentTarget.value)}
          error={err('nomorKeputusan')}
          data-autofocus
          data-testid="putuskan-nomor"
        />
        <TextInput
          type="date"
          label={t('penghargaan.tanggalKeputusan')}
          required
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
          error={err('tanggalKeputusan')}
          data-testid="putuskan-tanggal"
        />
        <Text size="xs" c="dimmed">
          {t('penghargaan.putuskan.final')}
        </Text>
        <GalatRonde error={m.error} onMuatUlang={onClose} testId="putuskan-galat" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="putuskan-kirim">
            {t('penghargaan.putuskan.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * "Putuskan": the decision's number and date (today in the instansi's zone by default). A 409
 * (someone changed the round first) offers to reload it; the modal closes on reload.
 */
export function PutuskanButton({ r, hariIni }: { r: Ronde; hariIni: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button color="teal" onClick={() => setOpened(true)} data-testid="ronde-putuskan">
        {t('penghargaan.putuskan.tombol')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('penghargaan.putuskan.judul')} centered>
        {opened ? <PutuskanForm r={r} hariIni={hariIni} onClose={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}
