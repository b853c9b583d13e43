import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, JENJANG_KEAHLIAN, JENJANG_KETERAMPILAN, JENJANG_LABEL, isOneOf } from '@/lib/labels';
import { createJabatan, orgKeys, updateJabatan, type Jabatan, type JabatanBody } from '../api/organisasi';

interface JabatanFormModalProps {
  opened: boolean;
  onClose: () => void;
  unitId: string;
  jabatan: Jabatan | null;
}

const JENJANG = [...JENJANG_KEAHLIAN, ...JENJANG_KETERAMPILAN];
const JENJANG_DATA = [
  { group: 'Keahlian', items: JENJANG_KEAHLIAN.map((j) => ({ value: j, label: JENJANG_LABEL[j] })) },
  { group: 'Keterampilan', items: JENJANG_KETERAMPILAN.map((j) => ({ value: j, label: JENJANG_LABEL[j] })) },
];

function JabatanForm({ unitId, jabatan, onClose }: Omit<JabatanFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kode, setKode] = useState(jabatan?.kode ?? '');
  const [nama, setNama] = useState(jabatan?.nama ?? '');
  const [jenis, setJenis] = useState<JabatanBody['jenis']>(isOneOf(JENIS_JABATAN, jabatan?.jenis) ? jabatan.jenis : null);
  const [jenjang, setJenjang] = useState<JabatanBody['jenjang']>(isOneOf(JENJANG, jabatan?.jenjang) ? jabatan.jenjang : null);
  const [kepalaUnit, setKepalaUnit] = useState(jabatan?.kepalaUnit ?? false);
  const [kelas, setKelas] = useState<string | number>(jabatan?.kelas ?? '');

  const mutation = useMutation({
    mutationFn: (input: JabatanBody) => (jabatan ? updateJabatan(jabatan.id, input) : createJabatan(input)),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.jabatan }),
        queryClient.invalidateQueries({ queryKey: orgKeys.units }),
      ]);
      onClose();
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const kelasNum = typeof kelas === 'number' ? kelas : kelas.trim() === '' ? null : Number(kelas);
    mutation.mutate({
      unitId,
      kode: kode.trim(),
      nama: nama.trim(),
      jenis,
      jenjang: jenis === 'FUNGSIONAL' ? jenjang : null,
      kepalaUnit,
      kelas: kelasNum === null || Number.isNaN(kelasNum) ? null : kelasNum,
    });
  };
  const fe = (f: string) => fieldError(mutation.error, f);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <TextInput label={t('organisasi.kode')} value={kode} onChange={(e) => setKode(e.currentTarget.value)} error={fe('kode')} />
        <TextInput label={t('organisasi.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={fe('nama')} />
        <Select
          label={t('organisasi.jenis')}
          data={JENIS_JABATAN.map((j) => ({ value: j, label: JENIS_JABATAN_LABEL[j] }))}
          value={jenis}
          onChange={(v) => setJenis(isOneOf(JENIS_JABATAN, v) ? v : null)}
          error={fe('jenis')}
        />
        {jenis === 'FUNGSIONAL' || fe('jenjang') ? (
          <Select label={t('organisasi.jenjang')} data={JENJANG_DATA} value={jenjang} onChange={(v) => setJenjang(isOneOf(JENJANG, v) ? v : null)} error={fe('jenjang')} clearable />
        ) : null}
        <NumberInput
          label={t('organisasi.kelas')}
          value={kelas}
          onChange={setKelas}
          min={1}
          max={17}
          allowDecimal={false}
          allowNegative={false}
          error={fe('kelas')}
        />
        <Checkbox
          label={t('organisasi.kepalaUnit')}
          checked={kepalaUnit}
          onChange={(e) => setKepalaUnit(e.currentTarget.checked)}
          error={fe('kepalaUnit')}
        />
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

export function JabatanFormModal(props: JabatanFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.jabatan ? t('organisasi.editJabatan') : t('organisasi.addJabatan')}
      size="lg"
    >
      {props.opened ? <JabatanForm key={props.jabatan?.id ?? 'baru'} {...props} /> : null}
    </Modal>
  );
}
