import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportRefusal } from '@/components/import-problems';
import type { HasilImpor } from '../api/impor';

export function ImporSuccess({ result }: { result: HasilImpor }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status" title={t('impor.result')} data-testid="import-result">
      {t('impor.resultBody', { baru: result.baru, diperbarui: result.diperbarui, total: result.total })}
    </Alert>
  );
}

/** The refusal: the API's message and, when given, every bad row. */
export function ImporError({ error }: { error: unknown }) {
  return <ImportRefusal error={error} />;
}
