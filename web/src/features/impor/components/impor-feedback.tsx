import { Alert, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError, type ImportProblem } from '@/lib/api-client';
import type { ImporResult } from '../api/impor';

export function ImporSuccess({ result }: { result: ImporResult }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status" title={t('impor.result')} data-testid="import-result">
      {t('impor.resultBody', { baru: result.baru, diperbarui: result.diperbarui, total: result.total })}
    </Alert>
  );
}

function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const sorted = [...problems].sort((a, b) => a.baris - b.baris || a.kolom.localeCompare(b.kolom));
  return (
    <section aria-labelledby="import-problems-title">
      <Title order={2} size="h5" mb="xs" id="import-problems-title">
        {t('impor.problemsTitle', { count: problems.length })}
      </Title>
      <Table.ScrollContainer minWidth={300} maxHeight={560}>
        <Table striped withTableBorder stickyHeader verticalSpacing={6} data-testid="import-problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={64}>
                {t('impor.baris')}
              </Table.Th>
              <Table.Th scope="col">{t('impor.kolom')}</Table.Th>
              <Table.Th scope="col">{t('impor.masalah')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((p, i) => (
              <Table.Tr key={`${p.baris}-${p.kolom}-${i}`}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{p.baris}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <code>{p.kolom}</code>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.pesan}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/** The refusal: the API's message and, when given, every bad row. */
export function ImporError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = isApiError(error) ? (error.details?.problems ?? []) : [];
  return (
    <Stack gap="md">
      <ErrorAlert error={error} title={t('impor.rejected')} testId="import-error" />
      {problems.length > 0 ? <ProblemsTable problems={problems} /> : null}
    </Stack>
  );
}
