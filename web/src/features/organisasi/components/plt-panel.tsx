import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatNip, formatTanggal } from '@/lib/format';
import { deletePlt, jabatanOfUnitQuery, orgKeys, pltQuery, type Plt } from '../api/organisasi';
import { PltFormModal } from './plt-form-modal';

interface PltPanelProps {
  unitId: string;
  canManage: boolean;
}

/** Plt/Plh assignments to the jabatan of one unit. */
export function PltPanel({ unitId, canManage }: PltPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const jabatan = useQuery(jabatanOfUnitQuery(unitId));
  const plt = useQuery(pltQuery);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<Plt | null>(null);

  const remove = useMutation({
    mutationFn: (id: string) => deletePlt(id),
    onSuccess: async () => {
      setDeleting(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.plt }),
        queryClient.invalidateQueries({ queryKey: orgKeys.units }),
      ]);
    },
  });

  const jabatanIds = new Set((jabatan.data ?? []).map((j) => j.id));
  const items = (plt.data ?? []).filter((p) => jabatanIds.has(p.jabatanId));

  return (
    <section aria-labelledby="plt-title">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h5" id="plt-title">
          {t('organisasi.pltTitle')}
        </Title>
        {canManage && (jabatan.data?.length ?? 0) > 0 ? (
          <Button size="compact-sm" variant="light" onClick={() => setFormOpen(true)}>
            {t('organisasi.addPlt')}
          </Button>
        ) : null}
      </Group>
      {jabatan.isPending || plt.isPending ? (
        <Loading />
      ) : jabatan.error || plt.error ? (
        <ErrorAlert error={jabatan.error ?? plt.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="plt-list">
          {items.map((p) => (
            <Group key={p.id} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Badge size="sm" color="orange" variant="light">
                    {p.jenis === 'PLT' ? 'Plt' : 'Plh'}
                  </Badge>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {p.pegawaiNama}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  NIP {formatNip(p.pegawaiNip)} · {p.jabatanNama}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTanggal(p.tanggalMulai)} – {formatTanggal(p.tanggalSelesai)}
                  {p.nomorSk ? ` · SK ${p.nomorSk}` : ''}
                </Text>
              </div>
              {canManage && p.can['delete'] ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  style={{ flexShrink: 0 }}
                  aria-label={`${t('common.delete')} ${p.pegawaiNama}`}
                  onClick={() => setDeleting(p)}
                >
                  {t('common.delete')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      <PltFormModal opened={formOpen} onClose={() => setFormOpen(false)} jabatan={jabatan.data ?? []} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('common.confirmDeleteTitle')}
        message={t('common.confirmDelete', { nama: deleting ? `${deleting.jenis === 'PLT' ? 'Plt' : 'Plh'} ${deleting.pegawaiNama}` : '' })}
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
