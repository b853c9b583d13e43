import { Alert, Badge, Box, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { BERAKHLAK, predikatKinerja, RATING_LABEL, type BerakhlakKode, type Rating } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { useLiveInvalidate } from '@/lib/live';
import { evaluasiQuery, kurvaQuery, penilaianKeys, useSimpanEvaluasi, type Evaluasi } from '../api/penilaian';
import { KurvaPanel } from '../components/kurva-panel';
import { PredikatBadge, StatusEvaluasiBadge, capaianLabel, ratingLabel } from '../components/labels';
import { RatingInput } from '../components/rating-input';
import { RhkView, UmpanBalikBerkalaList } from '../components/rhk-view';
import { RingkasanTahunanPanel } from '../components/ringkasan-tahunan';
import { TimList } from '../components/tim-list';

const route = getRouteApi('/app/penilaian/evaluasi/$id/nilai');

function KurvaLive({ e }: { e: Evaluasi }) {
  const { t } = useTranslation();
  const { data, error, isFetching } = useQuery(kurvaQuery(e.unit.id, e.periode.id));
  // Other raters of the unit: their saves move the curve too.
  useLiveInvalidate('penilaian', penilaianKeys.kurva(e.unit.id, e.periode.id), { filter: (d) => d.unitId === e.unit.id && d.periodeId === e.periode.id });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  return (
    <Stack gap={4}>
      <KurvaPanel kurva={data} unitNama={e.unit.nama} memuat={isFetching} compact />
      <Text size="xs" c="dimmed">
        {t('penilaian.kurva.live')}
      </Text>
    </Stack>
  );
}

function NilaiForm({ e }: { e: Evaluasi }) {
  const { t } = useTranslation();
  const simpan = useSimpanEvaluasi(e.id);
  const [rhk, setRhk] = useState<Record<string, { rating: Rating | null; umpanBalik: string }>>(() =>
    Object.fromEntries(e.rhk.map((r) => [r.id, { rating: r.rating, umpanBalik: r.umpanBalik ?? '' }])),
  );
  const [hk, setHk] = useState<Rating | null>(e.ratingHasilKerja);
  const [ubHk, setUbHk] = useState(e.umpanBalikHasilKerja ?? '');
  const [perilaku, setPerilaku] = useState<Record<string, string>>(() => Object.fromEntries(e.perilaku.map((p) => [p.kode, p.umpanBalik ?? ''])));
  const [rp, setRp] = useState<Rating | null>(e.ratingPerilaku);
  const [ubRp, setUbRp] = useState(e.umpanBalikPerilaku ?? '');
  const [tersimpan, setTersimpan] = useState(false);

  const bisa = e.can.nilai;
  // A unit head's rating hasil kerja follows the unit's result (the server's suggestion), read-only.
  const hasilKerja = e.kepalaUnit ? e.saranRatingHasilKerja : hk;
  const preview = hasilKerja && rp ? predikatKinerja(hasilKerja, rp) : null;
  const berubah = preview !== e.predikat || e.status === 'DRAFT';
  const err = simpan.error;

  const submit = () => {
    setTersimpan(false);
    simpan.mutate(
      {
        rowVersion: e.rowVersion,
        rhk: e.rhk.filter((r) => rhk[r.id]?.rating).map((r) => ({ rhkId: r.id, rating: rhk[r.id]!.rating!, umpanBalik: rhk[r.id]!.umpanBalik.trim() || null })),
        ratingHasilKerja: e.kepalaUnit ? null : hk,
        umpanBalikHasilKerja: ubHk.trim() || null,
        perilaku: e.perilaku
          .filter((p) => (perilaku[p.kode] ?? '').trim())
          .map((p) => ({ kode: p.kode, umpanBalik: (perilaku[p.kode] ?? '').trim() })),
        ratingPerilaku: rp ?? 'SESUAI_EKSPEKTASI',
        umpanBalikPerilaku: ubRp.trim() || null,
      },
      { onSuccess: () => setTersimpan(true) },
    );
  };

  return (
    <Stack gap="md">
      {e.rhk.map((r, n) => (
        <Paper key={r.id} withBorder p="sm" data-testid="nilai-rhk" data-rhk-id={r.id}>
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={r.jenis === 'UTAMA' ? 'blue' : 'gray'} style={{ flexShrink: 0 }}>
                {r.jenis}
              </Badge>
              <Text fw={600} size="sm">
                {r.uraian}
              </Text>
            </Group>
            <RhkView rhk={r} />
            <RatingInput
              label={t('penilaian.nilai.ratingRhk')}
              value={rhk[r.id]?.rating ?? null}
              onChange={(v) => setRhk((s) => ({ ...s, [r.id]: { rating: v, umpanBalik: s[r.id]?.umpanBalik ?? '' } }))}
              disabled={!bisa}
              testId={`nilai-rhk-rating-${n}`}
              error={fieldError(err, `rhk.${n}.rating`)}
            />
            <Textarea
              label={t('penilaian.nilai.umpanBalikRhk')}
              autosize
              minRows={1}
              value={rhk[r.id]?.umpanBalik ?? ''}
              onChange={(ev) => {
                const v = ev.currentTarget.value;
                setRhk((s) => ({ ...s, [r.id]: { rating: s[r.id]?.rating ?? null, umpanBalik: v } }));
              }}
              disabled={!bisa}
              data-testid={`nilai-rhk-umpan-balik-${n}`}
            />
          </Stack>
        </Paper>
      ))}
      {fieldError(err, 'rhk') ? (
        <Text c="red" size="sm">
          {fieldError(err, 'rhk')}
        </Text>
      ) : null}

      <Paper withBorder p="sm" data-testid="nilai-hasil-kerja">
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('penilaian.nilai.hasilKerja')}
          </Title>
          {e.kepalaUnit ? (
            <Alert color="blue" variant="light" data-testid="nilai-hk-kepala-unit">
              {t('penilaian.nilai.kepalaUnit', { capaian: capaianLabel(e.capaianOrganisasi), rating: ratingLabel(e.saranRatingHasilKerja) })}
            </Alert>
          ) : (
            <>
              {e.saranRatingHasilKerja ? (
                <Alert color="gray" variant="light" p="xs" data-testid="nilai-saran">
                  <Text size="sm">
                    {t('penilaian.nilai.saran')}: <b>{RATING_LABEL[e.saranRatingHasilKerja]}</b>
                  </Text>
                  {e.saranAlasan ? (
                    <Text size="xs" c="dimmed">
                      {e.saranAlasan}
                    </Text>
                  ) : null}
                </Alert>
              ) : null}
              <RatingInput label={t('penilaian.nilai.ratingHasilKerja')} value={hk} onChange={setHk} disabled={!bisa} testId="nilai-hk" error={fieldError(err, 'ratingHasilKerja')} />
            </>
          )}
          <Textarea label={t('penilaian.nilai.umpanBalik')} autosize minRows={2} value={ubHk} onChange={(ev) => setUbHk(ev.currentTarget.value)} disabled={!bisa} data-testid="nilai-hk-umpan-balik" />
        </Stack>
      </Paper>

      <Paper withBorder p="sm" data-testid="nilai-perilaku">
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('penilaian.nilai.perilaku')}
          </Title>
          {e.perilaku.map((p, n) => {
            const nilai = BERAKHLAK.find((b) => b.kode === p.kode);
            return (
              <Stack key={p.kode} gap={4}>
                <Textarea
                  label={nilai?.nama ?? p.label}
                  description={p.ekspektasi ? `${t('penilaian.nilai.ekspektasi')}: ${p.ekspektasi}` : nilai?.indikator.join('; ')}
                  autosize
                  minRows={1}
                  value={perilaku[p.kode] ?? ''}
                  onChange={(ev) => {
                    const v = ev.currentTarget.value;
                    setPerilaku((s) => ({ ...s, [p.kode as BerakhlakKode]: v }));
                  }}
                  disabled={!bisa}
                  error={fieldError(err, `perilaku.${n}.umpanBalik`)}
                  data-testid={`nilai-perilaku-${p.kode}`}
                />
                <UmpanBalikBerkalaList items={p.umpanBalikBerkala} />
              </Stack>
            );
          })}
          {e.umpanBalik360.rataRata ? (
            <Text size="xs" c="dimmed" data-testid="nilai-360">
              {t('penilaian.nilai.umpanBalik360', { n: e.umpanBalik360.jumlahResponden })}{' '}
              {Object.entries(e.umpanBalik360.rataRata)
                .map(([k, v]) => `${BERAKHLAK.find((b) => b.kode === k)?.nama ?? k} ${v.toLocaleString('id-ID', { maximumFractionDigits: 1 })}`)
                .join(' · ')}
            </Text>
          ) : null}
          <RatingInput label={t('penilaian.nilai.ratingPerilaku')} value={rp} onChange={setRp} disabled={!bisa} testId="nilai-rp" error={fieldError(err, 'ratingPerilaku')} />
          <Textarea label={t('penilaian.nilai.umpanBalik')} autosize minRows={2} value={ubRp} onChange={(ev) => setUbRp(ev.currentTarget.value)} disabled={!bisa} data-testid="nilai-rp-umpan-balik" />
        </Stack>
      </Paper>

      <Paper withBorder p="sm" data-testid="nilai-predikat">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="sm" fw={600}>
              {t('penilaian.nilai.predikat')}
            </Text>
            <Text size="xs" c="dimmed">
              {berubah && preview ? t('penilaian.nilai.predikatPratinjau') : t('penilaian.nilai.predikatServer')}
            </Text>
          </div>
          <PredikatBadge predikat={preview ?? e.predikat} size="xl" testId="nilai-predikat-badge" />
        </Group>
      </Paper>

      <ErrorAlert error={err} hideWhenFieldsOnly />
      {tersimpan && !simpan.isPending ? (
        <Alert color="teal" variant="light" role="status" data-testid="nilai-tersimpan">
          {t('penilaian.nilai.tersimpan')}
        </Alert>
      ) : null}
      {bisa ? (
        <Group justify="flex-end">
          <Button onClick={submit} loading={simpan.isPending} disabled={!rp || (!e.kepalaUnit && !hk)} data-testid="nilai-simpan">
            {t('penilaian.nilai.simpan')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed" data-testid="nilai-tidak-bisa">
          {t('penilaian.nilai.tidakBisa')}
        </Text>
      )}
    </Stack>
  );
}

/** The rating screen: one subordinate, with the team list and the unit's curve beside it. */
export function EvaluasiNilaiPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: e, error, isPending } = useQuery(evaluasiQuery(id));
  return (
    <>
      <PageHeader
        title={t('penilaian.nilai.title')}
        description={e ? `${e.pegawai.nama} · NIP ${formatNip(e.pegawai.nip)} · ${e.periode.label}` : undefined}
        actions={
          e ? (
            <>
              <StatusEvaluasiBadge status={e.status} />
              <AnchorLink to="/penilaian/evaluasi/$id" params={{ id: e.id }} size="sm">
                {t('penilaian.nilai.lihatHasil')}
              </AnchorLink>
            </>
          ) : null
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 3 }} order={{ base: 3, md: 1 }}>
            <TimList periodeId={e.periode.id} aktifId={e.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 1, md: 2 }}>
            <Paper withBorder p="sm" mb="md" data-testid="nilai-pegawai">
              <Text fw={600}>{e.pegawai.nama}</Text>
              <Text size="sm" c="dimmed">
                {e.pegawai.jabatan} · {e.unit.nama}
              </Text>
            </Paper>
            {e.tahunan ? (
              <Box mb="md">
                <RingkasanTahunanPanel tahunan={e.tahunan} />
              </Box>
            ) : null}
            <NilaiForm key={e.id} e={e} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }} order={{ base: 2, md: 3 }}>
            <div style={{ position: 'sticky', top: 72 }}>
              <KurvaLive e={e} />
            </div>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
