import { Badge } from '@mantine/core';
import { JENIS_KASUS_LABEL, KASUS_WORKFLOW, type JenisKasus, type KasusState } from '@capaian/domain';
import { useLabelStatus } from '@/lib/labels';

/** The colour of each case status: open ones stand out, closed ones recede. */
const STATUS_COLOR: Readonly<Record<KasusState, string>> = {
  DIUSULKAN: 'orange',
  DITINDAKLANJUTI: 'blue',
  SELESAI: 'teal',
  DIABAIKAN: 'gray',
  GUGUR: 'gray',
};

export const statusLabel = (s: KasusState) => KASUS_WORKFLOW.stateLabel[s];
export const jenisLabel = (j: JenisKasus) => JENIS_KASUS_LABEL[j];

export function StatusKasusBadge({ status, testId = 'kasus-status' }: { status: KasusState; testId?: string }) {
  const labelStatus = useLabelStatus();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" style={{ textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }} data-testid={testId} data-status={status}>
      {labelStatus(status, statusLabel(status))}
    </Badge>
  );
}
