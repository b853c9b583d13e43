import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { PegawaiProfile } from '@/components/pegawai-profile';
import { deletePegawai, pegawaiDetailQuery, pegawaiKeys } from '../api/pegawai';
import { AnchorLink, ButtonLink } from '@/components/links';

const route = getRouteApi('/app/pegawai/$pegawaiId');

export function PegawaiDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { pegawaiId } = route.useParams();
  const { me } = route.useRouteContext();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const { data, error, isPending } = useQuery(pegawaiDetailQuery(pegawaiId));

  const remove = useMutation({
    mutationFn: () => deletePegawai(pegawaiId),
    onSuccess: async () => {
      confirm.close();
      queryClient.removeQueries({ queryKey: pegawaiKeys.detail(pegawaiId) });
      await queryClient.invalidateQueries({ queryKey: pegawaiKeys.all });
      await navigate({ to: '/pegawai' });
    },
  });

  return (
    <>
      {me.can.lihatDaftarPegawai ? (
        <AnchorLink to="/pegawai" size="sm" mb="xs" display="inline-block">
          ← {t('pegawai.toList')}
        </AnchorLink>
      ) : null}
      <PageHeader
        title={t('pegawai.detailTitle')}
        description={data?.namaLengkap}
        actions={
          data ? (
            <>
              {data.can['update'] ? (
                <ButtonLink to="/pegawai/$pegawaiId/ubah" params={{ pegawaiId }} variant="light">
                  {t('common.edit')}
                </ButtonLink>
              ) : null}
              {data.can['delete'] ? (
                <Button color="red" variant="light" onClick={confirm.open}>
                  {t('common.delete')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <PegawaiProfile pegawai={data} />}
      <ConfirmModal
        opened={confirming}
        title={t('common.confirmDeleteTitle')}
        message={t('common.confirmDelete', { nama: data?.namaLengkap ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => {
          confirm.close();
          remove.reset();
        }}
      />
    </>
  );
}
