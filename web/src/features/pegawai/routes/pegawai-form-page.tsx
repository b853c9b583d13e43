import { Paper } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { createPegawai, pegawaiDetailQuery, pegawaiKeys, updatePegawai, type PegawaiBody } from '../api/pegawai';
import { PegawaiForm } from '../components/pegawai-form';

const editRoute = getRouteApi('/app/pegawai/$pegawaiId/ubah');

export function PegawaiCreatePage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createPegawai,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: pegawaiKeys.all });
      await navigate({ to: '/pegawai/$pegawaiId', params: { pegawaiId: created.id } });
    },
  });
  return (
    <>
      <PageHeader title={t('pegawai.createTitle')} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
        <PegawaiForm
          submitting={mutation.isPending}
          error={mutation.error}
          onSubmit={(input) => mutation.mutate(input)}
          onCancel={() => void navigate({ to: '/pegawai' })}
        />
      </Paper>
    </>
  );
}

export function PegawaiEditPage(): JSX.Element {
  const { t } = useTranslation();
  const { pegawaiId } = editRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const detail = useQuery(pegawaiDetailQuery(pegawaiId));
  const mutation = useMutation({
    mutationFn: (input: PegawaiBody) => updatePegawai(pegawaiId, input),
    onSuccess: async (updated) => {
      queryClient.setQueryData(pegawaiKeys.detail(pegawaiId), updated);
      await queryClient.invalidateQueries({ queryKey: pegawaiKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['profil'] });
      await navigate({ to: '/pegawai/$pegawaiId', params: { pegawaiId } });
    },
  });
  return (
    <>
      <PageHeader title={t('pegawai.editTitle')} description={detail.data?.namaLengkap} />
      {detail.isPending ? (
        <Loading />
      ) : detail.error ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
          <PegawaiForm
            key={detail.data.id}
            initial={detail.data}
            submitting={mutation.isPending}
            error={mutation.error}
            onSubmit={(input) => mutation.mutate(input)}
            onCancel={() => void navigate({ to: '/pegawai/$pegawaiId', params: { pegawaiId } })}
          />
        </Paper>
      )}
    </>
  );
}
