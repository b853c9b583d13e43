import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/session';
import { login } from '../api/auth';

interface LoginFormProps {
  onSuccess: () => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
      onSuccess();
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate({ nip: nip.replace(/\s+/g, ''), password });
  };

  const error = mutation.error;
  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
      <Stack gap="md">
        {error ? (
          <div id="login-error">
            <ErrorAlert error={error} testId="login-error" hideWhenFieldsOnly />
          </div>
        ) : null}
        <TextInput
          label={t('auth.nip')}
          name="nip"
          autoComplete="username"
          inputMode="numeric"
          placeholder={t('auth.nipPlaceholder')}
          value={nip}
          onChange={(e) => setNip(e.currentTarget.value)}
          error={fieldError(error, 'nip')}
          maxLength={24}
          autoFocus
        />
        <PasswordInput
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(error, 'password')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
