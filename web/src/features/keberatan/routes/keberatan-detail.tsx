import { Alert, Anchor, Badge, Button, FileButton, Grid, Group, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { PREDIKAT_LABEL, RATINGS, RATING_LABEL, predikatKinerja, type Rating } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { formatWaktu } from '@/lib/format';
import { keberatanQuery, useKlarifikasi, usePutuskan, useUnggahLampiran, type Keberatan, type KeberatanHasil } from '../api/keberatan';

const route = getRouteApi('/app/keberatan/$id');
const rl = (r: string | null) => (r && r in RATING_LABEL ? RATING_LABEL[r as Rating] : (r ?? '—'));

function Klarifikasi({ k }: { k: Keberatan }) {
  const { t } = useTranslation();
  const kirim = useKlarifikasi(k.id);
  const [pesan, setPesan] = useState('');
  const [kepada, setKepada] = useState<string | null>(null);
  return (
    <Paper withBorder p="sm" data-testid="keberatan-klarifikasi">
      <Title order={2} fz="md" mb="xs">
        {t('keberatan.klarifikasi')}
      </Title>
      <Stack gap="xs">
        {k.klarifikasi.length === 0 ? <Text size="sm" c="dimmed">{t('keberatan.klarifikasiKosong')}</Text> : null}
        {k.klarifikasi.map((c) => (
          <Paper key={c.id} p="xs" bg={c.dari === 'ATASAN' ? 'gray.0' : undefined} withBorder data-testid="klarifikasi-item">
            <Text size="xs" c="dimmed">
              {c.oleh.nama} ({t(`keberatan.dari.${c.dari}`)}){c.kepada ? ` → ${t(`keberatan.dari.${c.kepada}`)}` : ''} · {formatWaktu(c.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.pesan}
            </Text>
          </Paper>
        ))}
        {k.can.mintaKlarifikasi || k.can.beriKlarifikasi ? (
          <>
            {k.can.mintaKlarifikasi ? (
              <Select
                label={t('keberatan.kepada')}
                placeholder={t('keberatan.keduaPihak')}
                clearable
                data={[
                  { value: 'PEGAWAI', label: t('keberatan.dari.PEGAWAI') },
                  { value: 'PENILAI', label: t('keberatan.dari.PENILAI') },
                ]}
                value={kepada}
                onChange={setKepada}
              />
            ) : null}
            <Textarea
              label={k.can.mintaKlarifikasi ? t('keberatan.mintaKlarifikasi') : t('keberatan.beriKlarifikasi')}
              autosize
              minRows={2}
              value={pesan}
              onChange={(v) => setPesan(v.currentTarget.value)}
              error={fieldError(kirim.error, 'pesan')}
              data-testid="klarifikasi-pesan"
            />
            <ErrorAlert error={kirim.error} hideWhenFieldsOnly />
            <Group justify="flex-end">
              <Button
                size="sm"
                loading={kirim.isPending}
                disabled={!pesan.trim()}
                onClick={() =>
                  kirim.mutate(
                    { pesan, ...(k.can.mintaKlarifikasi && kepada ? { kepada: kepada as 'PEGAWAI' | 'PENILAI' } : {}) },
                    { onSuccess: () => setPesan('') },
                  )
                }
                data-testid="klarifikasi-kirim"
              >
                {t('keberatan.kirim')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Putuskan({ k }: { k: Keberatan }) {
  const { t } = useTranslation();
  const putuskan = usePutuskan(k.id);
  const [hasil, setHasil] = useState<KeberatanHasil>('DIPERTAHANKAN');
  const [alasan, setAlasan] = useState('');
  const [hk, setHk] = useState<Rating | null>(k.evaluasi.ratingHasilKerja);
  const [rp, setRp] = useState<Rating | null>(k.evaluasi.ratingPerilaku);
  const preview = hasil === 'DIUBAH' && hk && rp ? predikatKinerja(hk, rp) : null;
  const err = putuskan.error;
  return (
    <Paper withBorder p="sm" data-testid="keberatan-putuskan">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('keberatan.putuskan')}
        </Title>
        <Radio.Group value={hasil} onChange={(v) => setHasil(v as KeberatanHasil)}>
          <Group gap="md">
            <Radio value="DIPERTAHANKAN" label={t('keberatan.hasil.DIPERTAHANKAN')} data-testid="putuskan-dipertahankan" />
            <Radio value="DIUBAH" label={t('keberatan.hasil.DIUBAH')} data-testid="putuskan-diubah" />
          </Group>
        </Radio.Group>
        {hasil === 'DIUBAH' ? (
          <Group grow wrap="wrap">
            <Select label={t('keberatan.ratingHasilKerja')} data={RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] }))} value={hk} onChange={(v) => setHk(v as Rating | null)} error={fieldError(err, 'ratingHasilKerja')} />
            <Select label={t('keberatan.ratingPerilaku')} data={RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] }))} value={rp} onChange={(v) => setRp(v as Rating | null)} error={fieldError(err, 'ratingPerilaku')} />
          </Group>
        ) : null}
        {preview ? (
          <Text size="sm">
            {t('keberatan.predikatBaru')}: <b>{PREDIKAT_LABEL[preview]}</b>
          </Text>
        ) : null}
        <Textarea label={t('keberatan.alasanKeputusan')} autosize minRows={3} value={alasan} onChange={(v) => setAlasan(v.currentTarget.value)} error={fieldError(err, 'alasanKeputusan')} data-testid="putuskan-alasan" />
        <Text size="xs" c="dimmed">
          {t('keberatan.final')}
        </Text>
        <ErrorAlert error={err} hideWhenFieldsOnly />
        <Group justify="flex-end">
          <Button
            loading={putuskan.isPending}
            disabled={!alasan.trim()}
            onClick={() =>
              putuskan.mutate({
                hasil,
                alasanKeputusan: alasan,
                ...(hasil === 'DIUBAH' && hk ? { ratingHasilKerja: hk } : {}),
                ...(hasil === 'DIUBAH' && rp ? { ratingPerilaku: rp } : {}),
              })
            }
            data-testid="putuskan-kirim"
          >
            {t('keberatan.putuskan')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Detail({ k }: { k: Keberatan }) {
  const { t } = useTranslation();
  const unggah = useUnggahLampiran(k.id);
  const ev = k.evaluasi;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          <Paper withBorder p="sm" data-testid="keberatan-sisi-pegawai">
            <Title order={2} fz="md" mb={4}>
              {t('keberatan.sisiPegawai', { nama: k.pegawai.nama })}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="keberatan-alasan-view">
              {k.alasan}
            </Text>
            <Group gap="xs" mt="xs" wrap="wrap">
              {k.lampiran.map((l) => (
                <Anchor key={l.id} href={l.url} target="_blank" rel="noopener" size="sm">
                  {l.nama}
                </Anchor>
              ))}
              {k.can.unggahLampiran ? (
                <FileButton onChange={(f) => f && unggah.mutate(f)}>
                  {(props) => (
                    <Button {...props} size="compact-sm" variant="default" loading={unggah.isPending}>
                      {t('keberatan.tambahLampiran')}
                    </Button>
                  )}
                </FileButton>
              ) : null}
            </Group>
            <ErrorAlert error={unggah.error} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('keberatan.diajukanAt', { at: formatWaktu(k.diajukanAt) })}
            </Text>
          </Paper>
          <Paper withBorder p="sm" data-testid="keberatan-sisi-penilai">
            <Title order={2} fz="md" mb={4}>
              {t('keberatan.sisiPenilai', { nama: k.pejabatPenilai?.nama ?? '—' })}
            </Title>
            <Text size="sm">
              {t('keberatan.hasilSaatIni', { hk: rl(ev.ratingHasilKerja), rp: rl(ev.ratingPerilaku), predikat: ev.predikat ? PREDIKAT_LABEL[ev.predikat] : '—' })}
            </Text>
            {ev.umpanBalikHasilKerja ? <Text size="sm">{ev.umpanBalikHasilKerja}</Text> : null}
            {ev.umpanBalikPerilaku ? <Text size="sm">{ev.umpanBalikPerilaku}</Text> : null}
            {ev.riwayat.length > 0 ? (
              <Stack gap={2} mt="xs">
                <Text size="xs" fw={600}>
                  {t('keberatan.riwayat')}
                </Text>
                {ev.riwayat.map((r, n) => (
                  <Text key={n} size="xs" c="dimmed">
                    {formatWaktu(r.at)}: {rl(r.ratingHasilKerja)} / {rl(r.ratingPerilaku)} → {r.predikat ? (PREDIKAT_LABEL[r.predikat as keyof typeof PREDIKAT_LABEL] ?? r.predikat) : '—'} ({r.alasan})
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md">
          {k.status === 'DIPUTUS' ? (
            <Alert color="teal" title={k.hasilLabel ?? ''} data-testid="keberatan-keputusan">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {k.alasanKeputusan}
              </Text>
              <Text size="xs" c="dimmed">
                {k.diputuskanOleh?.nama ?? '—'} · {formatWaktu(k.diputuskanAt)}
              </Text>
            </Alert>
          ) : null}
          <Klarifikasi k={k} />
          {k.can.putuskan ? <Putuskan k={k} /> : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function KeberatanDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: k, error, isPending } = useQuery(keberatanQuery(id));
  return (
    <>
      <PageHeader
        title={t('keberatan.detailTitle')}
        description={k ? `${k.pegawai.nama} · ${k.evaluasi.periode.label}` : undefined}
        actions={k ? <Badge variant="light">{k.statusLabel}</Badge> : null}
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <Detail k={k} />}
    </>
  );
}
