import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';

/**
 * The error of a change to a record others may change too. A 409 (someone else changed it first,
 * or it moved on) says so and offers to reload it — the queries under `muatUlangKey` are read again
 * and `onMuatUlang` runs (e.g. the mutation's reset); field errors are shown beside the fields, so
 * only a short summary appears here; anything else as the usual alert.
 */
export function KonflikAlert(p: {
  error: unknown;
  judul: string;
  labelMuatUlang: string;
  muatUlangKey: QueryKey;
  onMuatUlang?: (() => void) | undefined;
  testId?: string | undefined;
  /** Prefix of the default test ids ('<prefix>-konflik', '<prefix>-muat-ulang'). */
  prefix: string;
}) {
  const qc = useQueryClient();
  if (isApiError(p.error) && p.error.status === 409) {
    return (
      <Alert color="yellow" variant="light" role="alert" title={p.judul} data-testid={p.testId ? `${p.testId}-konflik` : `${p.prefix}-konflik`}>
        <Text size="sm">{p.error.message}</Text>
        <Group mt="xs">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              p.onMuatUlang?.();
              void qc.invalidateQueries({ queryKey: p.muatUlangKey });
            }}
            data-testid={`${p.prefix}-muat-ulang`}
          >
            {p.labelMuatUlang}
          </Button>
        </Group>
      </Alert>
    );
  }
  return <ErrorAlert error={p.error} hideWhenFieldsOnly testId={p.testId} />;
}
