import { Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { tahunIni } from '@/components/tahun-select';
import { navigasiQuery } from '@/lib/navigasi';
import { isApiError } from '@/lib/api-client';
import { meQueryOptions, type Me } from '@/lib/session';
import { bawahanQuery, penghargaanQuery, rondeListQuery, unitsQuery, type RondeRingkas, type Unit } from '../api/penghargaan';
import { BuatRondeButton } from '../components/buat-ronde';
import { StatusRondeBadge } from '../components/labels';
import { DaftarPenghargaan } from '../components/penghargaan-diterima';

/** One section of the page: a heading, an optional action beside it, the content. */
function Bagian({ id, judul, aksi, children, testId }: { id: string; judul: string; aksi?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="md" id={id}>
            {judul}
          </Title>
          {aksi}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function RondeCard({ r }: { r: RondeRingkas }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="ronde-item" data-id={r.id} data-status={r.status}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <AnchorLink to="/penghargaan/ronde/$id" params={{ id: r.id }} fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="ronde-buka">
            {r.nama}
          </AnchorLink>
          <StatusRondeBadge status={r.status} testId="ronde-item-status" />
        </Group>
        <Text size="sm">
          {r.periode} · {r.unit ?? t('penghargaan.seluruhPemda')}
        </Text>
        <Text size="xs" c="dimmed">
          {r.status === 'DIPUTUSKAN' ? t('penghargaan.jumlahDiberikan', { n: r.jumlahCalon }) : t('penghargaan.jumlahCalon', { n: r.jumlahCalon })}
        </Text>
      </Stack>
    </Card>
  );
}

/** The perangkat daerah a caller may run rounds for: every one for BKPSDM, those they head otherwise. */
function perangkatDaerahUntuk(me: Me, units: readonly Unit[] | undefined): Unit[] {
  const pd = (units ?? []).filter((u) => u.aktif && u.perangkatDaerah);
  return me.roles.includes('ADMIN_BKPSDM') ? pd : pd.filter((u) => u.kepala?.pegawaiId === me.pegawaiId);
}

/**
 * The rounds, for those the server lets see them (BKPSDM, pimpinan, a kepala perangkat daerah):
 * anyone else is answered 403 and sees no such section. "Buat ronde" for BKPSDM (the whole pemda
 * or a perangkat daerah) and a kepala perangkat daerah (theirs).
 */
function DaftarRonde({ me }: { me: Me }) {
  const { t } = useTranslation();
  const bkpsdm = me.roles.includes('ADMIN_BKPSDM');
  // Asked only of those who may see rounds (BKPSDM, pimpinan, a kepala perangkat daerah): nobody else's page calls it to be refused.
  const nav = useQuery(navigasiQuery);
  const boleh = bkpsdm || me.roles.includes('PIMPINAN') || (nav.data?.kepalaPerangkatDaerah ?? false);
  const { data, error, isPending } = useQuery({ ...rondeListQuery, enabled: boleh });
  const units = useQuery(unitsQuery(!!data));
  if (!boleh || isPending || (isApiError(error) && error.status === 403)) return null;
  const perangkatDaerah = perangkatDaerahUntuk(me, units.data);
  const bolehBuat = bkpsdm || perangkatDaerah.length > 0;
  return (
    <Bagian
      id="ronde-judul"
      judul={t('penghargaan.ronde.judul')}
      testId="ronde-bagian"
      aksi={bolehBuat && data ? <BuatRondeButton seluruhPemda={bkpsdm} perangkatDaerah={perangkatDaerah} /> : null}
    >
      {error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="ronde-kosong">
          {t('penghargaan.ronde.kosong')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="ronde-list">
          {data.items.map((r) => (
            <RondeCard key={r.id} r={r} />
          ))}
        </SimpleGrid>
      )}
    </Bagian>
  );
}

function Diterima({ lingkup }: { lingkup: 'SAYA' | 'TIM' }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(penghargaanQuery(lingkup));
  const testId = lingkup === 'SAYA' ? 'penghargaan-saya' : 'penghargaan-tim';
  return (
    <Bagian id={`${testId}-judul`} judul={t(`penghargaan.diterima.${lingkup}`)} testId={`${testId}-bagian`}>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <DaftarPenghargaan items={data.items} orangLain={lingkup === 'TIM'} kosong={t(`penghargaan.diterima.kosong.${lingkup}`)} testId={testId} />
      )}
    </Bagian>
  );
}

export function PenghargaanPage(): JSX.Element {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const bawahan = useQuery(bawahanQuery(tahunIni()));
  if (!me) return <Loading />;
  const punyaTim = (bawahan.data?.length ?? 0) > 0;
  return (
    <>
      <PageHeader title={t('penghargaan.judul')} description={t('penghargaan.keterangan')} />
      <Stack gap="md">
        <DaftarRonde me={me} />
        <Diterima lingkup="SAYA" />
        {punyaTim ? <Diterima lingkup="TIM" /> : null}
      </Stack>
    </>
  );
}
