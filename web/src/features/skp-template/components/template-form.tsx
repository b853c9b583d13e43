import { ActionIcon, Button, Group, Loader, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IndikatorEditor, emptyIndikator, toIndikatorValue } from '@/components/indikator-editor';
import { fieldError } from '@/lib/api-client';
import {
  createTemplate,
  templateDetailQuery,
  templateKeys,
  unitOptionsQuery,
  updateTemplate,
  type TemplateDetail,
  type TemplateInput,
  type TemplateRhk,
} from '../api/skp-template';

const SELURUH = '__seluruh__';

const emptyRhk = (): TemplateRhk => ({ jenis: 'UTAMA', uraian: '', indikator: [emptyIndikator()] });

function initial(d: TemplateDetail | null): TemplateInput {
  if (!d) return { nama: '', jabatanNama: '', unitId: null, isi: [emptyRhk()] };
  return {
    nama: d.nama,
    jabatanNama: d.jabatanNama,
    unitId: d.unitId,
    isi: d.isi.map((r) => ({
      jenis: r.jenis === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA',
      uraian: r.uraian,
      indikator: r.indikator.map(toIndikatorValue),
      // Kept as they are: the form does not edit them, and a PUT without them would drop them.
      ...(r.rencanaAksi ? { rencanaAksi: r.rencanaAksi } : {}),
    })),
  };
}

interface FormProps {
  detail: TemplateDetail | null;
  seluruhInstansi: boolean;
  onClose: () => void;
}

function TemplateForm({ detail, seluruhInstansi, onClose }: FormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useQuery(unitOptionsQuery);
  const [form, setForm] = useState<TemplateInput>(() => initial(detail));
  const [unitTouched, setUnitTouched] = useState(detail !== null || seluruhInstansi);
  const mutation = useMutation({
    mutationFn: (input: TemplateInput) => (detail ? updateTemplate(detail.id, input) : createTemplate(input)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      onClose();
    },
  });
  const err = (f: string) => fieldError(mutation.error, f);

  const unitData = (units.data ?? []).filter((u) => u.aktif || u.id === form.unitId).map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})` }));
  if (seluruhInstansi) unitData.unshift({ value: SELURUH, label: t('skpTemplat.seluruhInstansi') });

  const setRhk = (ri: number, patch: Partial<TemplateRhk>) => setForm((f) => ({ ...f, isi: f.isi.map((r, i) => (i === ri ? { ...r, ...patch } : r)) }));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate(form);
  };

  const unitValue = form.unitId ?? (seluruhInstansi && unitTouched ? SELURUH : null);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <TextInput
          label={t('skpTemplat.nama')}
          required
          value={form.nama}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, nama: v }));
          }}
          error={err('nama')}
          data-testid="template-nama"
        />
        <TextInput
          label={t('skpTemplat.jabatan')}
          required
          value={form.jabatanNama}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, jabatanNama: v }));
          }}
          error={err('jabatanNama')}
          data-testid="template-jabatan"
        />
        <Select
          label={t('skpTemplat.unit')}
          placeholder={t('skpTemplat.pilihUnit')}
          data={unitData}
          value={unitValue}
          searchable
          allowDeselect={false}
          rightSection={units.isPending ? <Loader size="xs" /> : undefined}
          onChange={(v) => {
            setUnitTouched(true);
            setForm((f) => ({ ...f, unitId: v === SELURUH || !v ? null : v }));
          }}
          error={err('unitId')}
          comboboxProps={{ withinPortal: true }}
          data-testid="template-unit"
        />

        <Text fw={600}>{t('skpTemplat.rhk')}</Text>
        {err('isi') ? (
          <Text c="red" size="sm" role="alert">
            {err('isi')}
          </Text>
        ) : null}
        {form.isi.map((rhk, ri) => (
          <Paper key={ri} withBorder p="sm" data-testid="template-rhk">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {t('skpTemplat.rhkN', { n: ri + 1 })}
                </Text>
                {form.isi.length > 1 ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('skpTemplat.hapusRhk', { n: ri + 1 })}
                    onClick={() => setForm((f) => ({ ...f, isi: f.isi.filter((_, j) => j !== ri) }))}
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
              <Select
                label={t('skpTemplat.jenis')}
                data={[
                  { value: 'UTAMA', label: t('skpTemplat.utama') },
                  { value: 'TAMBAHAN', label: t('skpTemplat.tambahan') },
                ]}
                value={rhk.jenis}
                allowDeselect={false}
                onChange={(v) => setRhk(ri, { jenis: v === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA' })}
                error={err(`isi.${ri}.jenis`)}
              />
              <Textarea
                label={t('skpTemplat.uraianRhk')}
                required
                autosize
                minRows={2}
                value={rhk.uraian}
                onChange={(e) => setRhk(ri, { uraian: e.currentTarget.value })}
                error={err(`isi.${ri}.uraian`)}
                data-testid="template-rhk-uraian"
              />
              <IndikatorEditor
                value={rhk.indikator}
                onChange={(indikator) => setRhk(ri, { indikator })}
                error={err}
                pathPrefix={`isi.${ri}.indikator`}
                itemErrorOnTargetNilai
                uraianLabel={t('skpTemplat.uraian')}
                nested
                testIds={{ item: 'template-indikator', uraian: 'template-indikator-uraian', targetNilai: 'template-target-nilai', targetSatuan: 'template-target-satuan' }}
              />
            </Stack>
          </Paper>
        ))}
        {form.isi.length < 30 ? (
          <Button variant="light" w="fit-content" onClick={() => setForm((f) => ({ ...f, isi: [...f.isi, emptyRhk()] }))} data-testid="template-tambah-rhk">
            {t('skpTemplat.tambahRhk')}
          </Button>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="template-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditLoader({ id, seluruhInstansi, onClose }: { id: string; seluruhInstansi: boolean; onClose: () => void }) {
  const { data, error, isPending } = useQuery(templateDetailQuery(id));
  if (isPending) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  return <TemplateForm detail={data} seluruhInstansi={seluruhInstansi} onClose={onClose} />;
}

interface TemplateModalProps {
  /** The template being edited; `null` creates one; `undefined` keeps the modal closed. */
  editId: string | null | undefined;
  seluruhInstansi: boolean;
  onClose: () => void;
}

export function TemplateModal({ editId, seluruhInstansi, onClose }: TemplateModalProps) {
  const { t } = useTranslation();
  const opened = editId !== undefined;
  return (
    <Modal opened={opened} onClose={onClose} title={editId ? t('skpTemplat.ubahTitle') : t('skpTemplat.buatTitle')} size="xl">
      {!opened ? null : editId ? (
        <EditLoader key={editId} id={editId} seluruhInstansi={seluruhInstansi} onClose={onClose} />
      ) : (
        <TemplateForm detail={null} seluruhInstansi={seluruhInstansi} onClose={onClose} />
      )}
    </Modal>
  );
}
