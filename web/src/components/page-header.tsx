import { ActionIcon, Group, Title, Text, type ActionIconProps } from '@mantine/core';
import { createLink, useRouterState } from '@tanstack/react-router';
import { useEffect, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

type ActionIconElementProps = ActionIconProps & Omit<ComponentPropsWithRef<'a'>, keyof ActionIconProps>;
function ActionIconBase(props: ActionIconElementProps) {
  return <ActionIcon component="a" {...props} />;
}
const ActionIconLink = createLink(ActionIconBase);

/**
 * "?": opens the help section that explains the current page (/bantuan resolves the path through
 * the routes each section of the help content lists). Only on pages behind the login, not on the
 * help itself.
 */
function TombolBantuan() {
  const { t } = useTranslation();
  const { pathname, masuk } = useRouterState({
    select: (s) => ({ pathname: s.location.pathname, masuk: s.matches.some((m) => m.routeId === '/app') }),
    structuralSharing: true,
  });
  if (!masuk || pathname === '/bantuan' || pathname.startsWith('/bantuan/')) return null;
  return (
    <ActionIconLink
      to="/bantuan"
      search={{ dari: pathname }}
      variant="light"
      radius="xl"
      size="md"
      aria-label={t('bantuan.tombol')}
      title={t('bantuan.tombol')}
      data-testid="tombol-bantuan"
    >
      <Text fw={700} size="sm" aria-hidden>
        ?
      </Text>
    </ActionIconLink>
  );
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} — Capaian`;
  }, [title]);
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
      <div style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap" align="center">
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
            {title}
          </Title>
          <TombolBantuan />
        </Group>
        {description ? (
          <Text c="dimmed" size="sm" mt={4}>
            {description}
          </Text>
        ) : null}
      </div>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}
