import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError, isApiError, waitSeconds } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/session';
import { login } from '../api/auth';

/** "m:ss" of a number of seconds. */
function formatSisa(detik: number): string {
  const s = Math.max(0, Math.ceil(detik));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * After 429 'terlalu_banyak' (too many failed logins from this network, or for this NIP from this
 * device) the form waits as long as the server said (details.cobaLagiDetik, or Retry-After):
 * the seconds left, counting down; 0 when sign-in may be tried again.
 */
function useTunggu(): { sisa: number; tungguSampai: (detik: number) => void } {
  const [sampai, setSampai] = useState<number | null>(null);
  const [sekarang, setSekarang] = useState(() => Date.now());
  useEffect(() => {
    if (sampai === null) return;
    const tick = () => {
      const now = Date.now();
      setSekarang(now);
      if (now >= sampai) setSampai(null);
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [sampai]);
  return {
    sisa: sampai === null ? 0 : Math.max(0, (sampai - sekarang) / 1000),
    tungguSampai: (detik: number) => {
      const now = Date.now();
      setSekarang(now);
      setSampai(now + detik * 1000);
    },
  };
}

interface LoginFormProps {
  onSuccess: () => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const { sisa, tungguSampai } = useTunggu();
  const menunggu = sisa > 0;

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
      onSuccess();
    },
    onError: (e) => {
      const detik = isApiError(e) && e.error === 'terlalu_banyak' ? waitSeconds(e) : undefined;
      if (detik !== undefined && detik > 0) tungguSampai(detik);
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (menunggu) return;
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
        <Button type="submit" loading={mutation.isPending} disabled={menunggu} fullWidth data-testid="login-submit">
          {t('auth.submit')}
        </Button>
        {menunggu ? (
          <Text size="sm" c="dimmed" ta="center" role="timer" aria-live="off" data-testid="login-tunggu" data-detik={Math.ceil(sisa)}>
            {t('auth.cobaLagiDalam', { waktu: formatSisa(sisa) })}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
