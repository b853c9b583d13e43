import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { ME_QUERY_KEY, meQueryOptions } from '@/lib/session';
import { changePassword } from '../api/auth';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useQuery(meQueryOptions);
  // Signed in with a temporary password: once changed, the whole app opens (at the home page).
  const sementara = me?.mustChangePassword === true;
  const [passwordLama, setPasswordLama] = useState('');
  const [passwordBaru, setPasswordBaru] = useState('');
  const [konfirmasi, setKonfirmasi] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      setPasswordLama('');
      setPasswordBaru('');
      setKonfirmasi('');
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      if (sementara) {
        await navigate({ to: '/' });
        return;
      }
      setDone(true);
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(false);
    if (passwordBaru !== konfirmasi) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    mutation.mutate({ passwordLama, passwordBaru });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {done ? (
          <Alert color="green" role="status" data-testid="password-changed">
            {t('auth.changed')}
          </Alert>
        ) : null}
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <PasswordInput
          label={sementara ? t('auth.tempPassword') : t('auth.oldPassword')}
          autoComplete="current-password"
          value={passwordLama}
          onChange={(e) => setPasswordLama(e.currentTarget.value)}
          error={fieldError(mutation.error, 'passwordLama')}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          autoComplete="new-password"
          value={passwordBaru}
          onChange={(e) => setPasswordBaru(e.currentTarget.value)}
          error={fieldError(mutation.error, 'passwordBaru')}
        />
        <PasswordInput
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          value={konfirmasi}
          onChange={(e) => setKonfirmasi(e.currentTarget.value)}
          error={mismatch ? t('auth.mismatch') : undefined}
        />
        <Button type="submit" loading={mutation.isPending} w={{ base: '100%', xs: 'auto' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
