import { Group, Pagination, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useRouteContext } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { PAGE_SIZE, pegawaiListQuery } from '../api/pegawai';
import { PegawaiFilters } from '../components/pegawai-filters';
import { PegawaiTable } from '../components/pegawai-table';
import type { PegawaiSearch } from './search';
import { ButtonLink } from '@/components/links';

const route = getRouteApi('/app/pegawai');

export function PegawaiListPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { me } = useRouteContext({ from: '/app' });
  const { data, error, isPending, isPlaceholderData } = useQuery(pegawaiListQuery(search));

  const setSearch = (next: PegawaiSearch) => void navigate({ search: next, replace: true });
  const totalPages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;
  const page = search.page ?? 1;

  return (
    <>
      <PageHeader
        title={t('pegawai.listTitle')}
        actions={
          me.can.kelolaPegawai ? (
            <ButtonLink to="/pegawai/baru">
              {t('pegawai.add')}
            </ButtonLink>
          ) : null
        }
      />
      <PegawaiFilters search={search} onChange={setSearch} />
      {error ? <ErrorAlert error={error} /> : null}
      {isPending ? (
        <Loading />
      ) : data ? (
        <div style={{ opacity: isPlaceholderData ? 0.6 : 1 }} aria-busy={isPlaceholderData}>
          <PegawaiTable items={data.items} />
          <Group justify="space-between" mt="md" gap="sm">
            <Text size="sm" c="dimmed" data-testid="pegawai-total">
              {data.total === 0
                ? t('common.empty')
                : t('common.showing', {
                    from: (data.page - 1) * data.pageSize + 1,
                    to: Math.min(data.page * data.pageSize, data.total),
                    total: data.total,
                  })}
            </Text>
            {totalPages > 1 ? (
              <Pagination
                total={totalPages}
                value={page}
                onChange={(p) => void navigate({ search: { ...search, page: p > 1 ? p : undefined } })}
                size="sm"
                siblings={0}
                boundaries={1}
                aria-label={t('common.pagination')}
              />
            ) : null}
          </Group>
        </div>
      ) : null}
    </>
  );
}
