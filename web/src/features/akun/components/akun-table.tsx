import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { formatNip, formatWaktu, isFuture } from '@/lib/format';
import { ROLE_LABEL, labelOf } from '@/lib/labels';
import type { Akun } from '../api/akun';

interface AkunTableProps {
  items: Akun[];
  timeZone: string;
  busyId: string | null;
  onReset: (akun: Akun) => void;
  onUnlock: (akun: Akun) => void;
  onRoles: (akun: Akun) => void;
  onToggleActive: (akun: Akun) => void;
}

export function AkunTable({ items, timeZone, busyId, onReset, onUnlock, onRoles, onToggleActive }: AkunTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={980}
      striped
      verticalSpacing="xs"
      testId="akun-table"
      columns={[
        t('pegawai.nama'),
        t('akun.role'),
        t('akun.status'),
        t('akun.lock'),
        t('akun.lastLogin'),
        t('common.actions'),
      ]}
      items={items}
      renderRow={(a) => {
        const locked = isFuture(a.terkunciSampai);
        return (
          <Table.Tr key={a.id} data-testid="akun-row" data-nip={a.nip} data-locked={locked}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {a.nama}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatNip(a.nip)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {a.roles.map((r) => (
                  <Badge key={`${r.role}-${r.unitId ?? ''}`} variant="light" size="sm" title={r.unitNama ?? undefined}>
                    {labelOf(ROLE_LABEL, r.role)}
                    {r.unitNama ? ` · ${r.unitNama}` : ''}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <Badge color={a.aktif ? 'green' : 'gray'} variant="light">
                  {a.aktif ? t('akun.active') : t('akun.inactive')}
                </Badge>
                {a.wajibGantiPassword ? (
                  <Badge color="yellow" variant="light" size="xs">
                    {t('akun.mustChange')}
                  </Badge>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td data-testid="akun-lock">
              {/* The login throttle: logins for this NIP from unknown devices held back; the owner's devices still get in. */}
              <Stack gap={2} align="flex-start">
                {locked ? (
                  <>
                    <Badge color="red" variant="filled">
                      {t('akun.locked')}
                    </Badge>
                    <Text size="xs" c="red.8">
                      {t('akun.lockedUntil', { waktu: formatWaktu(a.terkunciSampai, timeZone) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('akun.lockedHint')}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">{t('akun.notLocked')}</Text>
                )}
                {a.gagalBerturut > 0 ? (
                  <Text size="xs" c="orange.8" data-testid="akun-gagal">
                    {t('akun.failed', { n: a.gagalBerturut })}
                  </Text>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm">{a.loginTerakhir ? formatWaktu(a.loginTerakhir, timeZone) : t('akun.never')}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="wrap">
                {locked && a.can.unlock ? (
                  <Button
                    size="compact-xs"
                    color="red"
                    variant="light"
                    loading={busyId === a.id}
                    onClick={() => onUnlock(a)}
                    aria-label={`${t('akun.unlock')} ${a.nama}`}
                    data-testid="akun-lepas"
                  >
                    {t('akun.unlock')}
                  </Button>
                ) : null}
                {a.can.resetPassword ? (
                  <Button size="compact-xs" variant="light" onClick={() => onReset(a)} aria-label={`${t('akun.resetPassword')} ${a.nama}`} data-testid="akun-reset">
                    {t('akun.resetPassword')}
                  </Button>
                ) : null}
                {a.can.update ? (
                  <Button size="compact-xs" variant="light" onClick={() => onRoles(a)} aria-label={`${t('akun.editRoles')} ${a.nama}`} data-testid="akun-peran">
                    {t('akun.editRoles')}
                  </Button>
                ) : null}
                {/* Deactivating needs `deactivate` (never one's own account); activating again needs `update`. */}
                {(a.aktif ? a.can.deactivate : a.can.update) ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color={a.aktif ? 'gray' : 'green'}
                    loading={busyId === a.id}
                    onClick={() => onToggleActive(a)}
                    aria-label={`${a.aktif ? t('akun.deactivate') : t('akun.activate')} ${a.nama}`}
                    data-testid="akun-status"
                  >
                    {a.aktif ? t('akun.deactivate') : t('akun.activate')}
                  </Button>
                ) : null}
                {!a.can.update && !a.can.resetPassword && !a.can.deactivate && !(locked && a.can.unlock) ? (
                  <Text size="xs" c="dimmed" data-testid="akun-tanpa-aksi">
                    {t('akun.diAtasWewenang')}
                  </Text>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      }}
    />
  );
}
