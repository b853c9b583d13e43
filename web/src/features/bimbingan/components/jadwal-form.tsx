import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JENIS_BIMBINGAN, type JenisBimbingan } from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import type { Me } from '@/lib/session';
import { bawahanQuery, bimbinganKeys, buatBimbingan, jadwalIso, type Bimbingan } from '../api/bimbingan';
import { jenisLabel } from './labels';

interface JadwalFormProps {
  me: Me;
  opened: boolean;
  onClose: () => void;
  onCreated: (b: Bimbingan) => void;
}

const SAYA = 'saya';

/**
 * Schedule a session: a pegawai for themselves (with their own atasan), a superior for one of
 * their direct subordinates.
 */
export function JadwalForm({ me, opened, onClose, onCreated }: JadwalFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bawahan = useQuery({ ...bawahanQuery(new Date().getFullYear()), enabled: opened });
  const [untuk, setUntuk] = useState<string>(SAYA);
  const [jenis, setJenis] = useState<JenisBimbingan>('COACHING');
  const [jadwal, setJadwal] = useState('');
  const [tempat, setTempat] = useState('');
  const [topik, setTopik] = useState('');
  const [missing, setMissing] = useState(false);

  const m = useMutation({
    mutationFn: () =>
      buatBimbingan({
        pegawaiId: untuk === SAYA ? me.pegawaiId : untuk,
        jenis,
        jadwal: jadwalIso(jadwal, me.instansi.zonaWaktu),
        tempat: tempat.trim() || null,
        topik,
      }),
    onSuccess: async (b) => {
      await queryClient.invalidateQueries({ queryKey: bimbinganKeys.all });
      setJadwal('');
      setTempat('');
      setTopik('');
      onCreated(b);
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!jadwal || topik.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    m.mutate();
  };

  const pilihan = [
    { value: SAYA, label: t('bimbingan.untukSaya') },
    ...(bawahan.data ?? []).map((b) => ({ value: b.pegawaiId, label: `${b.namaLengkap} — ${b.jabatanNama}` })),
  ];

  return (
    <Modal opened={opened} onClose={onClose} title={t('bimbingan.jadwalkan')} size="lg" fullScreen={false}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('bimbingan.untuk')}
            description={t('bimbingan.untukHint')}
            data={pilihan}
            value={untuk}
            onChange={(v) => setUntuk(v ?? SAYA)}
            allowDeselect={false}
            searchable={pilihan.length > 8}
            error={fieldError(m.error, 'pegawaiId')}
            data-testid="bimbingan-untuk"
          />
          <Select
            label={t('bimbingan.jenis')}
            data={JENIS_BIMBINGAN.map((j) => ({ value: j, label: jenisLabel(j) }))}
            value={jenis}
            onChange={(v) => setJenis(JENIS_BIMBINGAN.find((j) => j === v) ?? 'COACHING')}
            allowDeselect={false}
            error={fieldError(m.error, 'jenis')}
            data-testid="bimbingan-jenis"
          />
          <TextInput
            type="datetime-local"
            label={t('bimbingan.jadwal')}
            description={t('bimbingan.jadwalHint', { zona: me.instansi.zonaWaktu })}
            required
            value={jadwal}
            onChange={(e) => setJadwal(e.currentTarget.value)}
            error={fieldError(m.error, 'jadwal') ?? (missing && !jadwal ? t('bimbingan.wajib') : undefined)}
            data-testid="bimbingan-jadwal"
          />
          <TextInput
            label={t('bimbingan.tempat')}
            placeholder={t('bimbingan.tempatPlaceholder')}
            maxLength={200}
            value={tempat}
            onChange={(e) => setTempat(e.currentTarget.value)}
            error={fieldError(m.error, 'tempat')}
            data-testid="bimbingan-tempat"
          />
          <Textarea
            label={t('bimbingan.topik')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={topik}
            onChange={(e) => setTopik(e.currentTarget.value)}
            error={fieldError(m.error, 'topik') ?? (missing && topik.trim() === '' ? t('bimbingan.wajib') : undefined)}
            data-testid="bimbingan-topik"
          />
          <ErrorAlert error={m.error} hideWhenFieldsOnly />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={m.isPending} data-testid="bimbingan-simpan">
              {t('bimbingan.jadwalkan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
