import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tahunIni } from '@/components/tahun-select';
import { formatTanggal } from '@/lib/format';
import { berandaQuery } from '../api/realisasi';
import { FormHost, HasilAlert, usePegawaiHariIni } from './form-host';
import type { FormMode, HasilForm } from './realisasi-form';
import { useAntrian } from './use-antrian';

/**
 * The home screen's quick action: one tap on "Catat progres" opens the progress form
 * (full screen on a phone); the second tap saves.
 */
export function CatatProgresCard() {
  const { t } = useTranslation();
  const { pegawaiId } = usePegawaiHariIni();
  const q = useQuery(berandaQuery(pegawaiId, tahunIni()));
  const { menunggu } = useAntrian(pegawaiId);
  const [mode, setMode] = useState<FormMode | null>(null);
  const [hasil, setHasil] = useState<HasilForm | null>(null);
  const data = q.data;
  const terakhir = data?.terakhir[0];

  let status: string;
  if (q.isPending) status = t('common.loading');
  else if (!data) status = t('realisasi.tidakDapatMemuat');
  else if (!data.skp) status = t('realisasi.belumAdaSkp');
  else if (!data.can.catat) status = t('realisasi.skpBelumDisetujui');
  else if (terakhir) status = t('realisasi.terakhirMencatat', { tanggal: formatTanggal(terakhir.tanggal) });
  else status = t('realisasi.belumAdaEntri');

  return (
    <Card withBorder radius="md" padding="md" mb="md" data-testid="beranda-progres">
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h4">
              {t('realisasi.berandaJudul')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="beranda-progres-status">
              {status}
            </Text>
          </div>
          <Button
            size="lg"
            radius="xl"
            onClick={() => {
              setHasil(null);
              setMode({ jenis: 'baru' });
            }}
            disabled={!data?.can.catat}
            loading={q.isPending}
            w={{ base: '100%', xs: 'auto' }}
            data-testid="catat-progres"
          >
            {t('realisasi.catat')}
          </Button>
        </Group>
        <HasilAlert hasil={hasil} onClose={() => setHasil(null)} />
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to="/progres" size="sm" fw={600} data-testid="beranda-progres-saya">
            {menunggu.length > 0 ? `${t('nav.progresSaya')} · ${t('realisasi.menungguDikirim', { n: menunggu.length })}` : t('nav.progresSaya')}
          </Anchor>
          {data?.can.catat ? (
            <Anchor component={Link} to="/progres/impor" size="sm">
              {t('nav.imporProgres')}
            </Anchor>
          ) : null}
          {data && !data.can.catat ? (
            <Anchor component={Link} to="/skp" size="sm">
              {t('nav.skpSaya')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
      <FormHost
        mode={mode}
        data={data}
        onClose={() => setMode(null)}
        onSelesai={(h) => {
          setMode(null);
          setHasil(h);
        }}
      />
    </Card>
  );
}
