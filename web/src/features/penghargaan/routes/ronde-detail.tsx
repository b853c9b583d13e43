import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { todayIn, ZONA_WAKTU } from '@capaian/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useCanGoBack, useRouter } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '@/components/definition-list';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatTanggal } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { meQueryOptions } from '@/lib/session';
import { rondeQuery, type Ronde } from '../api/penghargaan';
import { CalonTable } from '../components/calon';
import { predikatLabel, StatusRondeBadge, statusLabel } from '../components/labels';
import { PutuskanButton } from '../components/putuskan';
import { UsulanBagian } from '../components/usulan';

const route = getRouteApi('/app/penghargaan/ronde/$id');

/** What the round is: its period, scope and minimum; the decision once taken; the legal basis in small print. */
function Ringkasan({ r, hariIni }: { r: Ronde; hariIni: string }) {
  const { t } = useTranslation();
  const diputuskan = r.status === 'DIPUTUSKAN';
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="ronde-ringkasan-judul" data-testid="ronde-ringkasan">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="md" id="ronde-ringkasan-judul">
            {t('penghargaan.ronde.ringkasan')}
          </Title>
          {r.can.putuskan ? <PutuskanButton r={r} hariIni={hariIni} /> : null}
        </Group>
        <DefinitionList
          items={[
            { label: t('penghargaan.status'), value: statusLabel(r.status), testId: 'ronde-status-teks' },
            { label: t('penghargaan.periode'), value: r.periode.label, testId: 'ronde-periode-teks' },
            { label: t('penghargaan.cakupan'), value: r.unit?.nama ?? t('penghargaan.seluruhPemda'), testId: 'ronde-cakupan-teks' },
            { label: t('penghargaan.predikatMinimum'), value: predikatLabel(r.predikatMinimum), testId: 'ronde-minimum' },
            ...(diputuskan
              ? [
                  { label: t('penghargaan.nomorKeputusan'), value: r.nomorKeputusan ?? '—', testId: 'ronde-nomor' },
                  { label: t('penghargaan.tanggalKeputusan'), value: formatTanggal(r.tanggalKeputusan), testId: 'ronde-tanggal' },
                ]
              : []),
          ]}
        />
        {r.can.tambahCalon && !r.can.putuskan ? (
          <Text size="sm" c="dimmed" data-testid="ronde-belum-ada-calon">
            {t('penghargaan.ronde.tambahkanCalonDulu')}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" data-testid="ronde-dasar-hukum">
          {t('penghargaan.dasarHukum')}: {r.dasarHukum}
        </Text>
      </Stack>
    </Paper>
  );
}

function Detail({ r, hariIni }: { r: Ronde; hariIni: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {r.status === 'DIPUTUSKAN' ? (
        <Alert color="teal" variant="light" title={t('penghargaan.ronde.diputuskanJudul')} data-testid="ronde-diputuskan">
          <Text size="sm">{t('penghargaan.ronde.diputuskan', { nomor: r.nomorKeputusan ?? '—', tanggal: formatTanggal(r.tanggalKeputusan), n: r.calon.length })}</Text>
        </Alert>
      ) : null}
      <Ringkasan r={r} hariIni={hariIni} />
      <CalonTable r={r} />
      {r.can.tambahCalon ? <UsulanBagian r={r} /> : null}
    </Stack>
  );
}

export function RondeDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const zona = me?.instansi.zonaWaktu ?? 'WIB';
  const [hariIni] = useState(() => todayIn(isOneOf(ZONA_WAKTU, zona) ? zona : 'WIB', new Date()));
  const { data: r, error, isPending } = useQuery(rondeQuery(id));
  const router = useRouter();
  const canGoBack = useCanGoBack();
  return (
    <>
      <PageHeader
        title={r ? r.nama : t('penghargaan.ronde.satu')}
        description={r ? `${r.periode.label} · ${r.unit?.nama ?? t('penghargaan.seluruhPemda')}` : undefined}
        actions={
          <Group gap="xs">
            {canGoBack ? (
              <Anchor component="button" type="button" size="sm" onClick={() => router.history.back()}>
                {t('penghargaan.kembali')}
              </Anchor>
            ) : (
              <AnchorLink to="/penghargaan" size="sm">
                {t('penghargaan.kembali')}
              </AnchorLink>
            )}
            {r ? <StatusRondeBadge status={r.status} /> : null}
          </Group>
        }
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <Detail r={r} hariIni={hariIni} />}
    </>
  );
}
