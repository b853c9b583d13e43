import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { ImportFileField } from '@/components/import-file-field';
import { ImportProblemsTable, importProblemsOf, useJudulPenolakan } from '@/components/import-problems';
import { imporProgres, realisasiKeys, templatUrl } from '../api/realisasi';


/** Bulk entry: download the XLSX template with the pegawai's action plans, fill it, upload it (all rows or none). */
export function ImporProgresPage(): JSX.Element {
  const { t } = useTranslation();
  const judulPenolakan = useJudulPenolakan();
  const queryClient = useQueryClient();
  const [tahun, setTahun] = useState(tahunIni);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: imporProgres,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: realisasiKeys.all }),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate(file);
  };
  const baris = importProblemsOf(mutation.error);

  return (
    <>
      <PageHeader title={t('realisasi.imporTitle')} description={t('realisasi.imporIntro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={2} size="h6" mb={6}>
                  {t('realisasi.imporLangkah1')}
                </Title>
                <Group gap="xs" wrap="wrap" align="flex-end">
                  <TahunSelect value={tahun} onChange={setTahun} label={t('skp.tahun')} showLabel testId="impor-progres-tahun" />
                  <Button component="a" href={templatUrl(tahun)} download={`templat-progres-${tahun}.xlsx`} variant="light" data-testid="impor-progres-templat">
                    {t('realisasi.imporUnduhTemplat')}
                  </Button>
                </Group>
              </div>
              <ImportFileField
                id="berkas-impor-progres"
                label={t('realisasi.imporLangkah2')}
                file={file}
                missing={missing}
                pending={mutation.isPending}
                onFile={(f) => {
                  setFile(f);
                  setMissing(false);
                  mutation.reset();
                }}
                testId="impor-progres-file"
                submitTestId="impor-progres-kirim"
              />
            </Stack>
          </form>
        </Card>
        {mutation.isSuccess ? (
          <Alert color="green" role="status" title={t('impor.result')} data-testid="impor-progres-hasil">
            {t('realisasi.imporBerhasil', { count: mutation.data.dibuat })}
          </Alert>
        ) : null}
        {mutation.isError ? (
          <Stack gap="md">
            <ErrorAlert error={mutation.error} title={judulPenolakan(mutation.error)} testId="impor-progres-galat" />
            {baris.length > 0 ? <ImportProblemsTable problems={baris} testId="impor-progres-ditolak" /> : null}
          </Stack>
        ) : null}
      </Stack>
    </>
  );
}
