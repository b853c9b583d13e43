import { Alert, Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { HASIL_PERBAIKAN_LABEL, todayIn, ZONA_WAKTU } from '@capaian/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useCanGoBack, useRouter } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '@/components/definition-list';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip, formatWaktu } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { meQueryOptions } from '@/lib/session';
import { kasusQuery, type Kasus } from '../api/pembinaan';
import { CheckIn } from '../components/check-in';
import { AbaikanButton, CatatanTindakLanjutForm, SelesaikanForm } from '../components/keputusan';
import { jenisLabel, statusLabel, StatusKasusBadge } from '../components/labels';
import { RencanaForm } from '../components/rencana-form';
import { RencanaView } from '../components/rencana-view';
import { SanksiKasus } from '../components/sanksi';

const route = getRouteApi('/app/pembinaan/$id');

/** Roles that record sanctions (the server decides; others get 403). */
const SANKSI_ROLES = ['ADMIN_BKPSDM'];

/** What the case is about: who, which rule and why, who handles it; the legal basis in small print. */
function Ringkasan({ k, zona }: { k: Kasus; zona: string }) {
  const { t } = useTranslation();
  const penangan = t(`pembinaan.penangan.${k.penangan}`);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="kasus-judul" data-testid="kasus-ringkasan">
      <Stack gap="sm">
        <Title order={2} fz="md" id="kasus-judul">
          {t('pembinaan.kasus')}
        </Title>
        <DefinitionList
          items={[
            {
              label: t('pembinaan.pegawai'),
              value: (
                <>
                  {k.pegawai.nama}
                  <Text component="span" display="block" size="xs" c="dimmed">
                    NIP {formatNip(k.pegawai.nip)}
                  </Text>
                </>
              ),
              testId: 'kasus-pegawai',
            },
            { label: t('pembinaan.jabatan'), value: [k.pegawai.jabatan, k.pegawai.unit].filter(Boolean).join(' · ') || '—' },
            { label: t('pembinaan.jenis'), value: jenisLabel(k.jenis), testId: 'kasus-jenis' },
            { label: t('pembinaan.alasan'), value: k.alasan, testId: 'kasus-alasan' },
            { label: t('pembinaan.diusulkan'), value: formatWaktu(k.createdAt, zona) },
            { label: t('pembinaan.ditangani'), value: k.ditanganiOleh ? `${penangan} — ${k.ditanganiOleh.nama}` : penangan, testId: 'kasus-penangan' },
          ]}
        />
        {k.evaluasiIds.length > 0 ? (
          <Group gap="sm" wrap="wrap">
            {k.evaluasiIds.map((id, i) => (
              <AnchorLink key={id} to="/penilaian/evaluasi/$id" params={{ id }} size="sm">
                {k.evaluasiIds.length > 1 ? t('pembinaan.lihatHasilN', { n: i + 1 }) : t('pembinaan.lihatHasil')}
              </AnchorLink>
            ))}
          </Group>
        ) : null}
        <Text size="xs" c="dimmed" data-testid="kasus-dasar-hukum">
          {t('pembinaan.dasarHukum')}: {k.dasarHukum}
        </Text>
      </Stack>
    </Paper>
  );
}

/** How a closed case ended: the outcome and closing note, the reason it was set aside, or why it lapsed. */
function Akhir({ k }: { k: Kasus }) {
  const { t } = useTranslation();
  if (k.status === 'SELESAI') {
    return (
      <Alert color="teal" variant="light" title={k.hasil ? `${statusLabel(k.status)}: ${HASIL_PERBAIKAN_LABEL[k.hasil]}` : statusLabel(k.status)} data-testid="kasus-hasil" data-hasil={k.hasil ?? ''}>
        {k.catatanAkhir ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {k.catatanAkhir}
          </Text>
        ) : null}
      </Alert>
    );
  }
  if (k.status === 'DIABAIKAN' || k.status === 'GUGUR') {
    return (
      <Alert color="gray" variant="light" title={statusLabel(k.status)} data-testid="kasus-hasil" data-hasil="">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {k.status === 'DIABAIKAN' ? t('pembinaan.alasanDiabaikan', { alasan: k.catatanAkhir ?? '—' }) : (k.catatanAkhir ?? t('pembinaan.gugur'))}
        </Text>
      </Alert>
    );
  }
  return null;
}

function Detail({ k, zona, hariIni, pegawaiSaya, catatSanksi }: { k: Kasus; zona: string; hariIni: string; pegawaiSaya: string | undefined; catatSanksi: boolean }) {
  const { t } = useTranslation();
  const rencanaPerbaikan = k.jenis === 'RENCANA_PERBAIKAN';
  const berjalan = k.status === 'DITINDAKLANJUTI' || k.status === 'SELESAI' || k.catatanCheckIn.length > 0;
  const saya = k.pegawai.id === pegawaiSaya;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Akhir k={k} />
          <Ringkasan k={k} zona={zona} />
          {k.status === 'DIUSULKAN' && saya ? (
            <Alert color="blue" variant="light" data-testid="kasus-menunggu">
              <Text size="sm">{t(`pembinaan.menunggu.${k.penangan}`)}</Text>
            </Alert>
          ) : null}
          {k.can.abaikan ? (
            <Group>
              <AbaikanButton k={k} />
            </Group>
          ) : null}
          {catatSanksi ? <SanksiKasus k={k} zona={zona} pegawaiSaya={pegawaiSaya} /> : null}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {k.can.tindakLanjuti ? rencanaPerbaikan ? <RencanaForm k={k} hariIni={hariIni} /> : <CatatanTindakLanjutForm k={k} /> : null}
          {k.rencana ? <RencanaView k={k} rencana={k.rencana} zona={zona} saya={saya} /> : null}
          {k.catatanTindakLanjut ? (
            <Paper withBorder p="sm" component="section" aria-labelledby="catatan-tl-view" data-testid="catatan-tindak-lanjut-view">
              <Title order={2} fz="md" id="catatan-tl-view" mb={4}>
                {t('pembinaan.catatanTindakLanjut.judulView')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {k.catatanTindakLanjut}
              </Text>
            </Paper>
          ) : null}
          {rencanaPerbaikan && berjalan ? <CheckIn k={k} hariIni={hariIni} zona={zona} /> : null}
          {k.can.selesaikan ? <SelesaikanForm k={k} /> : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function PembinaanDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const zona = me?.instansi.zonaWaktu ?? 'WIB';
  const [hariIni] = useState(() => todayIn(isOneOf(ZONA_WAKTU, zona) ? zona : 'WIB', new Date()));
  const { data: k, error, isPending } = useQuery(kasusQuery(id));
  // Back to the list as it was left (the team's or the pemda's tab, its filters), else to my own cases.
  const router = useRouter();
  const canGoBack = useCanGoBack();
  return (
    <>
      <PageHeader
        title={k ? jenisLabel(k.jenis) : t('pembinaan.kasus')}
        description={k ? `${k.pegawai.nama} · NIP ${formatNip(k.pegawai.nip)}` : undefined}
        actions={
          <Group gap="xs">
            {canGoBack ? (
              <Anchor component="button" type="button" size="sm" onClick={() => router.history.back()}>
                {t('pembinaan.kembali')}
              </Anchor>
            ) : (
              <AnchorLink to="/pembinaan" size="sm">
                {t('pembinaan.kembali')}
              </AnchorLink>
            )}
            {k ? <StatusKasusBadge status={k.status} /> : null}
          </Group>
        }
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <Detail k={k} zona={zona} hariIni={hariIni} pegawaiSaya={me?.pegawaiId} catatSanksi={!!me?.roles.some((r) => SANKSI_ROLES.includes(r))} />}
    </>
  );
}
