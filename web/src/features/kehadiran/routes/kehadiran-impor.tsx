import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFileField } from '@/components/import-file-field';
import { ImportRefusal } from '@/components/import-problems';
import { PageHeader } from '@/components/page-header';
import { imporKehadiran, kehadiranKeys, templatUrl } from '../api/kehadiran';
import { STATUS_KEHADIRAN, kodeStatus, labelStatus } from '../components/status';

/** BKPSDM imports attendance records from the attendance machines' export (all rows or none). */
export function KehadiranImporPage(): JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const m = useMutation({
    mutationFn: imporKehadiran,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kehadiranKeys.all }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    m.mutate(file);
  };
  return (
    <>
      <PageHeader title={t('kehadiran.imporTitle')} description={t('kehadiran.imporIntro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={2} size="h6" mb={6}>
                  {t('kehadiran.templat')}
                </Title>
                <Text size="sm" c="dimmed" mb={6}>
                  {t('kehadiran.kolomTemplat')}
                </Text>
                <List size="xs" c="dimmed" mb="xs">
                  {STATUS_KEHADIRAN.map((s) => (
                    <List.Item key={s}>
                      <b>{kodeStatus(s)}</b> — {labelStatus(s)}
                    </List.Item>
                  ))}
                </List>
                <Group gap="xs" wrap="wrap">
                  <Button component="a" href={templatUrl('xlsx')} download="templat-kehadiran.xlsx" variant="light" size="sm" data-testid="kehadiran-templat">
                    {t('impor.downloadXlsx')}
                  </Button>
                  <Button component="a" href={templatUrl('csv')} download="templat-kehadiran.csv" variant="light" size="sm">
                    {t('impor.downloadCsv')}
                  </Button>
                </Group>
              </div>
              <ImportFileField
                id="berkas-kehadiran"
                label={t('impor.file')}
                file={file}
                missing={missing}
                pending={m.isPending}
                onFile={(f) => {
                  setFile(f);
                  setMissing(false);
                  m.reset();
                }}
                testId="kehadiran-file"
                submitTestId="kehadiran-unggah"
              />
            </Stack>
          </form>
        </Card>
        {m.isSuccess ? (
          <Alert color="green" role="status" title={t('impor.result')} data-testid="kehadiran-impor-hasil">
            {t('kehadiran.imporHasil', { diimpor: m.data.diimpor, diperbarui: m.data.diperbarui })}
          </Alert>
        ) : null}
        {m.isError ? <ImportRefusal error={m.error} /> : null}
      </Stack>
    </>
  );
}
