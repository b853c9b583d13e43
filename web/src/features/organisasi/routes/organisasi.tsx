import { Button, Card, Grid, Group, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { deleteUnit, orgKeys, unitsQuery, type Unit } from '../api/organisasi';
import { OrgTree } from '../components/org-tree';
import { allIds, buildTree, filterTree } from '../components/tree';
import { UnitDetail } from '../components/unit-detail';
import { UnitFormModal } from '../components/unit-form-modal';

const route = getRouteApi('/app/organisasi');

export function OrganisasiPage(): JSX.Element {
  const { t } = useTranslation();
  const { me } = route.useRouteContext();
  const canManage = me.can.kelolaOrganisasi;
  const queryClient = useQueryClient();
  const { data: units, error, isPending } = useQuery(unitsQuery);

  const tree = useMemo(() => buildTree(units ?? []), [units]);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<{ unit: Unit | null; parentId: string | null } | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);

  // First render with data: the top-level units are open.
  const open = expanded ?? new Set(tree.map((n) => n.unit.id));
  const shown = useMemo(() => filterTree(tree, filter), [tree, filter]);
  const selected = units?.find((u) => u.id === selectedId) ?? null;
  const parentNama = selected?.parentId ? (units?.find((u) => u.id === selected.parentId)?.nama ?? null) : null;

  const scrollToDetail = useRef(false);
  const select = (id: string) => {
    setSelectedId(id);
    // On phones the detail sits below the tree: bring it into view once rendered.
    scrollToDetail.current = window.matchMedia('(max-width: 61.99em)').matches;
  };
  useEffect(() => {
    if (!scrollToDetail.current) return;
    scrollToDetail.current = false;
    document.getElementById('unit-detail')?.scrollIntoView({ block: 'start' });
  }, [selectedId]);

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  const remove = useMutation({
    mutationFn: (id: string) => deleteUnit(id),
    onSuccess: async () => {
      setDeleting(null);
      setSelectedId(null);
      await queryClient.invalidateQueries({ queryKey: orgKeys.units });
    },
  });

  return (
    <>
      <PageHeader
        title={t('organisasi.title')}
        actions={
          canManage ? (
            <Button onClick={() => setForm({ unit: null, parentId: null })} data-testid="add-unit">
              {t('organisasi.addUnit')}
            </Button>
          ) : null
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder radius="md" padding="sm">
              <TextInput
                label={t('organisasi.filter')}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                mb="xs"
              />
              <Group gap="xs" mb="xs">
                <Button size="compact-xs" variant="subtle" onClick={() => setExpanded(new Set(allIds(tree)))}>
                  {t('organisasi.expandAll')}
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => setExpanded(new Set())}>
                  {t('organisasi.collapseAll')}
                </Button>
              </Group>
              <OrgTree
                nodes={shown}
                expanded={open}
                forceOpen={filter.trim() !== ''}
                selectedId={selectedId}
                onToggle={toggle}
                onSelect={select}
              />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <UnitDetail
                unit={selected}
                parentNama={parentNama}
                canManage={canManage}
                onEdit={() => setForm({ unit: selected, parentId: selected.parentId })}
                onDelete={() => setDeleting(selected)}
                onAddChild={() => setForm({ unit: null, parentId: selected.id })}
              />
            ) : (
              <Card withBorder radius="md" padding="md">
                <Text c="dimmed" size="sm">
                  {t('organisasi.selectUnit')}
                </Text>
              </Card>
            )}
          </Grid.Col>
        </Grid>
      )}
      <UnitFormModal
        opened={form !== null}
        onClose={() => setForm(null)}
        units={units ?? []}
        unit={form?.unit ?? null}
        parentId={form?.parentId ?? null}
        onSaved={(u) => {
          setSelectedId(u.id);
          if (u.parentId) setExpanded(new Set([...open, u.parentId]));
        }}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('common.confirmDeleteTitle')}
        message={t('common.confirmDelete', { nama: deleting?.nama ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
    </>
  );
}
