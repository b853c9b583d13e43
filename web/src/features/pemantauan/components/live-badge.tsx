import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveConnected } from '@/lib/live';

/** "Langsung" while the live stream is open, "Menyambung…" while it reconnects. */
export function LiveBadge() {
  const { t } = useTranslation();
  const connected = useLiveConnected();
  return (
    <Tooltip label={connected ? t('pemantauan.liveHint') : t('pemantauan.offlineHint')} withArrow>
      <Badge
        color={connected ? 'green' : 'gray'}
        variant="dot"
        size="lg"
        style={{ textTransform: 'none' }}
        data-testid="live-status"
        data-connected={connected ? 'true' : 'false'}
      >
        {connected ? t('pemantauan.live') : t('pemantauan.menyambung')}
      </Badge>
    </Tooltip>
  );
}
