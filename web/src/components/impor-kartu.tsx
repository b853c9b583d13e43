import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFileField } from './import-file-field';
import { ImportRefusal } from './import-problems';

/**
 * An all-or-nothing table import as a card: what it does, the template to download, the file to
 * upload, and the result — or the refusal with every problem by row and column.
 */
export function ImporKartu<T>(p: {
  id: string;
  judul: string;
  keterangan: string;
  templat: { href: string; nama: string };
  mutation: UseMutationResult<T, unknown, File>;
  hasil: (data: T) => string;
  testIds: { file: string; unggah: string; hasil: string };
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const m = p.mutation;
  return (
    <Card withBorder padding="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) return setMissing(true);
          setMissing(false);
          m.mutate(file);
        }}
      >
        <Stack gap="xs">
          <Title order={2} fz="md">
            {p.judul}
          </Title>
          <Text size="sm" c="dimmed">
            {p.keterangan}
          </Text>
          <Group>
            <Button component="a" href={p.templat.href} download={p.templat.nama} variant="light" size="xs">
              {t('impor.downloadXlsx')}
            </Button>
          </Group>
          <ImportFileField
            id={p.id}
            label={t('impor.file')}
            file={file}
            missing={missing}
            pending={m.isPending}
            onFile={(f) => {
              setFile(f);
              setMissing(false);
              m.reset();
            }}
            testId={p.testIds.file}
            submitTestId={p.testIds.unggah}
          />
          {m.isSuccess ? (
            <Alert color="green" role="status" data-testid={p.testIds.hasil}>
              {p.hasil(m.data)}
            </Alert>
          ) : null}
          {m.isError ? <ImportRefusal error={m.error} /> : null}
        </Stack>
      </form>
    </Card>
  );
}
