/**
 * The public feedback form at /l/$kode, opened from the QR poster at a service point.
 * No login, outside the app shell, phone-first, one minute: four 1–5 ratings, an optional
 * comment and an optional officer. Only this file, ../api/publik and the domain labels go into
 * its chunk (no staff API, no tables, no charts).
 */
import { Alert, Box, Button, Container, Group, Loader, NativeSelect, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { ASPEK_LAYANAN, ASPEK_LAYANAN_INFO, SKALA_LAYANAN, type AspekLayanan } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { formPublikKey, getFormPublik, kirimJawabanPublik, type FormPublik } from '../api/publik';

const route = getRouteApi('/l/$kode');

type Skor = Partial<Record<AspekLayanan, number>>;

const tunggu = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The API's challenge errors: the page must be reloaded for a new token. */
function perluMuatUlang(e: unknown): boolean {
  return isApiError(e) && (e.error === 'tantangan_kedaluwarsa' || e.error === 'tantangan_tidak_valid' || (e.status === 400 && 'tantangan' in e.fields));
}

function cobaLagiDetik(e: unknown): number | null {
  if (!isApiError(e) || e.status !== 429 || e.error !== 'terlalu_banyak') return null;
  const d = e.details?.['cobaLagiDetik'];
  return typeof d === 'number' && d > 0 ? d : null;
}

function Penilaian({ aspek, value, onChange, error }: { aspek: AspekLayanan; value: number | undefined; onChange: (v: number) => void; error?: string | undefined }) {
  const info = ASPEK_LAYANAN_INFO[aspek];
  const terpilih = SKALA_LAYANAN.find((s) => s.nilai === value);
  return (
    <Radio.Group
      value={value ? String(value) : null}
      onChange={(v) => onChange(Number(v))}
      label={info.label}
      description={info.pertanyaan}
      error={error}
      data-testid={`publik-aspek-${aspek}`}
      styles={{ label: { fontWeight: 700 } }}
    >
      <Group gap={6} wrap="nowrap" mt={6}>
        {SKALA_LAYANAN.map((s) => (
          <Radio.Card
            key={s.nilai}
            value={String(s.nilai)}
            aria-label={`${s.nilai} — ${s.label}`}
            radius="md"
            p={0}
            h={48}
            style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            bg={value === s.nilai ? 'blue.6' : undefined}
            c={value === s.nilai ? 'white' : undefined}
            data-testid={`publik-${aspek}-${s.nilai}`}
          >
            <Text fw={700} fz="lg" component="span">
              {s.nilai}
            </Text>
          </Radio.Card>
        ))}
      </Group>
      <Group justify="space-between" mt={4} gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {SKALA_LAYANAN[0]?.label}
        </Text>
        <Text size="xs" fw={600} c={terpilih ? 'blue.8' : 'dimmed'} aria-live="polite">
          {terpilih?.label ?? ''}
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          {SKALA_LAYANAN[SKALA_LAYANAN.length - 1]?.label}
        </Text>
      </Group>
    </Radio.Group>
  );
}

function Kepala({ form }: { form: FormPublik | undefined }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {form?.instansiNama ?? t('common.appName')}
      </Text>
      <Title order={1} fz="h3" data-testid="publik-titik-nama" style={{ overflowWrap: 'anywhere' }}>
        {form?.nama ?? t('layananPublik.publik.judul')}
      </Title>
      {form ? (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {form.unitNama}
        </Text>
      ) : null}
    </Box>
  );
}

export function FormPublikPage(): JSX.Element {
  const { t } = useTranslation();
  const { kode } = route.useParams();
  const query = useQuery({
    queryKey: formPublikKey(kode),
    queryFn: ({ signal }) => getFormPublik(kode, signal),
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
  const form = query.data;
  /** When the current challenge was received (the server refuses answers sent sooner than minimalDetik). */
  const dimuatAt = useRef(0);
  useEffect(() => {
    if (form) dimuatAt.current = Date.now();
  }, [form]);

  const [skor, setSkor] = useState<Skor>({});
  const [komentar, setKomentar] = useState('');
  const [pegawaiId, setPegawaiId] = useState('');
  const [kurang, setKurang] = useState(false);
  const [mengirim, setMengirim] = useState(false);
  const [menunggu, setMenunggu] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const [selesai, setSelesai] = useState(false);

  useEffect(() => {
    document.title = `${t('layananPublik.publik.judul')} — Capaian`;
  }, [t]);

  const maks = form?.komentarMaks ?? 500;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    if (!form || mengirim) return;
    if (ASPEK_LAYANAN.some((a) => !skor[a])) {
      setKurang(true);
      return;
    }
    setKurang(false);
    setGalat(null);
    setMengirim(true);
    const body = {
      kecepatan: skor.kecepatan ?? 0,
      keramahan: skor.keramahan ?? 0,
      kejelasan: skor.kejelasan ?? 0,
      keadilan: skor.keadilan ?? 0,
      komentar: komentar.trim() || null,
      pegawaiId: pegawaiId || null,
      tantangan: form.tantangan.token,
    };
    try {
      // Someone quicker than the challenge's minimum waits the rest here instead of being refused.
      const sisa = form.tantangan.minimalDetik * 1000 - (Date.now() - dimuatAt.current) + 250;
      if (sisa > 0) {
        setMenunggu(true);
        await tunggu(sisa);
      }
      try {
        await kirimJawabanPublik(kode, body);
      } catch (err) {
        // "Too soon" (or a short limit): wait as told and retry once, by itself.
        const detik = cobaLagiDetik(err);
        if (detik === null || detik > 30) throw err;
        setMenunggu(true);
        await tunggu(detik * 1000 + 250);
        await kirimJawabanPublik(kode, body);
      }
      setSelesai(true);
      window.scrollTo(0, 0);
    } catch (err) {
      setGalat(err);
    } finally {
      setMenunggu(false);
      setMengirim(false);
    }
  }

  async function muatUlang() {
    setGalat(null);
    await query.refetch();
  }

  const fieldErr = (f: string) => (isApiError(galat) ? galat.fields[f] : undefined);

  return (
    <Container size={480} px="sm" py="md">
      <Stack gap="md">
        <Kepala form={form} />
        {query.isPending ? (
          <Group justify="center" py="xl">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Group>
        ) : query.isError ? (
          <Alert color="red" role="alert" data-testid="publik-galat-muat">
            {isApiError(query.error) && query.error.status === 404 ? t('layananPublik.publik.tidakDitemukan') : query.error.message}
          </Alert>
        ) : selesai ? (
          <Alert color="green" variant="light" role="status" data-testid="publik-terima-kasih" title={t('layananPublik.publik.terimaKasihJudul')}>
            <Text size="sm">{t('layananPublik.publik.terimaKasih')}</Text>
          </Alert>
        ) : (
          <form onSubmit={(e) => void kirim(e)} noValidate data-testid="publik-form">
            <Stack gap="lg">
              <Text size="sm">{t('layananPublik.publik.ajakan')}</Text>
              {ASPEK_LAYANAN.map((a) => (
                <Penilaian
                  key={a}
                  aspek={a}
                  value={skor[a]}
                  onChange={(v) => setSkor((s) => ({ ...s, [a]: v }))}
                  error={(kurang && !skor[a] ? t('layananPublik.publik.wajibDipilih') : undefined) ?? fieldErr(a)}
                />
              ))}
              {form && form.petugas.length > 0 ? (
                <NativeSelect
                  label={t('layananPublik.publik.petugas')}
                  description={t('layananPublik.publik.petugasKeterangan')}
                  value={pegawaiId}
                  onChange={(e) => setPegawaiId(e.currentTarget.value)}
                  data={[{ value: '', label: t('layananPublik.publik.petugasTidakTahu') }, ...form.petugas.map((p) => ({ value: p.id, label: p.nama }))]}
                  error={fieldErr('pegawaiId')}
                  data-testid="publik-petugas"
                />
              ) : null}
              <Textarea
                label={t('layananPublik.publik.komentar')}
                description={t('layananPublik.publik.komentarKeterangan', { maks })}
                value={komentar}
                onChange={(e) => setKomentar(e.currentTarget.value.slice(0, maks))}
                maxLength={maks}
                autosize
                minRows={3}
                maxRows={8}
                error={fieldErr('komentar')}
                data-testid="publik-komentar"
              />
              <Text size="xs" c="dimmed" ta="right" mt={-12} aria-live="polite">
                {komentar.length}/{maks}
              </Text>
              {kurang ? (
                <Alert color="orange" role="alert" data-testid="publik-kurang">
                  {t('layananPublik.publik.lengkapi')}
                </Alert>
              ) : null}
              {galat ? (
                <Alert color={cobaLagiDetik(galat) !== null ? 'orange' : 'red'} role="alert" data-testid="publik-galat">
                  <Stack gap="xs">
                    <Text size="sm">{galat instanceof Error ? galat.message : String(galat)}</Text>
                    {perluMuatUlang(galat) ? (
                      <Button size="xs" variant="white" color="red" onClick={() => void muatUlang()} loading={query.isFetching} data-testid="publik-muat-ulang">
                        {t('layananPublik.publik.muatUlang')}
                      </Button>
                    ) : null}
                  </Stack>
                </Alert>
              ) : null}
              <Button type="submit" size="lg" fullWidth loading={mengirim} data-testid="publik-kirim">
                {t('layananPublik.publik.kirim')}
              </Button>
              {menunggu ? (
                <Text size="xs" c="dimmed" ta="center" role="status">
                  {t('layananPublik.publik.menunggu')}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" data-testid="publik-privasi">
                {t('layananPublik.publik.privasi')}
              </Text>
            </Stack>
          </form>
        )}
      </Stack>
    </Container>
  );
}
