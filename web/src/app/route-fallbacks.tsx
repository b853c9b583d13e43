import { Button, Center, Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ButtonLink } from '@/components/links';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl" px="md">
      <Stack align="center">
        <Text>{t('common.notFound')}</Text>
        <ButtonLink to="/" variant="light">
          {t('common.backHome')}
        </ButtonLink>
      </Stack>
    </Center>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Stack p="md" maw={640}>
      <ErrorAlert error={error} title={t('common.errorTitle')} />
      <Button variant="light" onClick={reset} w="fit-content">
        {t('common.retry')}
      </Button>
    </Stack>
  );
}
