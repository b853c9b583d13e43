import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { probeNetwork, useOnline } from '@/lib/online';

/** Shown while the phone has no connection (navigator.onLine, or the last API call failed). */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  useEffect(() => {
    if (online) return;
    // The browser may say "online" while the server is unreachable: check again now and then.
    const timer = window.setInterval(() => {
      if (navigator.onLine) void probeNetwork();
    }, 20_000);
    return () => window.clearInterval(timer);
  }, [online]);
  if (online) return null;
  return (
    <Alert color="orange" variant="filled" p="xs" mb="md" role="status" title={t('offline.judul')} data-testid="offline-banner">
      <Text size="sm">{t('offline.pesan')}</Text>
    </Alert>
  );
}
