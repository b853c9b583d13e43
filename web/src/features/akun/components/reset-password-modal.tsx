import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { akunKeys, resetPassword, type Akun } from '../api/akun';
import { TempPassword } from './temp-password';

interface ResetPasswordModalProps {
  akun: Akun | null;
  onClose: () => void;
}

/** Confirms, resets, then shows the temporary password once. */
export function ResetPasswordModal({ akun, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (id: string) => resetPassword(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: akunKeys.all }),
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  const temp = mutation.data?.passwordSementara;

  return (
    <Modal opened={akun !== null} onClose={close} title={t('akun.resetPassword')} centered>
      {akun ? (
        <Stack>
          {temp ? (
            <>
              <Text size="sm">{akun.nama}</Text>
              <TempPassword password={temp} />
              <Group justify="flex-end">
                <Button onClick={close}>{t('common.close')}</Button>
              </Group>
            </>
          ) : (
            <>
              <Text>{t('akun.resetConfirm', { nama: akun.nama })}</Text>
              <ErrorAlert error={mutation.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button color="orange" loading={mutation.isPending} onClick={() => mutation.mutate(akun.id)}>
                  {t('akun.resetPassword')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
