import { Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { fieldError } from '@/lib/api-client';
import {
  createSasaran,
  deleteSasaran,
  pkKeys,
  pkListQuery,
  unitListQuery,
  updateSasaran,
  type Sasaran,
  type SasaranInput,
} from '../api/perjanjian-kinerja';

type UnitOption = { value: string; label: string };

function SasaranForm({ sasaran, tahun, unitId, units, onClose }: { sasaran: Sasaran | null; tahun: number; unitId: string | null; units: UnitOption[]; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SasaranInput>(() =>
    sasaran
      ? { unitId: sasaran.unitId, tahun: sasaran.tahun, sasaran: sasaran.sasaran, indikator: sasaran.indikator, target: sasaran.target }
      : { unitId: unitId ?? '', tahun, sasaran: '', indikator: '', target: '' },
  );
  const mutation = useMutation({
    mutationFn: (input: SasaranInput) => (sasaran ? updateSasaran(sasaran.id, input) : createSasaran(input)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pkKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['skp'] });
      onClose();
    },
  });
  const err = (f: string) => fieldError(mutation.error, f);
  const set = (patch: Partial<SasaranInput>) => setForm((f) => ({ ...f, ...patch }));
  const unitData = [...units];
  if (form.unitId && !unitData.some((u) => u.value === form.unitId)) unitData.push({ value: form.unitId, label: sasaran?.unitNama ?? form.unitId });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate(form);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly testId="pk-form-error" />
        <Select
          label={t('pk.unit')}
          required
          searchable
          data={unitData}
          value={form.unitId || null}
          onChange={(v) => set({ unitId: v ?? '' })}
          error={err('unitId')}
          comboboxProps={{ withinPortal: true }}
          data-testid="pk-unit"
        />
        <TextInput
          label={t('pk.tahun')}
          required
          inputMode="numeric"
          value={String(form.tahun)}
          onChange={(e) => {
            const n = Number(e.currentTarget.value.replace(/\D/g, ''));
            set({ tahun: Number.isFinite(n) ? n : 0 });
          }}
          error={err('tahun')}
          data-testid="pk-form-tahun"
        />
        <Textarea
          label={t('pk.sasaran')}
          required
          autosize
          minRows={2}
          value={form.sasaran}
          onChange={(e) => set({ sasaran: e.currentTarget.value })}
          error={err('sasaran')}
          data-testid="pk-sasaran"
        />
        <Textarea
          label={t('pk.indikator')}
          required
          autosize
          minRows={2}
          value={form.indikator}
          onChange={(e) => set({ indikator: e.currentTarget.value })}
          error={err('indikator')}
          data-testid="pk-indikator"
        />
        <TextInput label={t('pk.target')} required value={form.target} onChange={(e) => set({ target: e.currentTarget.value })} error={err('target')} data-testid="pk-target" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="pk-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PerjanjianKinerjaPage(): JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [tahun, setTahun] = useState(tahunIni);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ sasaran: Sasaran | null } | null>(null);
  const [deleting, setDeleting] = useState<Sasaran | null>(null);
  const { data, error, isPending } = useQuery(pkListQuery(tahun, unitId));
  const units = useQuery(unitListQuery);
  const unitOptions: UnitOption[] = (units.data ?? []).filter((u) => u.aktif).map((u) => ({ value: u.id, label: u.nama }));
  const remove = useMutation({
    mutationFn: (s: Sasaran) => deleteSasaran(s.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pkKeys.all });
      setDeleting(null);
    },
  });

  return (
    <>
      <PageHeader
        title={t('pk.title')}
        description={t('pk.description')}
        actions={
          <Button size="sm" onClick={() => setEditing({ sasaran: null })} data-testid="pk-create">
            {t('pk.create')}
          </Button>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <TahunSelect value={tahun} onChange={setTahun} label={t('pk.tahun')} testId="pk-tahun" />
        <Select
          aria-label={t('pk.unit')}
          placeholder={t('pk.semuaUnit')}
          data={unitOptions}
          value={unitId}
          onChange={setUnitId}
          clearable
          searchable
          w={{ base: '100%', sm: 320 }}
          data-testid="pk-filter-unit"
        />
      </Group>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.length === 0 ? (
        <Text c="dimmed" data-testid="pk-kosong">
          {t('pk.kosong')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="pk-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pk.unit')}</Table.Th>
                <Table.Th>{t('pk.sasaran')}</Table.Th>
                <Table.Th>{t('pk.indikator')}</Table.Th>
                <Table.Th>{t('pk.target')}</Table.Th>
                <Table.Th ta="right">{t('pk.jumlahRhk')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((s) => (
                <Table.Tr key={s.id} data-testid="pk-row">
                  <Table.Td>{s.unitNama}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.sasaran}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.indikator}</Table.Td>
                  <Table.Td>{s.target}</Table.Td>
                  <Table.Td ta="right">{s.jumlahRhk}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {s.can.update ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ sasaran: s })} data-testid="pk-ubah">
                          {t('common.edit')}
                        </Button>
                      ) : null}
                      {s.can.delete ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => {
                            remove.reset();
                            setDeleting(s);
                          }}
                          data-testid="pk-hapus"
                        >
                          {t('common.delete')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.sasaran ? t('pk.ubahTitle') : t('pk.buatTitle')} size="lg">
        {editing ? (
          <SasaranForm key={editing.sasaran?.id ?? 'baru'} sasaran={editing.sasaran} tahun={tahun} unitId={unitId} units={unitOptions} onClose={() => setEditing(null)} />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('pk.hapusTitle')}
        message={t('pk.hapusConfirm', { sasaran: deleting?.sasaran ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
