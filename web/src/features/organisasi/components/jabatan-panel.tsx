import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { JENIS_JABATAN_LABEL, JENJANG_LABEL, labelOf } from '@/lib/labels';
import { deleteJabatan, jabatanOfUnitQuery, orgKeys, type Jabatan } from '../api/organisasi';
import { JabatanFormModal } from './jabatan-form-modal';

interface JabatanPanelProps {
  unitId: string;
  canManage: boolean;
}

export function JabatanPanel({ unitId, canManage }: JabatanPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(jabatanOfUnitQuery(unitId));
  const [editing, setEditing] = useState<Jabatan | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<Jabatan | null>(null);

  const remove = useMutation({
    mutationFn: (id: string) => deleteJabatan(id),
    onSuccess: async () => {
      setDeleting(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.jabatan }),
        queryClient.invalidateQueries({ queryKey: orgKeys.units }),
      ]);
    },
  });

  return (
    <section aria-labelledby="jabatan-title">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h5" id="jabatan-title">
          {t('organisasi.jabatanTitle')}
        </Title>
        {canManage ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            {t('organisasi.addJabatan')}
          </Button>
        ) : null}
      </Group>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} data-testid="jabatan-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisasi.nama')}</Table.Th>
                <Table.Th scope="col">{t('organisasi.jenis')}</Table.Th>
                <Table.Th scope="col">{t('organisasi.kelas')}</Table.Th>
                <Table.Th scope="col">{t('organisasi.pemangku')}</Table.Th>
                {canManage ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((j) => (
                <Table.Tr key={j.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {j.nama}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {j.kode}
                    </Text>
                    {j.kepalaUnit ? (
                      <Badge size="xs" variant="light" mt={2}>
                        {t('organisasi.kepalaUnit')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{labelOf(JENIS_JABATAN_LABEL, j.jenis)}</Text>
                    {j.jenjang ? (
                      <Text size="xs" c="dimmed">
                        {labelOf(JENJANG_LABEL, j.jenjang)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{j.kelas ?? '—'}</Table.Td>
                  <Table.Td>{j.jumlahPemangku}</Table.Td>
                  {canManage ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {j.can['update'] ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`${t('common.edit')} ${j.nama}`}
                            onClick={() => {
                              setEditing(j);
                              setFormOpen(true);
                            }}
                          >
                            {t('common.edit')}
                          </Button>
                        ) : null}
                        {j.can['delete'] ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`${t('common.delete')} ${j.nama}`}
                            onClick={() => setDeleting(j)}
                          >
                            {t('common.delete')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <JabatanFormModal opened={formOpen} onClose={() => setFormOpen(false)} unitId={unitId} jabatan={editing} />
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
    </section>
  );
}
