import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { JENIS_UNIT, JENIS_UNIT_LABEL, isOneOf } from '@/lib/labels';
import { createUnit, orgKeys, updateUnit, type Unit, type UnitBody } from '../api/organisasi';
import { descendantIds } from './tree';

interface UnitFormModalProps {
  opened: boolean;
  onClose: () => void;
  units: Unit[];
  /** The unit being edited; null to create one. */
  unit: Unit | null;
  /** Default parent for a new unit. */
  parentId: string | null;
  onSaved: (unit: Unit) => void;
}

function UnitForm({ units, unit, parentId, onClose, onSaved }: Omit<UnitFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [parent, setParent] = useState<string | null>(unit ? unit.parentId : parentId);
  const [kode, setKode] = useState(unit?.kode ?? '');
  const [nama, setNama] = useState(unit?.nama ?? '');
  const [jenis, setJenis] = useState<UnitBody['jenis']>(isOneOf(JENIS_UNIT, unit?.jenis) ? unit.jenis : null);
  const [perangkatDaerah, setPerangkatDaerah] = useState(unit?.perangkatDaerah ?? false);
  const [alamat, setAlamat] = useState(unit?.alamat ?? '');
  const [aktif, setAktif] = useState(unit?.aktif ?? true);

  const parentOptions = useMemo(() => {
    const excluded = unit ? descendantIds(units, unit.id) : new Set<string>();
    return units
      .filter((u) => !excluded.has(u.id))
      .map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [units, unit]);

  const mutation = useMutation({
    mutationFn: (input: UnitBody) => (unit ? updateUnit(unit.id, input) : createUnit(input)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.units });
      onSaved(saved);
      onClose();
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate({
      parentId: parent,
      kode: kode.trim(),
      nama: nama.trim(),
      jenis,
      perangkatDaerah,
      alamat: alamat.trim() === '' ? null : alamat.trim(),
      aktif,
    });
  };
  const fe = (f: string) => fieldError(mutation.error, f);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Select
          label={t('organisasi.parent')}
          placeholder={t('organisasi.parentNone')}
          data={parentOptions}
          value={parent}
          onChange={setParent}
          searchable
          clearable
          limit={100}
          error={fe('parentId')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label={t('organisasi.kode')} value={kode} onChange={(e) => setKode(e.currentTarget.value)} error={fe('kode')} />
        <TextInput label={t('organisasi.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={fe('nama')} />
        <Select
          label={t('organisasi.jenis')}
          data={JENIS_UNIT.map((j) => ({ value: j, label: JENIS_UNIT_LABEL[j] ?? j }))}
          value={jenis}
          onChange={(v) => setJenis(isOneOf(JENIS_UNIT, v) ? v : null)}
          error={fe('jenis')}
          searchable
        />
        <TextInput label={t('organisasi.alamat')} value={alamat} onChange={(e) => setAlamat(e.currentTarget.value)} error={fe('alamat')} />
        <Checkbox
          label={t('organisasi.perangkatDaerah')}
          checked={perangkatDaerah}
          onChange={(e) => setPerangkatDaerah(e.currentTarget.checked)}
          error={fe('perangkatDaerah')}
        />
        <Checkbox label={t('organisasi.aktif')} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} error={fe('aktif')} />
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

export function UnitFormModal(props: UnitFormModalProps) {
  const { t } = useTranslation();
  const { opened, onClose, unit } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={unit ? t('organisasi.editUnit') : t('organisasi.addUnit')} size="lg">
      {opened ? <UnitForm key={unit?.id ?? 'baru'} {...props} /> : null}
    </Modal>
  );
}
