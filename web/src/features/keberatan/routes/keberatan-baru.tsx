import { Alert, Button, FileInput, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { PREDIKAT_LABEL, RATING_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError, isApiError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { evaluasiUntukKeberatanQuery, useAjukanKeberatan } from '../api/keberatan';

const route = getRouteApi('/app/keberatan/baru');

/** The pegawai files an objection to a final result while the window the server reports is open (counted from delivery). */
export function KeberatanBaruPage(): JSX.Element {
  const { t } = useTranslation();
  const { evaluasiId } = route.useSearch();
  const navigate = useNavigate();
  const { data: e, error, isPending } = useQuery(evaluasiUntukKeberatanQuery(evaluasiId ?? ''));
  const ajukan = useAjukanKeberatan();
  const [alasan, setAlasan] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const lewat = isApiError(ajukan.error) && ajukan.error.error === 'keberatan_lewat_waktu';
  return (
    <>
      <PageHeader title={t('keberatan.baruTitle')} description={t('keberatan.baruDescription')} />
      {!evaluasiId ? (
        <Text c="dimmed">{t('keberatan.tanpaEvaluasi')}</Text>
      ) : isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Stack maw={720}>
          <Paper withBorder p="sm">
            <Text size="sm">
              {e.periode.label} · {e.pegawai.nama}
            </Text>
            <Text size="sm">
              {t('keberatan.hasilSaatIni', {
                hk: e.ratingHasilKerja ? RATING_LABEL[e.ratingHasilKerja] : '—',
                rp: e.ratingPerilaku ? RATING_LABEL[e.ratingPerilaku] : '—',
                predikat: e.predikat ? PREDIKAT_LABEL[e.predikat] : '—',
              })}
            </Text>
            {e.keberatanSampai ? (
              <Text size="sm" fw={600} c={e.keberatanTerbuka ? undefined : 'red.8'} data-testid="keberatan-batas" data-terbuka={e.keberatanTerbuka}>
                {e.keberatanTerbuka
                  ? t('keberatan.batas', { tanggal: formatTanggal(e.keberatanSampai) })
                  : t('keberatan.batasLewat', { tanggal: formatTanggal(e.keberatanSampai) })}
              </Text>
            ) : null}
          </Paper>
          {!e.can.ajukanKeberatan || lewat ? (
            <Alert color="red" role="alert" data-testid="keberatan-ditolak">
              {lewat && ajukan.error ? ajukan.error.message : t('keberatan.tidakBisa')}
            </Alert>
          ) : null}
          {e.can.ajukanKeberatan && !lewat ? (
            <>
              <Textarea
                label={t('keberatan.alasan')}
                autosize
                minRows={5}
                value={alasan}
                onChange={(v) => setAlasan(v.currentTarget.value)}
                error={fieldError(ajukan.error, 'alasan')}
                data-testid="keberatan-alasan"
              />
              <FileInput
                label={t('keberatan.lampiran')}
                description={t('keberatan.lampiranKeterangan')}
                multiple
                clearable
                value={files}
                onChange={setFiles}
                data-testid="keberatan-lampiran"
              />
              <ErrorAlert error={ajukan.error} hideWhenFieldsOnly />
              <Group justify="flex-end">
                <Button
                  color="orange"
                  loading={ajukan.isPending}
                  disabled={!alasan.trim()}
                  onClick={() => ajukan.mutate({ evaluasiId, alasan, files }, { onSuccess: (k) => void navigate({ to: '/keberatan/$id', params: { id: k.id } }) })}
                  data-testid="keberatan-ajukan"
                >
                  {t('keberatan.ajukan')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      )}
    </>
  );
}
