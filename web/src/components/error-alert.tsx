import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, isLayananTidakTersedia } from '@/lib/api-client';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  testId?: string;
  /** Hide when the only problem is field errors already shown under the fields. */
  hideWhenFieldsOnly?: boolean;
}

/**
 * The API's Indonesian message in an alert (role="alert"). Renders nothing without an error.
 * The server being away for a moment (502/503/504) reads "Server sedang tidak tersedia. Mencoba
 * lagi…": reads are retried with backoff and re-read when the server is back (app/query-client).
 */
export function ErrorAlert({ error, title, testId, hideWhenFieldsOnly = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (hideWhenFieldsOnly && isApiError(error) && error.error === 'validation_failed' && Object.keys(error.fields).length > 0) {
    // The fields show the details; keep one short summary for screen readers.
    return (
      <Alert color="red" variant="light" role="alert" data-testid={testId}>
        {error.message.split(' — ')[0]}
      </Alert>
    );
  }
  if (isLayananTidakTersedia(error)) {
    return (
      <Alert color="yellow" variant="light" role="alert" data-testid={testId} data-galat="layanan_tidak_tersedia">
        {t('galat.layananTidakTersedia')}
      </Alert>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? (isApiError(error) ? undefined : t('common.errorTitle'))} data-testid={testId}>
      {message}
    </Alert>
  );
}
