import { Alert, Badge, Divider, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ButtonLink } from '@/components/links';
import { formatNip, formatTanggal, formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { skpDetailQuery, type SkpDetail, type SkpPihak } from '../api/skp';
import { SkpActions } from './actions';
import { DialogSection } from './dialog';
import { HasilKerjaSection } from './hasil-kerja';
import { LampiranSection } from './lampiran';
import { PerilakuSection } from './perilaku';
import { SkpStatusBadge } from './status-badge';

function Pihak({ label, p, empty }: { label: string; p: SkpPihak | null; empty: string }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {p ? (
        <>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {p.namaLengkap}
          </Text>
          <Text size="xs" c="dimmed">
            NIP {formatNip(p.nip)} · {p.golongan}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {p.jabatanNama}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {p.unitNama}
          </Text>
        </>
      ) : (
        <Text c="dimmed">{empty}</Text>
      )}
    </div>
  );
}

function SkpHeader({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="skp-header">
      <Group gap="xs" mb="xs" wrap="wrap">
        <SkpStatusBadge status={skp.status} testId="skp-status" />
        <Badge variant="outline" color="gray" style={{ textTransform: 'none' }} data-testid="skp-versi">
          {t('skp.versiN', { versi: skp.versi })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('skp.periode')}: {formatTanggal(skp.periodeMulai)} – {formatTanggal(skp.periodeSelesai)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('skp.pendekatan')}: {skp.pendekatan === 'KUALITATIF' ? t('skp.pendekatanKualitatif') : t('skp.pendekatanKuantitatif')}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Pihak label={t('skp.pegawai')} p={skp.pegawai} empty="—" />
        <Pihak label={t('skp.pejabatPenilai')} p={skp.pejabatPenilai} empty={t('skp.belumAdaPenilai')} />
      </SimpleGrid>
    </Paper>
  );
}

/** A returned SKP: why the pejabat penilai sent it back, first thing on the page. */
function CatatanPengembalian({ catatan }: { catatan: NonNullable<SkpDetail['catatanPengembalian']> }) {
  const { t } = useTranslation();
  const zona = useQuery(meQueryOptions).data?.instansi.zonaWaktu ?? 'WIB';
  return (
    <Alert color="orange" title={t('skp.catatanPengembalian')} data-testid="skp-catatan-pengembalian">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {catatan.pesan}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {catatan.penulis ? `${catatan.penulis} · ` : ''}
        {formatWaktu(catatan.waktu, zona)}
      </Text>
    </Alert>
  );
}

/** The whole SKP: the return note (when returned), header, actions, hasil kerja, perilaku, lampiran and dialogue. */
export function SkpEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(skpDetailQuery(id));
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <Stack gap="lg" data-testid="skp-editor" data-row-version={data.rowVersion}>
      {data.catatanPengembalian ? <CatatanPengembalian catatan={data.catatanPengembalian} /> : null}
      <SkpHeader skp={data} />
      <Group gap="xs">
        <ButtonLink to="/skp/$id/matriks" params={{ id: data.id }} size="xs" variant="default" data-testid="skp-matriks">
          {t('skp.matriksLink')}
        </ButtonLink>
      </Group>
      <SkpActions skp={data} />
      <HasilKerjaSection skp={data} />
      <Divider />
      <PerilakuSection skp={data} />
      <Divider />
      <LampiranSection skp={data} />
      <Divider />
      <DialogSection skp={data} />
    </Stack>
  );
}
