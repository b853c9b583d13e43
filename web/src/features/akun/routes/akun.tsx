import { Alert, Button, Group, Pagination, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ROLES, ROLE_LABEL, labelOf } from '@/lib/labels';
import { AKUN_PAGE_SIZE, akunKeys, akunListQuery, setStatus, unlockAkun, type Akun, type AkunFilter } from '../api/akun';
import { AkunTable } from '../components/akun-table';
import { CreateAkunModal } from '../components/create-akun-modal';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { RolesModal } from '../components/roles-modal';

const route = getRouteApi('/app/akun');

export function AkunPage(): JSX.Element {
  const { t } = useTranslation();
  const { me } = route.useRouteContext();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  const [role, setRole] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [resetting, setResetting] = useState<Akun | null>(null);
  const [editingRoles, setEditingRoles] = useState<Akun | null>(null);
  const [deactivating, setDeactivating] = useState<Akun | null>(null);
  const [creating, setCreating] = useState(false);

  const filter: AkunFilter = {
    page,
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(role ? { role } : {}),
  };
  const { data, error, isPending, isPlaceholderData } = useQuery(akunListQuery(filter));

  const invalidate = () => queryClient.invalidateQueries({ queryKey: akunKeys.all });
  const unlock = useMutation({ mutationFn: (a: Akun) => unlockAkun(a.id), onSuccess: invalidate });
  const status = useMutation({
    mutationFn: (v: { akun: Akun; aktif: boolean }) => setStatus(v.akun.id, v.aktif),
    onSuccess: async () => {
      setDeactivating(null);
      await invalidate();
    },
  });

  const totalPages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || AKUN_PAGE_SIZE))) : 1;
  const busyId = unlock.isPending ? (unlock.variables?.id ?? null) : status.isPending ? (status.variables?.akun.id ?? null) : null;

  return (
    <>
      <PageHeader
        title={t('akun.title')}
        actions={
          <Button onClick={() => setCreating(true)} data-testid="akun-create">
            {t('akun.create')}
          </Button>
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mb="md">
          <TextInput
            label={t('common.search')}
            placeholder={t('akun.search')}
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
          />
          <Select
            label={t('akun.role')}
            placeholder={t('common.all')}
            data={ROLES.map((r) => ({ value: r, label: labelOf(ROLE_LABEL, r) }))}
            value={role}
            onChange={(v) => {
              setRole(v);
              setPage(1);
            }}
            clearable
          />
        </SimpleGrid>
      </form>
      <ErrorAlert error={error ?? unlock.error ?? (deactivating ? null : status.error)} />
      {unlock.isSuccess ? (
        <Alert color="green" variant="light" role="status" mb="sm" data-testid="akun-dilepas">
          {t('akun.unlocked')}
        </Alert>
      ) : null}
      {isPending ? (
        <Loading />
      ) : data ? (
        <div style={{ opacity: isPlaceholderData ? 0.6 : 1 }} aria-busy={isPlaceholderData}>
          <AkunTable
            items={data.items}
            timeZone={me.instansi.zonaWaktu}
            busyId={busyId}
            onReset={setResetting}
            onUnlock={(a) => unlock.mutate(a)}
            onRoles={setEditingRoles}
            onToggleActive={(a) => (a.aktif ? setDeactivating(a) : status.mutate({ akun: a, aktif: true }))}
          />
          <Group justify="space-between" mt="md" gap="sm">
            <Text size="sm" c="dimmed">
              {data.total === 0
                ? t('common.empty')
                : t('common.showing', {
                    from: (data.page - 1) * data.pageSize + 1,
                    to: Math.min(data.page * data.pageSize, data.total),
                    total: data.total,
                  })}
            </Text>
            {totalPages > 1 ? (
              <Pagination total={totalPages} value={page} onChange={setPage} size="sm" siblings={0} boundaries={1} />
            ) : null}
          </Group>
        </div>
      ) : null}
      <ResetPasswordModal akun={resetting} onClose={() => setResetting(null)} />
      <CreateAkunModal opened={creating} callerRoles={me.roles} onClose={() => setCreating(false)} />
      <RolesModal akun={editingRoles} callerRoles={me.roles} onClose={() => setEditingRoles(null)} />
      <ConfirmModal
        opened={deactivating !== null}
        title={t('akun.deactivate')}
        message={`${t('akun.deactivate')} ${deactivating?.nama ?? ''}?`}
        confirmLabel={t('akun.deactivate')}
        loading={status.isPending}
        error={status.error}
        onConfirm={() => deactivating && status.mutate({ akun: deactivating, aktif: false })}
        onClose={() => {
          setDeactivating(null);
          status.reset();
        }}
      />
    </>
  );
}
