import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { buatTitik, ubahTitik, unitQuery, type Titik } from '../api/layanan-publik';
import { unitOptions } from '@/lib/unit-options';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** null: a new service point. */
  titik: Titik | null;
}

export function TitikModal({ opened, onClose, titik }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={titik ? t('layananPublik.titik.ubahJudul') : t('layananPublik.titik.tambahJudul')} fullScreen={false} size="md">
      {opened ? <TitikForm key={titik?.id ?? 'baru'} titik={titik} onDone={onClose} /> : null}
    </Modal>
  );
}

function TitikForm({ titik, onDone }: { titik: Titik | null; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const units = useQuery(unitQuery);
  const [unitId, setUnitId] = useState<string | null>(titik?.unitId ?? null);
  const [nama, setNama] = useState(titik?.nama ?? '');
  const [aktif, setAktif] = useState(titik?.aktif ?? true);
  const m = useMutation({
    mutationFn: () => {
      const input = { unitId: unitId ?? '', nama, aktif };
      return titik ? ubahTitik(titik.id, input) : buatTitik(input);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['layanan-publik', 'titik'] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('layananPublik.titik.unit')}
          data={unitOptions(units.data ?? [])}
          value={unitId}
          onChange={setUnitId}
          searchable
          required
          error={fieldError(m.error, 'unitId')}
          data-testid="titik-unit"
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('layananPublik.titik.nama')}
          description={t('layananPublik.titik.namaKeterangan')}
          value={nama}
          onChange={(e) => setNama(e.currentTarget.value)}
          required
          maxLength={150}
          error={fieldError(m.error, 'nama')}
          data-testid="titik-nama"
        />
        <Switch label={t('layananPublik.titik.aktif')} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="titik-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
