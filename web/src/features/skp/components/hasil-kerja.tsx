import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { hapusRhk, type SkpDetail, type SkpDialog, type SkpIndikator, type SkpRhk } from '../api/skp';
import { useSkpLabels } from './labels';
import { RhkModal, sasaranLabel } from './rhk-modal';
import { useSkpMutation } from './use-skp-mutation';

export function targetText(ind: Pick<SkpIndikator, 'targetNilai' | 'targetSatuan' | 'targetTeks'>): string {
  if (ind.targetNilai) return [ind.targetNilai, ind.targetSatuan].filter(Boolean).join(' ');
  return ind.targetTeks ?? '—';
}

/** Comments addressed to one RHK or indicator, highlighted next to it. */
export function InlineComments({ items }: { items: SkpDialog[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4} mt={4}>
      {items.map((d) => (
        <Paper key={d.id} bg="yellow.0" p={6} radius="sm" style={{ borderLeft: '3px solid var(--mantine-color-yellow-6)' }} data-testid="skp-komentar-inline">
          <Text size="xs" fw={600}>
            {d.penulis ?? '—'}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {d.pesan}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

interface RhkCardProps {
  skp: SkpDetail;
  rhk: SkpRhk;
  onEdit: (rhk: SkpRhk) => void;
  onDelete: (rhk: SkpRhk) => void;
}

function RhkCard({ skp, rhk, onEdit, onDelete }: RhkCardProps) {
  const { t } = useTranslation();
  const labels = useSkpLabels();
  const pilihan = rhk.sasaranOrganisasiId ? skp.pilihanSasaranOrganisasi.find((s) => s.id === rhk.sasaranOrganisasiId) : undefined;
  const sasaran = rhk.sasaranOrganisasiId ? (pilihan ? sasaranLabel(pilihan) : t('skp.sasaranTerhubung')) : null;
  const comments = (jenis: string, id: string) => skp.dialog.filter((d) => d.jenis === 'KOMENTAR' && d.targetJenis === jenis && d.targetId === id);
  return (
    <Card withBorder padding="sm" data-testid="skp-rhk" data-rhk-id={rhk.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {rhk.uraian}
          </Text>
          {skp.can.ubah ? (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(rhk)} data-testid="skp-rhk-ubah">
                {t('common.edit')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(rhk)} data-testid="skp-rhk-hapus">
                {t('common.delete')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <Group gap="xs" wrap="wrap">
          {rhk.perspektif ? <Badge variant="outline" style={{ textTransform: 'none' }}>{labels.perspektif(rhk.perspektif)}</Badge> : null}
          {rhk.penugasanDari ? (
            <Badge color="grape" variant="light" style={{ textTransform: 'none' }} data-testid="skp-rhk-usulan">
              {t('skp.usulanDari', { nama: rhk.penugasanDari })}
            </Badge>
          ) : null}
        </Group>
        {sasaran ? (
          <div data-testid="skp-rhk-sasaran">
            <Text size="xs" c="dimmed">
              {t('skp.sasaranPk')}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {sasaran}
            </Text>
          </div>
        ) : null}
        <div>
          {rhk.rhkAtasanId || !sasaran ? (
            <Text size="xs" c="dimmed">
              {t('skp.rhkAtasan')}
            </Text>
          ) : null}
          {rhk.rhkAtasanId ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {rhk.rhkAtasanUraian ?? rhk.rhkAtasanId}
            </Text>
          ) : rhk.terhubung ? null : (
            <Badge color="yellow" variant="light" style={{ textTransform: 'none' }} data-testid="skp-rhk-belum-terhubung">
              {t('skp.belumTerhubung')}
            </Badge>
          )}
        </div>
        <Stack gap={6}>
          {rhk.indikator.map((ind) => (
            <Paper key={ind.id} withBorder p="xs" radius="sm" data-testid="skp-indikator">
              <Group gap="xs" wrap="wrap" align="baseline">
                <Badge size="sm" variant="light" color="indigo" style={{ textTransform: 'none' }}>
                  {labels.aspek(ind.aspek)}
                </Badge>
                <Text size="sm" style={{ flex: 1, minWidth: 160, overflowWrap: 'anywhere' }}>
                  {ind.uraian}
                </Text>
              </Group>
              <Text size="sm" mt={4}>
                <Text span c="dimmed" size="xs">
                  {t('skp.target')}:{' '}
                </Text>
                {targetText(ind)}
              </Text>
              <InlineComments items={comments('INDIKATOR', ind.id)} />
            </Paper>
          ))}
        </Stack>
        <InlineComments items={comments('RHK', rhk.id)} />
      </Stack>
    </Card>
  );
}

export function HasilKerjaSection({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ rhk: SkpRhk | null; usulan?: boolean } | null>(null);
  const [deleting, setDeleting] = useState<SkpRhk | null>(null);
  const remove = useSkpMutation(skp.id, (rhk: SkpRhk) => hapusRhk(skp.id, rhk.id, skp.rowVersion), () => setDeleting(null));

  const groups = [
    { jenis: 'UTAMA', title: t('skp.utama') },
    { jenis: 'TAMBAHAN', title: t('skp.tambahan') },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('skp.hasilKerja')}
        </Title>
        <Group gap="xs">
          {skp.can.usulkanRhk ? (
            <Button size="xs" variant="light" onClick={() => setEditing({ rhk: null, usulan: true })} data-testid="skp-usulkan-rhk">
              {t('skp.usulkanRhk')}
            </Button>
          ) : null}
          {skp.can.ubah ? (
            <Button size="xs" onClick={() => setEditing({ rhk: null })} data-testid="skp-add-rhk">
              {t('skp.addRhk')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {groups.map((g) => {
        const items = skp.hasilKerja.filter((r) => r.jenis === g.jenis);
        return (
          <Stack key={g.jenis} gap="xs" data-testid={`skp-rhk-${g.jenis.toLowerCase()}`}>
            <Title order={3} fz="h5">
              {g.title}
            </Title>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('skp.rhkKosong')}
              </Text>
            ) : (
              items.map((rhk) => (
                <RhkCard key={rhk.id} skp={skp} rhk={rhk} onEdit={(r) => setEditing({ rhk: r })} onDelete={(r) => { remove.reset(); setDeleting(r); }} />
              ))
            )}
          </Stack>
        );
      })}
      <RhkModal skp={skp} rhk={editing?.rhk ?? null} usulan={editing?.usulan ?? false} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('skp.deleteRhk')}
        message={t('skp.deleteRhkConfirm', { uraian: deleting?.uraian ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
