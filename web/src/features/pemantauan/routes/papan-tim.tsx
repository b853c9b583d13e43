import { Alert, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { BulanPicker, bulanIni, type TahunBulan } from '@/components/bulan-picker';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatTanggal } from '@/lib/format';
import { useLiveEvents, useLiveInvalidate } from '@/lib/live';
import { papanTimQuery, pemantauanKeys, type AnggotaTim } from '../api/pemantauan';
import { AnggotaCard } from '../components/anggota-card';
import { LiveBadge } from '../components/live-badge';

type Saring = 'semua' | 'belum' | 'tertinggal';
const SARING: readonly Saring[] = ['semua', 'belum', 'tertinggal'];
const isSaring = (v: string): v is Saring => (SARING as readonly string[]).includes(v);

/** How long a card stays highlighted after a live update. */
const SOROT_MS = 15_000;

function Stat({ n, label, color }: { n: number; label: string; color?: string | undefined }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text fw={700} fz="xl" lh={1.1} c={n > 0 ? color : undefined}>
        {n}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
    </div>
  );
}

function Ringkasan({ anggota, acuan }: { anggota: AnggotaTim[]; acuan: string }) {
  const { t } = useTranslation();
  const minggu = anggota.filter((a) => a.belumLaporMingguIni).length;
  const bulan = anggota.filter((a) => a.belumLaporBulanIni).length;
  const tertinggal = anggota.filter((a) => a.jumlahTertinggal > 0).length;
  return (
    <Paper withBorder p="sm" mb="sm" data-testid="papan-ringkasan">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <Stat n={anggota.length} label={t('pemantauan.statAnggota')} />
        <Stat n={minggu} label={t('pemantauan.belumLaporMingguIni')} color="orange.8" />
        <Stat n={bulan} label={t('pemantauan.belumLaporBulanIni')} color="red.8" />
        <Stat n={tertinggal} label={t('pemantauan.statTertinggal')} color="red.8" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={6}>
        {t('pemantauan.perTanggal', { tanggal: formatTanggal(acuan) })}
      </Text>
    </Paper>
  );
}

export function PapanTimPage(): JSX.Element {
  const { t } = useTranslation();
  const [bulan, setBulan] = useState<TahunBulan>(bulanIni);
  const [saring, setSaring] = useState<Saring>('semua');
  const [sorot, setSorot] = useState<Record<string, number>>({});
  const { data, error, isPending } = useQuery(papanTimQuery(bulan.tahun, bulan.bulan));

  // A subordinate recorded progress: re-read the board (debounced) and highlight their card.
  useLiveInvalidate('realisasi', pemantauanKeys.tim(bulan.tahun, bulan.bulan));
  useLiveEvents({ realisasi: (d) => setSorot((s) => ({ ...s, [d.pegawaiId]: Date.now() })) });
  useEffect(() => {
    const ids = Object.keys(sorot);
    if (ids.length === 0) return undefined;
    const timer = setTimeout(() => {
      const now = Date.now();
      setSorot((s) => Object.fromEntries(Object.entries(s).filter(([, at]) => now - at < SOROT_MS)));
    }, SOROT_MS);
    return () => clearTimeout(timer);
  }, [sorot]);

  const max: TahunBulan | undefined = data ? { tahun: Number(data.hariIni.slice(0, 4)), bulan: Number(data.hariIni.slice(5, 7)) } : undefined;
  const anggota = data?.anggota ?? [];
  const shown = anggota.filter((a) =>
    saring === 'belum' ? a.belumLaporMingguIni || a.belumLaporBulanIni : saring === 'tertinggal' ? a.jumlahTertinggal > 0 : true,
  );

  return (
    <>
      <PageHeader
        title={t('pemantauan.papanTitle')}
        description={t('pemantauan.papanDescription')}
        actions={
          <>
            <LiveBadge />
            <BulanPicker value={bulan} onChange={setBulan} {...(max ? { max } : {})} testId="papan-bulan" />
          </>
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : anggota.length === 0 ? (
        <Alert color="gray" data-testid="papan-kosong">
          {t('pemantauan.tanpaBawahan')}
        </Alert>
      ) : (
        <>
          <Ringkasan anggota={anggota} acuan={data.acuan} />
          <SegmentedControl
            mb="sm"
            value={saring}
            onChange={(v) => isSaring(v) && setSaring(v)}
            data={SARING.map((s) => ({ value: s, label: t(`pemantauan.saring.${s}`) }))}
            aria-label={t('pemantauan.saringLabel')}
            data-testid="papan-saring"
          />
          {shown.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('pemantauan.saringKosong')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" style={{ alignItems: 'start' }} data-testid="papan-tim">
              {shown.map((a) => (
                <AnggotaCard key={a.pegawai.id} anggota={a} baru={a.pegawai.id in sorot} />
              ))}
            </SimpleGrid>
          )}
        </>
      )}
    </>
  );
}
