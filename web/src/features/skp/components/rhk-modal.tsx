import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IndikatorEditor, emptyIndikator, toIndikatorValue } from '@/components/indikator-editor';
import { fieldError } from '@/lib/api-client';
import { isOneOf } from '@/lib/labels';
import { PERSPEKTIF, tambahRhk, ubahRhk, usulanRhk, type RhkBody, type SasaranOrganisasiPilihan, type SkpDetail, type SkpRhk } from '../api/skp';
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

function initial(rhk: SkpRhk | null): RhkBody {
  if (!rhk) return { jenis: 'UTAMA', uraian: '', rhkAtasanId: null, sasaranOrganisasiId: null, perspektif: null, indikator: [emptyIndikator()] };
  return {
    jenis: rhk.jenis === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA',
    uraian: rhk.uraian,
    rhkAtasanId: rhk.rhkAtasanId,
    sasaranOrganisasiId: rhk.sasaranOrganisasiId,
    perspektif: isOneOf(PERSPEKTIF, rhk.perspektif) ? rhk.perspektif : null,
    indikator: rhk.indikator.map(toIndikatorValue),
  };
}

/** "sasaran — indikator (target) · unit", as listed in the RHK form and card. */
export function sasaranLabel(s: SasaranOrganisasiPilihan): string {
  return `${s.sasaran} — ${s.indikator} (${s.target}) · ${s.unitNama}`;
}

function RhkForm({ skp, rhk, onClose, usulan = false }: Omit<RhkModalProps, 'opened'>) {
  const { t } = useTranslation();
  const labels = useSkpLabels();
  const [form, setForm] = useState<RhkBody>(() => initial(rhk));
  const mutation = useSkpMutation(skp.id, (input: RhkBody) =>
    rhk ? ubahRhk(skp.id, rhk.id, skp.rowVersion, input) : usulan ? usulanRhk(skp.id, skp.rowVersion, input) : tambahRhk(skp.id, skp.rowVersion, input),
  () => onClose());
  const err = (field: string) => fieldError(mutation.error, field);

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
          onChange={(v) => setForm((f) => ({ ...f, jenis: v === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA' }))}
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
            onChange={(v) => setForm((f) => ({ ...f, perspektif: isOneOf(PERSPEKTIF, v) ? v : null }))}
            clearable
            error={err('perspektif')}
          />
        ) : null}

        <Text fw={600} size="sm">
          {t('skp.indikator')}
        </Text>
        <IndikatorEditor
          value={form.indikator}
          onChange={(indikator) => setForm((f) => ({ ...f, indikator }))}
          error={err}
          pathPrefix="indikator"
          testIds={{ item: 'rhk-indikator', uraian: 'indikator-uraian', targetNilai: 'indikator-target-nilai', targetSatuan: 'indikator-target-satuan' }}
        />
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
