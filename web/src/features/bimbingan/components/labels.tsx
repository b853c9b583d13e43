import { Badge } from '@mantine/core';
import { JENIS_BIMBINGAN_LABEL, STATUS_BIMBINGAN_LABEL } from '@capaian/domain';
import { labelOf } from '@/lib/labels';

const STATUS_COLOR: Readonly<Record<string, string>> = { DIJADWALKAN: 'blue', SELESAI: 'teal', DIBATALKAN: 'gray' };

export const jenisLabel = (jenis: string) => labelOf(JENIS_BIMBINGAN_LABEL, jenis);

export function StatusBimbinganBadge({ status }: { status: string }) {
  return (
    <Badge color={STATUS_COLOR[status] ?? 'gray'} variant="light" style={{ textTransform: 'none' }} data-testid="bimbingan-status" data-status={status}>
      {labelOf(STATUS_BIMBINGAN_LABEL, status)}
    </Badge>
  );
}

export function JenisBimbinganBadge({ jenis }: { jenis: string }) {
  return (
    <Badge color="violet" variant="outline" style={{ textTransform: 'none' }}>
      {jenisLabel(jenis)}
    </Badge>
  );
}
