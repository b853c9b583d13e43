import { Button, Center, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { auditQuery, type AuditFilter } from '../api/audit';
import { AuditTable } from '../components/audit-table';
import { ACTIONS, ENTITY_TYPES, actionLabel, entityLabel } from '../components/labels';

const route = getRouteApi('/app/audit');

export function AuditPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const { me } = route.useRouteContext();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  const [entityType, setEntityType] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);

  const filter: AuditFilter = {
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(entityType ? { entityType } : {}),
    ...(action ? { action } : {}),
  };
  const { data, error, isPending, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery(auditQuery(filter));
  const items = data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mb="md">
          <TextInput label={t('common.search')} placeholder={t('audit.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <Select
            label={t('audit.entityType')}
            placeholder={t('common.all')}
            data={ENTITY_TYPES.map((v) => ({ value: v, label: entityLabel(i18n.language, v) }))}
            value={entityType}
            onChange={setEntityType}
            clearable
          />
          <Select
            label={t('audit.action')}
            placeholder={t('common.all')}
            data={ACTIONS.map((v) => ({ value: v, label: actionLabel(i18n.language, v) }))}
            value={action}
            onChange={setAction}
            clearable
          />
        </SimpleGrid>
      </form>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <>
          <AuditTable items={items} timeZone={me.instansi.zonaWaktu} />
          {hasNextPage ? (
            <Center mt="md">
              <Button variant="light" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
                {t('audit.loadMore')}
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </>
  );
}
