import { Badge } from '@mantine/core';
import { JENIS_KOMPETENSI, JENIS_KOMPETENSI_LABEL, METODE_PELATIHAN, METODE_PELATIHAN_LABEL, RENCANA_PENGEMBANGAN_WORKFLOW, SUMBER_KEBUTUHAN_LABEL, type RencanaPengembanganState, type SumberKebutuhan } from '@capaian/domain';
import { useLabelStatus } from '@/lib/labels';

const STATUS_COLOR: Readonly<Record<RencanaPengembanganState, string>> = { DRAF: 'gray', DIAJUKAN: 'orange', DISEPAKATI: 'teal' };

export const jenisOptions = JENIS_KOMPETENSI.map((j) => ({ value: j, label: JENIS_KOMPETENSI_LABEL[j] }));
export const metodeOptions = METODE_PELATIHAN.map((m) => ({ value: m, label: METODE_PELATIHAN_LABEL[m] }));
export const sumberLabel = (s: SumberKebutuhan) => SUMBER_KEBUTUHAN_LABEL[s];

export function StatusRencanaBadge({ status, testId = 'rencana-status' }: { status: RencanaPengembanganState; testId?: string }) {
  const labelStatus = useLabelStatus();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ textTransform: 'none' }} data-testid={testId} data-status={status}>
      {labelStatus(status, RENCANA_PENGEMBANGAN_WORKFLOW.stateLabel[status])}
    </Badge>
  );
}
