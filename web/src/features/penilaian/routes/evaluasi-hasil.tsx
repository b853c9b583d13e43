import { ActionIcon, Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { BERAKHLAK, isEvaluasiFinal } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '@/components/definition-list';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { formatNip, formatTanggal, formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { evaluasiQuery, pdfUrl, useDiskusi, useTerima, type Evaluasi } from '../api/penilaian';
import { PredikatBadge, StatusEvaluasiBadge, capaianLabel, ratingLabel } from '../components/labels';

const route = getRouteApi('/app/penilaian/evaluasi/$id');

function DiskusiForm({ e }: { e: Evaluasi }) {
  const { t } = useTranslation();
  const simpan = useDiskusi(e.id);
  const [baik, setBaik] = useState(e.diskusi?.baik ?? '');
  const [perbaikan, setPerbaikan] = useState(e.diskusi?.perbaikan ?? '');
  const [rencana, setRencana] = useState<string[]>(e.diskusi?.rencanaPengembangan.length ? e.diskusi.rencanaPengembangan : ['']);
  const err = simpan.error;
  return (
    <Stack gap="xs" data-testid="diskusi-form">
      <Textarea label={t('penilaian.diskusi.baik')} autosize minRows={2} value={baik} onChange={(v) => setBaik(v.currentTarget.value)} error={fieldError(err, 'baik')} data-testid="diskusi-baik" />
      <Textarea label={t('penilaian.diskusi.perbaikan')} autosize minRows={2} value={perbaikan} onChange={(v) => setPerbaikan(v.currentTarget.value)} error={fieldError(err, 'perbaikan')} data-testid="diskusi-perbaikan" />
      <Text size="sm" fw={500}>
        {t('penilaian.diskusi.rencana')}
      </Text>
      {rencana.map((r, n) => (
        <Group key={n} gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${t('penilaian.diskusi.rencana')} ${n + 1}`}
            value={r}
            onChange={(v) => {
              const val = v.currentTarget.value;
              setRencana((s) => s.map((x, i) => (i === n ? val : x)));
            }}
            error={fieldError(err, `rencanaPengembangan.${n}`)}
            data-testid="diskusi-rencana"
          />
          <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => setRencana((s) => s.filter((_, i) => i !== n))} disabled={rencana.length <= 1}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="subtle" size="compact-sm" onClick={() => setRencana((s) => [...s, ''])} disabled={rencana.length >= 20}>
          + {t('penilaian.diskusi.tambahRencana')}
        </Button>
        <Button
          onClick={() => simpan.mutate({ baik, perbaikan, rencanaPengembangan: rencana.map((r) => r.trim()).filter(Boolean) })}
          loading={simpan.isPending}
          data-testid="diskusi-simpan"
        >
          {t('common.save')}
        </Button>
      </Group>
      <ErrorAlert error={err} hideWhenFieldsOnly />
      {simpan.isSuccess ? (
        <Text size="sm" c="teal" role="status">
          {t('common.saved')}
        </Text>
      ) : null}
    </Stack>
  );
}

function DiskusiView({ e }: { e: Evaluasi }) {
  const { t } = useTranslation();
  const d = e.diskusi;
  if (!d) return <Text c="dimmed" size="sm">{t('penilaian.diskusi.belum')}</Text>;
  return (
    <Stack gap={4} data-testid="diskusi-view">
      <Text size="sm"><b>{t('penilaian.diskusi.baik')}:</b> {d.baik}</Text>
      <Text size="sm"><b>{t('penilaian.diskusi.perbaikan')}:</b> {d.perbaikan}</Text>
      <Text size="sm" fw={700}>{t('penilaian.diskusi.rencana')}:</Text>
      <ol style={{ margin: 0 }}>
        {d.rencanaPengembangan.map((r, n) => (
          <li key={n}><Text size="sm">{r}</Text></li>
        ))}
      </ol>
      <Text size="xs" c="dimmed">
        {t('penilaian.diskusi.dicatat', { oleh: d.dicatatOleh?.nama ?? '—', at: formatWaktu(d.dicatatAt) })}
      </Text>
    </Stack>
  );
}

function Hasil({ e }: { e: Evaluasi }) {
  const { t } = useTranslation();
  const terima = useTerima(e.id);
  const [ubahDiskusi, setUbahDiskusi] = useState(false);
  const final = isEvaluasiFinal(e.status);
  const zona = useQuery(meQueryOptions).data?.instansi.zonaWaktu ?? 'WIB';
  return (
    <Stack gap="md">
      {!final ? (
        <Alert color="gray" variant="light" data-testid="hasil-belum-final">
          {t('penilaian.hasil.belumFinal')}
        </Alert>
      ) : null}
      <Paper withBorder p="md" data-testid="hasil-ringkasan">
        <Group justify="space-between" wrap="wrap" gap="sm" align="flex-start">
          <DefinitionList
            items={[
              { label: t('penilaian.pegawai'), value: `${e.pegawai.nama} (${formatNip(e.pegawai.nip)})` },
              { label: t('penilaian.hasil.penilai'), value: e.pejabatPenilai?.nama ?? '—' },
              { label: t('penilaian.hasil.unit'), value: `${e.unit.nama} — ${t('penilaian.kurva.capaian')}: ${capaianLabel(e.capaianOrganisasi)}` },
              { label: t('penilaian.hasilKerja'), value: ratingLabel(e.ratingHasilKerja) },
              { label: t('penilaian.perilaku'), value: ratingLabel(e.ratingPerilaku) },
              { label: t('penilaian.hasil.finalAt'), value: formatWaktu(e.finalAt, zona) },
              { label: t('penilaian.hasil.disampaikanAt'), value: formatWaktu(e.disampaikanAt, zona), testId: 'hasil-disampaikan' },
            ]}
          />
          <Stack gap={4} align="center">
            <Text size="sm" c="dimmed">{t('penilaian.predikat')}</Text>
            <PredikatBadge predikat={e.predikat} size="xl" testId="hasil-predikat" />
          </Stack>
        </Group>
      </Paper>

      {e.can.terima ? (
        <Alert color="blue" variant="light" title={t('penilaian.hasil.terimaTitle')} data-testid="hasil-terima-box">
          <Text size="sm" mb="xs">{t('penilaian.hasil.terimaBody')}</Text>
          <Button onClick={() => terima.mutate()} loading={terima.isPending} data-testid="hasil-terima">
            {t('penilaian.hasil.terima')}
          </Button>
          <ErrorAlert error={terima.error} />
        </Alert>
      ) : e.diterimaAt ? (
        <Text size="sm" c="dimmed" data-testid="hasil-diterima">
          {t('penilaian.hasil.diterimaAt', { at: formatWaktu(e.diterimaAt, zona) })}
        </Text>
      ) : null}

      {e.can.unduhPdf || e.can.ajukanKeberatan || e.keberatanSampai ? (
        <Group gap="xs" wrap="wrap">
          {e.can.unduhPdf ? (
            <>
              <Button component="a" href={pdfUrl.evaluasi(e.id)} target="_blank" rel="noopener" variant="default" data-testid="hasil-pdf">
                {t('penilaian.hasil.pdfEvaluasi')}
              </Button>
              {e.periode.jenis === 'TAHUNAN' ? (
                <Button component="a" href={pdfUrl.dokumen(e.id)} target="_blank" rel="noopener" variant="default" data-testid="hasil-dokumen-pdf">
                  {t('penilaian.hasil.pdfDokumen')}
                </Button>
              ) : null}
            </>
          ) : null}
          {e.can.ajukanKeberatan ? (
            <ButtonLink to="/keberatan/baru" search={{ evaluasiId: e.id }} color="orange" data-testid="hasil-keberatan">
              {t('penilaian.hasil.keberatan')}
            </ButtonLink>
          ) : null}
          {e.keberatanSampai ? (
            <Text size="sm" c={e.keberatanTerbuka ? 'dimmed' : 'red.8'} data-testid="hasil-keberatan-sampai" data-terbuka={e.keberatanTerbuka}>
              {e.keberatanTerbuka
                ? t('penilaian.hasil.keberatanSampai', { tanggal: formatTanggal(e.keberatanSampai) })
                : t('penilaian.hasil.keberatanLewat', { tanggal: formatTanggal(e.keberatanSampai) })}
            </Text>
          ) : null}
        </Group>
      ) : null}
      {e.status === 'KEBERATAN' || e.status === 'DIPUTUS' ? (
        <AnchorLink to="/keberatan" size="sm">{t('penilaian.hasil.lihatKeberatan')}</AnchorLink>
      ) : null}

      <Paper withBorder p="md" data-testid="hasil-umpan-balik">
        <Stack gap="sm">
          <Title order={2} fz="lg">{t('penilaian.hasil.umpanBalik')}</Title>
          {e.rhk.map((r) => (
            <div key={r.id}>
              <Text size="sm" fw={600}>{r.uraian}</Text>
              <Text size="sm">{ratingLabel(r.rating)}{r.umpanBalik ? ` — ${r.umpanBalik}` : ''}</Text>
            </div>
          ))}
          {e.umpanBalikHasilKerja ? <Text size="sm"><b>{t('penilaian.hasilKerja')}:</b> {e.umpanBalikHasilKerja}</Text> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {e.perilaku.filter((p) => p.umpanBalik).map((p) => (
              <div key={p.kode}>
                <Text size="sm" fw={600}>{BERAKHLAK.find((b) => b.kode === p.kode)?.nama ?? p.label}</Text>
                <Text size="sm">{p.umpanBalik}</Text>
              </div>
            ))}
          </SimpleGrid>
          {e.umpanBalikPerilaku ? <Text size="sm"><b>{t('penilaian.perilaku')}:</b> {e.umpanBalikPerilaku}</Text> : null}
        </Stack>
      </Paper>

      {final ? (
        <Paper withBorder p="md" data-testid="hasil-diskusi">
          <Group justify="space-between" mb="xs">
            <Title order={2} fz="lg">{t('penilaian.diskusi.title')}</Title>
            {e.can.diskusi && e.diskusi && !ubahDiskusi ? (
              <Anchor component="button" type="button" size="sm" onClick={() => setUbahDiskusi(true)}>{t('common.edit')}</Anchor>
            ) : null}
          </Group>
          {e.can.diskusi && (!e.diskusi || ubahDiskusi) ? <DiskusiForm e={e} /> : <DiskusiView e={e} />}
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The pegawai's result: ratings, predikat, every feedback, acknowledgement, discussion, documents, objection. */
export function EvaluasiHasilPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: e, error, isPending } = useQuery(evaluasiQuery(id));
  return (
    <>
      <PageHeader
        title={t('penilaian.hasil.title')}
        description={e ? e.periode.label : undefined}
        actions={
          e ? (
            <>
              <StatusEvaluasiBadge status={e.status} />
              {e.can.nilai ? (
                <ButtonLink to="/penilaian/evaluasi/$id/nilai" params={{ id: e.id }} size="sm">{t('penilaian.nilai.title')}</ButtonLink>
              ) : null}
            </>
          ) : null
        }
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <Hasil e={e} />}
    </>
  );
}
