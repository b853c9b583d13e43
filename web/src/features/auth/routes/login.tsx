import { Box, Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '@/lib/i18n';
import { LoginForm } from '../components/login-form';

const route = getRouteApi('/masuk');

function safeTarget(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/masuk') ? target : '/';
}

export function LoginPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const lang = i18n.language === 'en' ? 'en' : currentLanguage();
  useEffect(() => {
    document.title = `${t('auth.submit')} — Capaian`;
  }, [t]);

  return (
    <Center mih="100dvh" p="sm" bg="gray.0">
      <Box w="100%" maw={420}>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="lg">
            <div>
              <Text fw={800} fz="xl" c="blue.7">
                {t('common.appName')}
              </Text>
              <Title order={1} fz="h3" mt={4}>
                {t('auth.title')}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t('auth.subtitle')}
              </Text>
            </div>
            <LoginForm onSuccess={() => void navigate({ href: safeTarget(search.redirect) })} />
          </Stack>
        </Paper>
        <Group justify="center" mt="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('nav.language')}
            value={lang}
            onChange={(v) => setLanguage(v === 'en' ? 'en' : 'id')}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Group>
      </Box>
    </Center>
  );
}
