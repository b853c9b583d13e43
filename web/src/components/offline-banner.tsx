import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { probeNetwork, useLayananTersedia, useOnline } from '@/lib/online';

/** How often the server is asked whether it is back: no connection, or the server unavailable. */
const PROBE_OFFLINE_MS = 20_000;
const PROBE_LAYANAN_MS = 10_000;

/**
 * Shown while the phone has no connection (navigator.onLine, or the last API call failed), or
 * while the server answers that it is unavailable for a moment (503: its database is away).
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const tersedia = useLayananTersedia();
  useEffect(() => {
    if (online && tersedia) return;
    // The browser may say "online" while the server is unreachable or away: check again now and then.
    const timer = window.setInterval(
      () => {
        if (navigator.onLine) void probeNetwork();
      },
      online ? PROBE_LAYANAN_MS : PROBE_OFFLINE_MS,
    );
    return () => window.clearInterval(timer);
  }, [online, tersedia]);
  if (!online) {
    return (
      <Alert color="orange" variant="filled" p="xs" mb="md" role="status" title={t('offline.judul')} data-testid="offline-banner">
        <Text size="sm">{t('offline.pesan')}</Text>
      </Alert>
    );
  }
  if (!tersedia) {
    return (
      <Alert color="yellow" variant="light" p="xs" mb="md" role="status" data-testid="layanan-tidak-tersedia">
        <Text size="sm" fw={600}>
          {t('galat.layananTidakTersedia')}
        </Text>
        <Text size="xs">{t('galat.layananTidakTersediaHint')}</Text>
      </Alert>
    );
  }
  return null;
}
