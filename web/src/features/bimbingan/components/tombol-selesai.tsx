import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A follow-up action's "Selesai": a plain filled button at touch size, so it reads as the action
 * it is (the widget and a session's list both use it).
 */
export function TombolSelesai({ loading, onClick }: { loading: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="sm" variant="filled" color="teal" loading={loading} onClick={onClick} style={{ flexShrink: 0 }} data-testid="tindak-lanjut-selesai">
      {t('bimbingan.selesai')}
    </Button>
  );
}
