import { Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { KELOMPOK_TALENTA_LABEL, PREDIKAT_LABEL, RATING_LABEL, PREDIKATS, TINGKAT_TALENTA_LABEL, type Predikat, type Rating } from '@capaian/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { isOneOf } from '@/lib/labels';
import { catatRekomendasi, hasilQuery, JENIS_REKOMENDASI, talentaPegawaiQuery, timKeys, type HasilItem, type JenisRekomendasi } from '../api/tim-penilai';
import { formatNip } from '@/lib/format';

const route = getRouteApi('/app/tim-penilai/$id');

const labelPredikat = (p: string | null) => (p ? (PREDIKAT_LABEL[p as Predikat] ?? p) : '—');
const labelRating = (r: string | null) => (r ? (RATING_LABEL[r as Rating] ?? r) : '—');

function RekomendasiModal({ timId, periodeId, item, onClose }: { timId: string; periodeId: string; item: HasilItem; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jenis, setJenis] = useState<JenisRekomendasi>('PENGEMBANGAN');
  const [catatan, setCatatan] = useState('');
  const m = useMutation({
    mutationFn: () => catatRekomendasi(timId, { periodeId, pegawaiId: item.pegawai.id, jenis, catatan }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: timKeys.all });
      onClose();
    },
  });
  const talenta = useQuery(talentaPegawaiQuery(item.pegawai.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  const tl = talenta.data;
  return (
    <Modal opened onClose={onClose} title={`${t('timPenilai.rekomendasi')} — ${item.pegawai.nama}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {tl ? (
            <Alert color={tl.kelompok === 'SUKSESI' ? 'teal' : 'gray'} variant="light" data-testid="rekomendasi-talenta">
              {tl.kotak && tl.kelompok && tl.kinerja && tl.potensi
                ? t('timPenilai.talenta', { kotak: tl.kotak, kinerja: TINGKAT_TALENTA_LABEL[tl.kinerja], potensi: TINGKAT_TALENTA_LABEL[tl.potensi], kelompok: KELOMPOK_TALENTA_LABEL[tl.kelompok] })
                : t('timPenilai.talentaBelum')}
            </Alert>
          ) : null}
          <Select
            label={t('timPenilai.jenis')}
            data={JENIS_REKOMENDASI.map((j) => ({ value: j, label: t(`timPenilai.jenisLabel.${j}`) }))}
            value={jenis}
            onChange={(v) => setJenis(isOneOf(JENIS_REKOMENDASI, v) ? v : jenis)}
            allowDeselect={false}
            error={fieldError(m.error, 'jenis')}
          />
          <Textarea label={t('timPenilai.catatan')} value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)} autosize minRows={3} maxLength={2000} error={fieldError(m.error, 'catatan')} />
          <ErrorAlert error={m.error} hideWhenFieldsOnly />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={m.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Final results per perangkat daerah, with the team's recommendations per pegawai. */
export function TimHasilPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const [periodeId, setPeriodeId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [predikat, setPredikat] = useState<Predikat | null>(null);
  const [rekom, setRekom] = useState<HasilItem | null>(null);
  const q = useQuery(hasilQuery(id, { periodeId: periodeId ?? undefined, unitId: unitId ?? undefined, predikat: predikat ?? undefined }));
  const h = q.data;
  return (
    <>
      <PageHeader
        title={h ? h.tim.nama : t('timPenilai.hasil')}
        description={t('timPenilai.hasilKeterangan')}
        actions={
          <AnchorLink to="/tim-penilai" size="sm">
            {t('common.back')}
          </AnchorLink>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
        <Select
          label={t('timPenilai.periode')}
          data={(h?.periodeTersedia ?? []).map((p) => ({ value: p.id, label: p.label }))}
          value={periodeId ?? h?.periode?.id ?? null}
          onChange={setPeriodeId}
          allowDeselect={false}
        />
        <Select
          label={t('timPenilai.perangkatDaerah')}
          placeholder={t('common.all')}
          data={(h?.perangkatDaerah ?? []).map((p) => ({ value: p.id, label: `${p.nama} (${p.jumlah})` }))}
          value={unitId}
          onChange={setUnitId}
          searchable
          clearable
        />
        <Select
          label={t('timPenilai.predikat')}
          placeholder={t('common.all')}
          data={PREDIKATS.map((p) => ({ value: p, label: PREDIKAT_LABEL[p] }))}
          value={predikat}
          onChange={(v) => setPredikat(isOneOf(PREDIKATS, v) ? v : null)}
          clearable
        />
      </SimpleGrid>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : h ? (
        <Stack gap="sm">
          {!h.periode ? <Alert color="gray">{t('timPenilai.belumAdaPeriode')}</Alert> : null}
          {h.terpotong ? <Alert color="yellow">{t('timPenilai.terpotong')}</Alert> : null}
          <DataTable
            minWidth={860}
            testId="tim-hasil"
            columns={[t('timPenilai.pegawai'), t('timPenilai.perangkatDaerah'), t('timPenilai.ratingHasilKerja'), t('timPenilai.ratingPerilaku'), t('timPenilai.predikat'), t('timPenilai.rekomendasi')]}
            items={h.items}
            renderRow={(it) => (
              <Table.Tr key={it.evaluasiId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {it.pegawai.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(it.pegawai.nip)} · {it.pegawai.jabatan ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{it.perangkatDaerah?.nama ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {it.unit.nama}
                  </Text>
                </Table.Td>
                <Table.Td>{labelRating(it.ratingHasilKerja)}</Table.Td>
                <Table.Td>{labelRating(it.ratingPerilaku)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{labelPredikat(it.predikat)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {it.rekomendasi.map((r) => (
                      <Text key={r.id} size="xs">
                        <b>{r.jenisLabel}</b>: {r.catatan}
                        {r.oleh ? ` — ${r.oleh.nama}` : ''}
                      </Text>
                    ))}
                    {h.can.rekomendasi && h.periode ? (
                      <Button size="compact-xs" variant="light" onClick={() => setRekom(it)}>
                        {t('timPenilai.tambahRekomendasi')}
                      </Button>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
          />
        </Stack>
      ) : null}
      {rekom && h?.periode ? <RekomendasiModal timId={id} periodeId={h.periode.id} item={rekom} onClose={() => setRekom(null)} /> : null}
    </>
  );
}
