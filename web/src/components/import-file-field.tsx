import { Button, Group, Input, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** The file chooser (XLSX or CSV), the chosen file's name and size, and the upload button of an import form. */
export function ImportFileField({
  id,
  name = 'file',
  label,
  file,
  missing,
  pending,
  onFile,
  inputRef,
  testId,
  submitTestId,
}: {
  id: string;
  name?: string;
  label: string;
  file: File | null;
  /** The user pressed upload without a file. */
  missing: boolean;
  pending: boolean;
  onFile: (file: File | null) => void;
  inputRef?: Ref<HTMLInputElement>;
  testId: string;
  submitTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Input.Wrapper label={label} id={id} error={missing ? t('impor.chooseFile') : undefined}>
        <input
          ref={inputRef}
          id={id}
          name={name}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid={testId}
          style={{ display: 'block', maxWidth: '100%', marginTop: 4 }}
          onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
        />
      </Input.Wrapper>
      {file ? (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {file.name} ({Math.max(1, Math.round(file.size / 1024))} KB)
        </Text>
      ) : null}
      <Group>
        <Button type="submit" loading={pending} data-testid={submitTestId}>
          {t('impor.upload')}
        </Button>
      </Group>
    </>
  );
}
