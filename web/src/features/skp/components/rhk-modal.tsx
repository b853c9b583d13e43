import { ActionIcon, Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { ASPEK, PERSPEKTIF, tambahRhk, ubahRhk, usulanRhk, type IndikatorInput, type RhkInput, type SasaranOrganisasiPilihan, type SkpDetail, type SkpRhk } from '../api/skp';
import { useSkpLabels } from './labels';
import { useSkpMutation } from './use-skp-mutation';

interface RhkModalProps {
  skp: SkpDetail;
  /** The RHK being edited; `null` adds a new one. */
  rhk: SkpRhk | null;
  opened: boolean;
  onClose: () => void;
  /** The pejabat penilai proposes an RHK for a subordinate (POST /usulan-rhk). */
  usulan?: boolean;
}

const emptyIndikator = (): IndikatorInput => ({ aspek: 'KUANTITAS', uraian: '', targetNilai: null, targetSatuan: null, targetTeks: null });

function initial(rhk: SkpRhk | null): RhkInput {
  if (!rhk) return { jenis: 'UTAMA', uraian: '', rhkAtasanId: null, sasaranOrganisasiId: null, perspektif: null, indikator: [emptyIndikator()] };
  return {
    jenis: rhk.jenis,
    uraian: rhk.uraian,
    rhkAtasanId: rhk.rhkAtasanId,
    sasaranOrganisasiId: rhk.sasaranOrganisasiId,
    perspektif: rhk.perspektif,
    indikator: rhk.indikator.map((i) => ({ aspek: i.aspek, uraian: i.uraian, targetNilai: i.targetNilai, targetSatuan: i.targetSatuan, targetTeks: i.targetTeks })),
  };
}

/** "sasaran — indikator (target) · unit", as listed in the RHK form and card. */
export function sasaranLabel(s: SasaranOrganisasiPilihan): string {
  return `${s.sasaran} — ${s.indikator} (${s.target}) · ${s.unitNama}`;
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

function RhkForm({ skp, rhk, onClose, usulan = false }: Omit<RhkModalProps, 'opened'>) {
  const { t } = useTranslation();
  const labels = useSkpLabels();
  const [form, setForm] = useState<RhkInput>(() => initial(rhk));
  const mutation = useSkpMutation(skp.id, (input: RhkInput) =>
    rhk ? ubahRhk(skp.id, rhk.id, skp.rowVersion, input) : usulan ? usulanRhk(skp.id, skp.rowVersion, input) : tambahRhk(skp.id, skp.rowVersion, input),
  () => onClose());
  const err = (field: string) => fieldError(mutation.error, field);

  const setInd = (idx: number, patch: Partial<IndikatorInput>) =>
    setForm((f) => ({ ...f, indikator: f.indikator.map((ind, i) => (i === idx ? { ...ind, ...patch } : ind)) }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate({ ...form, perspektif: skp.denganPerspektif ? form.perspektif : null });
  };

  // The current link stays selectable even if it is no longer offered.
  const atasanData = skp.pilihanRhkAtasan.map((r) => ({ value: r.id, label: r.uraian }));
  if (form.rhkAtasanId && !atasanData.some((d) => d.value === form.rhkAtasanId))
    atasanData.push({ value: form.rhkAtasanId, label: rhk?.rhkAtasanUraian ?? form.rhkAtasanId });

  const sasaranData = skp.pilihanSasaranOrganisasi.map((s) => ({ value: s.id, label: sasaranLabel(s) }));
  if (form.sasaranOrganisasiId && !sasaranData.some((d) => d.value === form.sasaranOrganisasiId))
    sasaranData.push({ value: form.sasaranOrganisasiId, label: form.sasaranOrganisasiId });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Select
          label={t('skp.jenis')}
          data={[
            { value: 'UTAMA', label: t('skp.utama') },
            { value: 'TAMBAHAN', label: t('skp.tambahan') },
          ]}
          value={form.jenis}
          onChange={(v) => setForm((f) => ({ ...f, jenis: v ?? 'UTAMA' }))}
          allowDeselect={false}
          error={err('jenis')}
          data-testid="rhk-jenis"
        />
        <Textarea
          label={t('skp.uraianRhk')}
          required
          autosize
          minRows={2}
          value={form.uraian}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, uraian: v }));
          }}
          error={err('uraian')}
          data-testid="rhk-uraian"
        />
        <Select
          label={t('skp.rhkAtasan')}
          description={atasanData.length === 0 ? `${t('skp.rhkAtasanNone')} ${t('skp.rhkAtasanHint')}` : t('skp.rhkAtasanHint')}
          data={atasanData}
          value={form.rhkAtasanId}
          onChange={(v) => setForm((f) => ({ ...f, rhkAtasanId: v }))}
          clearable
          searchable
          disabled={atasanData.length === 0}
          error={err('rhkAtasanId')}
          comboboxProps={{ withinPortal: true }}
          data-testid="rhk-atasan"
        />
        {skp.pilihanSasaranOrganisasi.length > 0 ? (
          <Select
            label={t('skp.sasaranPk')}
            description={t('skp.sasaranPkHint')}
            data={sasaranData}
            value={form.sasaranOrganisasiId}
            onChange={(v) => setForm((f) => ({ ...f, sasaranOrganisasiId: v }))}
            clearable
            searchable
            error={err('sasaranOrganisasiId')}
            comboboxProps={{ withinPortal: true }}
            data-testid="rhk-sasaran"
          />
        ) : null}
        {skp.denganPerspektif ? (
          <Select
            label={t('skp.perspektif')}
            data={PERSPEKTIF.map((p) => ({ value: p, label: labels.perspektif(p) }))}
            value={form.perspektif}
            onChange={(v) => setForm((f) => ({ ...f, perspektif: v }))}
            clearable
            error={err('perspektif')}
          />
        ) : null}

        <Text fw={600} size="sm">
          {t('skp.indikator')}
        </Text>
        {err('indikator') ? (
          <Text c="red" size="sm" role="alert">
            {err('indikator')}
          </Text>
        ) : null}
        {form.indikator.map((ind, i) => {
          const k = (f: string) => err(`indikator.${i}.${f}`);
          return (
            <Paper key={i} withBorder p="sm" data-testid="rhk-indikator">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {t('skp.indikatorN', { n: i + 1 })}
                  </Text>
                  {form.indikator.length > 1 ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('skp.removeIndikator', { n: i + 1 })}
                      onClick={() => setForm((f) => ({ ...f, indikator: f.indikator.filter((_, j) => j !== i) }))}
                    >
                      ×
                    </ActionIcon>
                  ) : null}
                </Group>
                <Select
                  label={t('skp.aspek')}
                  data={ASPEK.map((a) => ({ value: a, label: labels.aspek(a) }))}
                  value={ind.aspek}
                  allowDeselect={false}
                  onChange={(v) => setInd(i, { aspek: v ?? 'KUANTITAS' })}
                  error={k('aspek')}
                />
                <Textarea
                  label={t('skp.uraian')}
                  required
                  autosize
                  minRows={1}
                  value={ind.uraian}
                  onChange={(e) => setInd(i, { uraian: e.currentTarget.value })}
                  error={k('uraian')}
                  data-testid="indikator-uraian"
                />
                <Group grow align="flex-start" wrap="wrap" gap="xs">
                  <TextInput
                    label={t('skp.targetNilai')}
                    inputMode="decimal"
                    value={ind.targetNilai ?? ''}
                    onChange={(e) => setInd(i, { targetNilai: orNull(e.currentTarget.value) })}
                    error={k('targetNilai')}
                    miw={120}
                    data-testid="indikator-target-nilai"
                  />
                  <TextInput
                    label={t('skp.targetSatuan')}
                    value={ind.targetSatuan ?? ''}
                    onChange={(e) => setInd(i, { targetSatuan: orNull(e.currentTarget.value) })}
                    error={k('targetSatuan')}
                    miw={120}
                    data-testid="indikator-target-satuan"
                  />
                </Group>
                <TextInput
                  label={t('skp.targetTeks')}
                  description={t('skp.targetHint')}
                  value={ind.targetTeks ?? ''}
                  onChange={(e) => setInd(i, { targetTeks: orNull(e.currentTarget.value) })}
                  error={k('targetTeks')}
                />
              </Stack>
            </Paper>
          );
        })}
        {form.indikator.length < 10 ? (
          <Button variant="light" onClick={() => setForm((f) => ({ ...f, indikator: [...f.indikator, emptyIndikator()] }))} w="fit-content">
            {t('skp.addIndikator')}
          </Button>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="rhk-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RhkModal({ skp, rhk, opened, onClose, usulan = false }: RhkModalProps) {
  const { t } = useTranslation();
  const title = rhk ? t('skp.editRhk') : usulan ? t('skp.usulkanRhk') : t('skp.addRhk');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={false}>
      {opened ? <RhkForm key={`${usulan ? 'usulan' : 'rhk'}-${rhk?.id ?? 'baru'}`} skp={skp} rhk={rhk} onClose={onClose} usulan={usulan} /> : null}
    </Modal>
  );
}
