import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';

/**
 * A refused read (403) as a plain Indonesian explanation of who may see the page, with the
 * server's reason; any other error as the usual alert.
 */
export function GalatAkses({ error, siapa, testId }: { error: unknown; siapa: string; testId?: string }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('tindakLanjut.terlarang')} data-testid={testId ? `${testId}-terlarang` : undefined}>
        <Text size="sm">{error.message}</Text>
        <Text size="sm" mt={4}>
          {siapa}
        </Text>
      </Alert>
    );
  }
  return <ErrorAlert error={error} testId={testId} />;
}
