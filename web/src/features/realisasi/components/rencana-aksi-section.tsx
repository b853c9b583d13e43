import { Badge, Button, Card, Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { periodsOf } from '@capaian/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { hapusRencanaAksi, realisasiKeys, type IndikatorRealisasi, type RealisasiBeranda, type RencanaAksi, type RhkRealisasi } from '../api/realisasi';
import { RencanaAksiModal } from './rencana-aksi-modal';

function persen(realisasi: number, target: number | null): number | null {
  if (target == null || target <= 0) return null;
  return Math.round((realisasi / target) * 100);
}

function Capaian({ realisasi, target, satuan }: { realisasi: number; target: number | null; satuan: string | null }) {
  const { t } = useTranslation();
  const p = persen(realisasi, target);
  return (
    <Stack gap={2} miw={110}>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {target != null ? t('realisasi.dariTarget', { realisasi, target, satuan: satuan ?? '' }) : `${realisasi} ${satuan ?? ''}`}
      </Text>
      {p != null ? <Progress value={Math.min(100, p)} size="sm" color={p >= 100 ? 'green' : 'blue'} aria-label={`${p}%`} /> : null}
    </Stack>
  );
}

function targetIndikator(i: IndikatorRealisasi): number | null {
  if (i.targetNilai == null) return null;
  const n = Number(i.targetNilai.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

interface RhkCardProps {
  data: RealisasiBeranda;
  rhk: RhkRealisasi;
  onTambah: (rhk: RhkRealisasi) => void;
  onUbah: (rhk: RhkRealisasi, ra: RencanaAksi) => void;
  onHapus: (ra: RencanaAksi) => void;
}

function RhkCard({ data, rhk, onTambah, onUbah, onHapus }: RhkCardProps) {
  const { t } = useTranslation();
  const labels = new Map(periodsOf(data.tahun, data.periodeKinerja).map((p) => [p.index, p.label]));
  const sorted = [...rhk.rencanaAksi].sort((a, b) => a.periode - b.periode || a.uraian.localeCompare(b.uraian));
  return (
    <Card withBorder radius="md" padding="sm" data-testid="rencana-rhk">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: 1 }}>
            <Badge variant="light" size="sm" mb={4}>
              {rhk.jenis === 'TAMBAHAN' ? t('skp.tambahan') : t('skp.utama')}
            </Badge>
            <Title order={3} size="h6" style={{ overflowWrap: 'anywhere' }}>
              {rhk.uraian}
            </Title>
          </div>
          {data.can.rencanakan ? (
            <Button size="compact-sm" variant="light" onClick={() => onTambah(rhk)} data-testid="rencana-tambah">
              {t('realisasi.tambahRencana')}
            </Button>
          ) : null}
        </Group>

        {rhk.indikator.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('realisasi.indikator')}</Table.Th>
                  <Table.Th scope="col">{t('realisasi.capaian')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rhk.indikator.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.uraian}</Table.Td>
                    <Table.Td>
                      {i.targetTeks && i.targetNilai == null ? (
                        <Text size="sm">
                          {i.targetTeks} · {i.realisasiJumlah}
                        </Text>
                      ) : (
                        <Capaian realisasi={i.realisasiJumlah} target={targetIndikator(i)} satuan={i.targetSatuan} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}

        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} fz="sm" data-testid="rencana-tabel">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('realisasi.periode')}</Table.Th>
                <Table.Th scope="col">{t('realisasi.rencanaAksi')}</Table.Th>
                <Table.Th scope="col">{t('realisasi.rencanaVsRealisasi')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      {t('realisasi.belumAdaRencana')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                sorted.map((ra) => (
                  <Table.Tr key={ra.id} data-testid="rencana-baris">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{labels.get(ra.periode) ?? ra.periode}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {ra.uraian}
                      <Text size="xs" c="dimmed">
                        {t('realisasi.entriN', { count: ra.jumlahEntri })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Capaian realisasi={ra.realisasiJumlah} target={ra.target} satuan={ra.satuan} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {ra.can.ubah ? (
                          <Button size="compact-xs" variant="subtle" onClick={() => onUbah(rhk, ra)}>
                            {t('common.edit')}
                          </Button>
                        ) : null}
                        {ra.can.hapus ? (
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onHapus(ra)}>
                            {t('common.delete')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** Rencana aksi per RHK and period, planned vs realised, with add/edit/delete per `can`. */
export function RencanaAksiSection({ data, hariIni }: { data: RealisasiBeranda; hariIni: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [edit, setEdit] = useState<{ rhk: RhkRealisasi; rencana: RencanaAksi | null } | null>(null);
  const [hapus, setHapus] = useState<RencanaAksi | null>(null);
  const hapusMutation = useMutation({
    mutationFn: (id: string) => hapusRencanaAksi(id),
    onSuccess: async () => {
      setHapus(null);
      await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
    },
  });

  if (data.rhk.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('realisasi.belumAdaRhk')}
      </Text>
    );

  return (
    <Stack gap="md">
      {data.rhk.map((r) => (
        <RhkCard
          key={r.id}
          data={data}
          rhk={r}
          onTambah={(rhk) => setEdit({ rhk, rencana: null })}
          onUbah={(rhk, rencana) => setEdit({ rhk, rencana })}
          onHapus={(ra) => {
            hapusMutation.reset();
            setHapus(ra);
          }}
        />
      ))}
      <RencanaAksiModal opened={!!edit} data={data} rhk={edit?.rhk ?? null} rencana={edit?.rencana ?? null} hariIni={hariIni} onClose={() => setEdit(null)} />
      <ConfirmModal
        opened={!!hapus}
        title={t('realisasi.hapusRencanaJudul')}
        message={t('common.confirmDelete', { nama: hapus?.uraian ?? '' })}
        confirmLabel={t('common.delete')}
        loading={hapusMutation.isPending}
        error={hapusMutation.error}
        onClose={() => setHapus(null)}
        onConfirm={() => hapus && hapusMutation.mutate(hapus.id)}
      />
    </Stack>
  );
}
