import { Badge } from '@mantine/core';
import { JENIS_PENGHARGAAN_LABEL, PREDIKAT_LABEL, RONDE_PENGHARGAAN_WORKFLOW } from '@capaian/domain';
import { useLabelStatus } from '@/lib/labels';
import type { JenisPenghargaan, Predikat, RondePenghargaanState } from '../api/penghargaan';

export const statusLabel = (s: RondePenghargaanState) => RONDE_PENGHARGAAN_WORKFLOW.stateLabel[s];
export const jenisLabel = (j: JenisPenghargaan) => JENIS_PENGHARGAAN_LABEL[j];
export const predikatLabel = (p: Predikat) => PREDIKAT_LABEL[p];

const STATUS_COLOR: Readonly<Record<RondePenghargaanState, string>> = { DRAFT: 'orange', DIPUTUSKAN: 'teal' };

export function StatusRondeBadge({ status, testId = 'ronde-status' }: { status: RondePenghargaanState; testId?: string }) {
  const labelStatus = useLabelStatus();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }} data-testid={testId} data-status={status}>
      {labelStatus(status, statusLabel(status))}
    </Badge>
  );
}

/** The colour of each predikat (as on the penilaian pages). */
const PREDIKAT_COLOR: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'teal',
  BAIK: 'blue',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
};

export function PredikatBadge({ predikat }: { predikat: Predikat }) {
  return (
    <Badge color={PREDIKAT_COLOR[predikat]} size="sm" variant="light" style={{ textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }} data-predikat={predikat}>
      {predikatLabel(predikat)}
    </Badge>
  );
}
