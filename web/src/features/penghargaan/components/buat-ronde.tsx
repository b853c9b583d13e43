import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_MINIMUM_PENGHARGAAN } from '@capaian/domain';
import { tahunIni } from '@/components/tahun-select';
import { fieldError } from '@/lib/api-client';
import { isOneOf } from '@/lib/labels';
import { unitOptions } from '@/lib/unit-options';
import { periodeQuery, useBuatRonde, type PeriodeItem, type Predikat, type Unit } from '../api/penghargaan';
import { GalatRonde } from './galat-ronde';
import { predikatLabel } from './labels';

type Cakupan = 'PEMDA' | 'PERANGKAT_DAERAH';
const CAKUPAN = ['PEMDA', 'PERANGKAT_DAERAH'] as const satisfies readonly Cakupan[];

/** The assessment periods of this year and the last, the most recent first. */
function usePeriodeTersedia(): { items: PeriodeItem[]; isPending: boolean } {
  const ini = useQuery(periodeQuery(tahunIni()));
  const lalu = useQuery(periodeQuery(tahunIni() - 1));
  const items = [...(ini.data?.items ?? []), ...(lalu.data?.items ?? [])].sort((a, b) => b.selesai.localeCompare(a.selesai) || b.mulai.localeCompare(a.mulai));
  return { items, isPending: ini.isPending || lalu.isPending };
}

/** Where the choice starts: the most recent annual period with final results, else any with them. */
const periodeAwal = (items: readonly PeriodeItem[]) =>
  (items.find((p) => p.jenis === 'TAHUNAN' && p.progres.final > 0) ?? items.find((p) => p.progres.final > 0))?.id ?? null;

interface FormProps {
  /** BKPSDM: the whole pemda or any perangkat daerah. */
  seluruhPemda: boolean;
  /** The perangkat daerah the caller may run rounds for (all of them for BKPSDM; those they head otherwise). */
  perangkatDaerah: readonly Unit[];
  onClose: () => void;
}

function BuatRondeForm({ seluruhPemda, perangkatDaerah, onClose }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periode = usePeriodeTersedia();
  const [nama, setNama] = useState('');
  const [periodeId, setPeriodeId] = useState<string | null>(null);
  const [cakupan, setCakupan] = useState<Cakupan>(seluruhPemda ? 'PEMDA' : 'PERANGKAT_DAERAH');
  const [unitId, setUnitId] = useState<string | null>(!seluruhPemda && perangkatDaerah.length === 1 ? perangkatDaerah[0]!.id : null);
  const [minimum, setMinimum] = useState<Predikat | null>(null);
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useBuatRonde();
  const pilihanPeriode = periodeId ?? periodeAwal(periode.items);
  const dipilih = periode.items.find((p) => p.id === pilihanPeriode);
  const err = (f: string) => lokal[f] ?? fieldError(m.error, f);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (!nama.trim()) g['nama'] = t('penghargaan.wajib');
    if (!pilihanPeriode) g['periodeId'] = t('penghargaan.buat.pilihPeriode');
    if (cakupan === 'PERANGKAT_DAERAH' && !unitId) g['unitId'] = t('penghargaan.buat.pilihPerangkatDaerah');
    setLokal(g);
    if (Object.keys(g).length > 0 || !pilihanPeriode) return;
    m.mutate(
      {
        nama: nama.trim(),
        periodeId: pilihanPeriode,
        ...(cakupan === 'PERANGKAT_DAERAH' && unitId ? { unitId } : {}),
        ...(minimum ? { predikatMinimum: minimum } : {}),
      },
      { onSuccess: (r) => void navigate({ to: '/penghargaan/ronde/$id', params: { id: r.id } }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('penghargaan.buat.nama')}
          placeholder={t('penghargaan.buat.namaContoh')}
          required
          maxLength={200}
          value={nama}
          onChange={(e) => setNama(e.currentTarget.value)}
          error={err('nama')}
          data-autofocus
          data-testid="ronde-nama"
        />
        <Select
          label={t('penghargaan.periode')}
          required
          allowDeselect={false}
          placeholder={periode.isPending ? t('common.loading') : periode.items.length === 0 ? t('penghargaan.buat.belumAdaPeriode') : undefined}
          data={periode.items.map((p) => ({ value: p.id, label: `${p.label}${p.status === 'DITUTUP' ? ` (${t('penghargaan.ditutup')})` : ''}` }))}
          value={pilihanPeriode}
          onChange={(v) => v && setPeriodeId(v)}
          description={dipilih ? t('penghargaan.buat.jumlahFinal', { n: dipilih.progres.final }) : undefined}
          error={err('periodeId')}
          data-testid="ronde-periode"
        />
        {seluruhPemda ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="ronde-cakupan-label">
              {t('penghargaan.cakupan')}
            </Text>
            <SegmentedControl
              value={cakupan}
              onChange={(v) => isOneOf(CAKUPAN, v) && setCakupan(v)}
              data={CAKUPAN.map((c) => ({ value: c, label: t(`penghargaan.cakupanLabel.${c}`) }))}
              aria-labelledby="ronde-cakupan-label"
              fullWidth
              data-testid="ronde-cakupan"
            />
          </Stack>
        ) : null}
        {cakupan === 'PERANGKAT_DAERAH' ? (
          <Select
            label={t('penghargaan.perangkatDaerah')}
            required
            searchable
            allowDeselect={false}
            data={unitOptions(perangkatDaerah)}
            value={unitId}
            onChange={setUnitId}
            error={err('unitId')}
            data-testid="ronde-unit"
          />
        ) : null}
        <Select
          label={t('penghargaan.predikatMinimum')}
          description={t('penghargaan.buat.predikatMinimumHint')}
          placeholder={t('penghargaan.buat.predikatBawaan')}
          clearable
          data={PREDIKAT_MINIMUM_PENGHARGAAN.map((p) => ({ value: p, label: predikatLabel(p) }))}
          value={minimum}
          onChange={(v) => setMinimum(isOneOf(PREDIKAT_MINIMUM_PENGHARGAAN, v) ? v : null)}
          error={err('predikatMinimum')}
          data-testid="ronde-predikat-minimum"
        />
        <GalatRonde error={m.error} testId="ronde-buat-galat" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="ronde-buat-kirim">
            {t('penghargaan.buat.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Buat ronde": a button and its form in a modal (the form starts afresh each time it opens). */
export function BuatRondeButton(props: Omit<FormProps, 'onClose'>) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)} data-testid="ronde-buat">
        {t('penghargaan.buat.tombol')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('penghargaan.buat.judul')} centered>
        {opened ? <BuatRondeForm {...props} onClose={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}
