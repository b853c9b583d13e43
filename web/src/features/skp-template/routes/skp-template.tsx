import { Button, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatTanggal } from '@/lib/format';
import { deleteTemplate, templateKeys, templateListQuery, type TemplateRingkas } from '../api/skp-template';
import { TemplateModal } from '../components/template-form';
import { TerapkanModal } from '../components/terapkan-modal';

export function SkpTemplatePage(): JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(templateListQuery);
  const [editId, setEditId] = useState<string | null | undefined>(undefined);
  const [terapkan, setTerapkan] = useState<TemplateRingkas | null>(null);
  const [hapus, setHapus] = useState<TemplateRingkas | null>(null);
  const hapusMutation = useMutation({
    mutationFn: (id: string) => deleteTemplate(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      setHapus(null);
    },
  });

  return (
    <>
      <PageHeader
        title={t('skpTemplat.title')}
        description={t('skpTemplat.description')}
        actions={
          data?.can.buat ? (
            <Button onClick={() => setEditId(null)} data-testid="template-create">
              {t('skpTemplat.buat')}
            </Button>
          ) : null
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed" data-testid="template-kosong">
          {t('skpTemplat.kosong')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="template-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skpTemplat.nama')}</Table.Th>
                <Table.Th>{t('skpTemplat.jabatan')}</Table.Th>
                <Table.Th>{t('skpTemplat.unit')}</Table.Th>
                <Table.Th ta="right">{t('skpTemplat.jumlahRhk')}</Table.Th>
                <Table.Th>{t('skpTemplat.diperbarui')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((tpl) => (
                <Table.Tr key={tpl.id} data-testid="template-row">
                  <Table.Td fw={500}>{tpl.nama}</Table.Td>
                  <Table.Td>{tpl.jabatanNama}</Table.Td>
                  <Table.Td>{tpl.unitNama ?? t('skpTemplat.seluruhInstansi')}</Table.Td>
                  <Table.Td ta="right">{tpl.jumlahRhk}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTanggal(tpl.diperbarui)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {tpl.can.terapkan ? (
                        <Button size="compact-sm" onClick={() => setTerapkan(tpl)} data-testid="template-terapkan">
                          {t('skpTemplat.terapkan')}
                        </Button>
                      ) : null}
                      {tpl.can.ubah ? (
                        <Button size="compact-sm" variant="light" onClick={() => setEditId(tpl.id)} data-testid="template-ubah">
                          {t('common.edit')}
                        </Button>
                      ) : null}
                      {tpl.can.hapus ? (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setHapus(tpl)} data-testid="template-hapus">
                          {t('common.delete')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TemplateModal editId={editId} seluruhInstansi={data?.can.seluruhInstansi ?? false} onClose={() => setEditId(undefined)} />
      <TerapkanModal template={terapkan} onClose={() => setTerapkan(null)} />
      <ConfirmModal
        opened={hapus !== null}
        title={t('common.confirmDeleteTitle')}
        message={hapus ? t('skpTemplat.hapusConfirm', { nama: hapus.nama }) : ''}
        confirmLabel={t('common.delete')}
        loading={hapusMutation.isPending}
        error={hapusMutation.error}
        onConfirm={() => hapus && hapusMutation.mutate(hapus.id)}
        onClose={() => {
          setHapus(null);
          hapusMutation.reset();
        }}
      />
    </>
  );
}
