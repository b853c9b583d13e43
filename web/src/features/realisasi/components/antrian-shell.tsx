import { Alert, Anchor, Group, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAntrian, useAntrianRunner } from './use-antrian';

/**
 * Mounted once by the app shell for the signed-in pegawai: runs the offline queue's sender
 * (app start, back online, every 30 s while entries wait) and, on other pages than
 * "Progres saya", shows how many entries are still waiting on this device.
 */
export function AntrianRealisasi({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  useAntrianRunner(pegawaiId);
  const { menunggu, gagal } = useAntrian(pegawaiId);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  if ((menunggu.length === 0 && gagal.length === 0) || pathname === '/progres') return null;
  return (
    <Alert color={gagal.length > 0 ? 'red' : 'yellow'} variant="light" p="xs" mb="md" role="status" data-testid="antrian-status">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm">
          {menunggu.length > 0 ? t('realisasi.menungguDikirim', { n: menunggu.length }) : null}
          {menunggu.length > 0 && gagal.length > 0 ? ' · ' : null}
          {gagal.length > 0 ? t('realisasi.gagalDikirim', { n: gagal.length }) : null}
          {menunggu.some((i) => i.tunda === 'SERVER') ? ` · ${t('realisasi.statusServer')}` : null}
        </Text>
        <Anchor component={Link} to="/progres" size="sm" fw={600}>
          {t('realisasi.lihatAntrian')}
        </Anchor>
      </Group>
    </Alert>
  );
}
