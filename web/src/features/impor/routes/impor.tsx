import { Button, Card, Group, Input, SegmentedControl, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFileField } from '@/components/import-file-field';
import { PageHeader } from '@/components/page-header';
import { JENIS_IMPOR, importFile, templateUrl, type JenisImpor } from '../api/impor';
import { ImporError, ImporPratinjau, ImporSuccess } from '../components/impor-feedback';

const isJenis = (v: string): v is JenisImpor => (JENIS_IMPOR as readonly string[]).includes(v);

export function ImporPage(): JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [jenis, setJenis] = useState<JenisImpor>('pegawai');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: (v: { jenis: JenisImpor; file: File }) => importFile(v.jenis, v.file),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
  // A pegawai file is checked first (a dry run): when it changes existing pegawai, the changes are
  // shown and the import waits for confirmation; otherwise it goes ahead at once.
  const pratinjau = useMutation({
    mutationFn: (v: { jenis: JenisImpor; file: File }) => importFile(v.jenis, v.file, true),
    onSuccess: (hasil, v) => {
      if (hasil.perubahan.length === 0) mutation.mutate(v);
    },
  });
  const reset = () => {
    mutation.reset();
    pratinjau.reset();
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    reset();
    if (jenis === 'pegawai') pratinjau.mutate({ jenis, file });
    else mutation.mutate({ jenis, file });
  };
  const menungguKonfirmasi = pratinjau.isSuccess && pratinjau.data.perubahan.length > 0 && !mutation.isSuccess;

  const labels: Record<JenisImpor, string> = { unit: t('impor.unit'), jabatan: t('impor.jabatan'), pegawai: t('impor.pegawai') };

  return (
    <>
      <PageHeader title={t('impor.title')} description={t('impor.intro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Input.Wrapper label={t('impor.jenis')} id="jenis-impor">
                <SegmentedControl
                  id="jenis-impor"
                  fullWidth
                  value={jenis}
                  onChange={(v) => {
                    if (isJenis(v)) setJenis(v);
                    reset();
                  }}
                  data={JENIS_IMPOR.map((j) => ({ value: j, label: labels[j] }))}
                  data-testid="import-kind"
                />
              </Input.Wrapper>

              <div>
                <Title order={2} size="h6" mb={6}>
                  {t('impor.template')} — {labels[jenis]}
                </Title>
                <Group gap="xs" wrap="wrap">
                  <Button component="a" href={templateUrl(jenis, 'xlsx')} download={`templat-${jenis}.xlsx`} variant="light" size="sm">
                    {t('impor.downloadXlsx')}
                  </Button>
                  <Button component="a" href={templateUrl(jenis, 'csv')} download={`templat-${jenis}.csv`} variant="light" size="sm">
                    {t('impor.downloadCsv')}
                  </Button>
                </Group>
              </div>

              <ImportFileField
                id="berkas-impor"
                name="berkas"
                label={t('impor.file')}
                file={file}
                missing={missingFile}
                pending={mutation.isPending || pratinjau.isPending}
                inputRef={fileInput}
                onFile={(f) => {
                  setFile(f);
                  setMissingFile(false);
                  reset();
                }}
                testId="import-file"
                submitTestId="import-submit"
              />
            </Stack>
          </form>
        </Card>

        {menungguKonfirmasi && file ? (
          <ImporPratinjau result={pratinjau.data} pending={mutation.isPending} onLanjut={() => mutation.mutate({ jenis, file })} onBatal={reset} />
        ) : null}
        {mutation.isSuccess ? <ImporSuccess result={mutation.data} /> : null}
        {pratinjau.isError ? <ImporError error={pratinjau.error} /> : null}
        {mutation.isError ? <ImporError error={mutation.error} /> : null}
      </Stack>
    </>
  );
}
