import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { periodeOfDate, periodsOf } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { realisasiKeys, tambahRencanaAksi, ubahRencanaAksi, type RealisasiBeranda, type RencanaAksi, type RhkRealisasi } from '../api/realisasi';

interface RencanaAksiModalProps {
  data: RealisasiBeranda;
  rhk: RhkRealisasi | null;
  /** The action plan being edited; `null` adds one. */
  rencana: RencanaAksi | null;
  hariIni: string;
  onClose: () => void;
}

function RencanaAksiForm({ data, rhk, rencana, hariIni, onClose }: RencanaAksiModalProps & { rhk: RhkRealisasi }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const periods = periodsOf(data.tahun, data.periodeKinerja);
  const defaultPeriode = hariIni.startsWith(`${data.tahun}-`) ? periodeOfDate(hariIni, data.periodeKinerja).index : 1;
  const [periode, setPeriode] = useState(String(rencana?.periode ?? defaultPeriode));
  const [indikatorId, setIndikatorId] = useState(rencana?.indikatorId ?? '');
  const [uraian, setUraian] = useState(rencana?.uraian ?? '');
  const [target, setTarget] = useState(rencana?.target == null ? '' : String(rencana.target));
  const [satuan, setSatuan] = useState(rencana?.satuan ?? '');
  const [lokal, setLokal] = useState<Record<string, string>>({});

  const mutation = useMutation({
    mutationFn: () => {
      const body = {
        indikatorId: indikatorId || null,
        uraian: uraian.trim(),
        target: target === '' ? null : Number(target),
        satuan: satuan.trim() || null,
      };
      if (rencana) return ubahRencanaAksi(rencana.id, body);
      if (!data.skp) throw new Error(t('realisasi.belumAdaSkp'));
      return tambahRencanaAksi(data.skp.id, { ...body, rhkId: rhk.id, periode: Number(periode) });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
      onClose();
    },
  });
  const err = (f: string) => lokal[f] ?? fieldError(mutation.error, f);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v: Record<string, string> = {};
    if (uraian.trim() === '') v['uraian'] = t('realisasi.wajibUraian');
    if (target !== '' && !/^\d+$/.test(target)) v['target'] = t('realisasi.jumlahTidakValid');
    setLokal(v);
    if (Object.keys(v).length === 0) mutation.mutate();
  };

  const indikatorData = [{ value: '', label: t('realisasi.tanpaIndikator') }, ...rhk.indikator.map((i) => ({ value: i.id, label: i.uraian }))];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <NativeSelect
          label={t('realisasi.periode')}
          data={periods.map((p) => ({ value: String(p.index), label: p.label }))}
          value={periode}
          onChange={(e) => setPeriode(e.currentTarget.value)}
          disabled={!!rencana}
          error={err('periode')}
          data-testid="rencana-periode"
        />
        <NativeSelect
          label={t('realisasi.indikator')}
          data={indikatorData}
          value={indikatorId}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setIndikatorId(v);
            const ind = rhk.indikator.find((i) => i.id === v);
            if (ind?.targetSatuan && satuan === '') setSatuan(ind.targetSatuan);
          }}
          error={err('indikatorId')}
          data-testid="rencana-indikator"
        />
        <Textarea
          label={t('realisasi.uraianRencana')}
          required
          autosize
          minRows={2}
          value={uraian}
          onChange={(e) => setUraian(e.currentTarget.value)}
          error={err('uraian')}
          data-testid="rencana-uraian"
        />
        <Group grow align="flex-start" gap="xs">
          <TextInput
            label={t('realisasi.targetRencana')}
            inputMode="numeric"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value.trim())}
            error={err('target')}
            data-testid="rencana-target"
          />
          <TextInput label={t('realisasi.satuan')} value={satuan} onChange={(e) => setSatuan(e.currentTarget.value)} error={err('satuan')} data-testid="rencana-satuan" />
        </Group>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="rencana-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RencanaAksiModal(props: RencanaAksiModalProps & { opened: boolean }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const { opened, rhk, rencana, onClose } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={rencana ? t('realisasi.ubahRencana') : t('realisasi.tambahRencana')} size="lg" fullScreen={!!phone}>
      {opened && rhk ? <RencanaAksiForm key={rencana?.id ?? `baru-${rhk.id}`} {...props} rhk={rhk} /> : null}
    </Modal>
  );
}
