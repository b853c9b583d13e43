import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';
import { penghargaanKeys } from '../api/penghargaan';

/**
 * The error of a change to a round. A 409 (someone else changed or decided it first) says so and
 * offers to reload it; field errors are shown beside the fields, so only a short summary appears
 * here; anything else as the usual alert. `onMuatUlang`: e.g. the mutation's reset.
 */
export function GalatRonde({ error, onMuatUlang, testId }: { error: unknown; onMuatUlang?: () => void; testId?: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  if (isApiError(error) && error.status === 409) {
    return (
      <Alert color="yellow" variant="light" role="alert" title={t('penghargaan.konflikJudul')} data-testid={testId ? `${testId}-konflik` : 'ronde-konflik'}>
        <Text size="sm">{error.message}</Text>
        <Group mt="xs">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              onMuatUlang?.();
              void qc.invalidateQueries({ queryKey: penghargaanKeys.ronde });
            }}
            data-testid="ronde-muat-ulang"
          >
            {t('penghargaan.muatUlang')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return <ErrorAlert error={error} hideWhenFieldsOnly testId={testId} />;
}
