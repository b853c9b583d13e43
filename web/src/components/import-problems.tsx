import { Alert, Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ImportProblem } from '@/lib/api-client';
import { ErrorAlert } from './error-alert';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The refused rows of an all-or-nothing import, whichever shape the API used:
 * `details.problems: [{ baris, kolom, pesan }]` or `details.baris: [{ baris, kolom, alasan }]`.
 */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error) || !error.details) return [];
  if (error.details.problems?.length) return error.details.problems;
  const rows = error.details['baris'];
  if (!Array.isArray(rows)) return [];
  return rows.filter(isRecord).map((r) => ({
    baris: typeof r['baris'] === 'number' ? r['baris'] : Number(r['baris']),
    kolom: String(r['kolom'] ?? ''),
    pesan: String(r['alasan'] ?? r['pesan'] ?? ''),
  }));
}

/**
 * The title above an import's refusal: a file over a limit (413: the size, or the spreadsheet's
 * rows, columns, cells or parts — the server's message names which) and too many requests (429)
 * say so; every other refusal is "Berkas ditolak". The server's message is shown under it.
 */
export function useJudulPenolakan(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error) && error.status === 413) return t('galat.terlaluBesar');
    if (isApiError(error) && error.status === 429) return t('galat.terlaluBanyak');
    return t('impor.rejected');
  };
}

/** Every refused row of an import file: row number, column, what is wrong. */
export function ImportProblemsTable({ problems, testId = 'import-problems' }: { problems: readonly ImportProblem[]; testId?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const sorted = [...problems].sort((a, b) => a.baris - b.baris || a.kolom.localeCompare(b.kolom));
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h5" mb="xs" id={titleId}>
        {t('impor.problemsTitle', { count: problems.length })}
      </Title>
      <Table.ScrollContainer minWidth={300} maxHeight={560}>
        <Table striped withTableBorder stickyHeader verticalSpacing={6} data-testid={testId}>
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

interface ImportRefusalProps {
  error: unknown;
  /** Test ids of the alert and of the table. */
  testIds?: { error?: string; problems?: string };
}

/**
 * An import's refusal: with a list of bad rows, a short summary above the table (the API's
 * message repeats every row); otherwise the API's message.
 */
export function ImportRefusal({ error, testIds = {} }: ImportRefusalProps) {
  const { t } = useTranslation();
  const judul = useJudulPenolakan();
  const problems = importProblemsOf(error);
  const errorId = testIds.error ?? 'import-error';
  if (problems.length === 0) return <ErrorAlert error={error} title={judul(error)} testId={errorId} />;
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" role="alert" title={t('impor.rejected')} data-testid={errorId}>
        {t('impor.rejectedSummary', { count: problems.length })}
      </Alert>
      <ImportProblemsTable problems={problems} testId={testIds.problems ?? 'import-problems'} />
    </Stack>
  );
}
