import { Badge } from '@mantine/core';
import { CAPAIAN_ORGANISASI_LABEL, PREDIKAT_LABEL, RATING_LABEL, type CapaianOrganisasi, type Predikat, type Rating } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import type { StatusEvaluasi } from '../api/penilaian';

export const ratingLabel = (r: Rating | null | undefined) => (r ? RATING_LABEL[r] : '—');
export const capaianLabel = (c: CapaianOrganisasi | null | undefined) => (c ? CAPAIAN_ORGANISASI_LABEL[c] : '—');

const PREDIKAT_COLOR: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'teal',
  BAIK: 'blue',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
};
export const predikatColor = (p: Predikat) => PREDIKAT_COLOR[p];

export function PredikatBadge({ predikat, size = 'md', testId }: { predikat: Predikat | null; size?: 'sm' | 'md' | 'lg' | 'xl'; testId?: string }) {
  if (!predikat) return <Badge color="gray" variant="light" size={size} data-testid={testId}>—</Badge>;
  return (
    <Badge color={PREDIKAT_COLOR[predikat]} size={size} data-testid={testId} data-predikat={predikat}>
      {PREDIKAT_LABEL[predikat]}
    </Badge>
  );
}

const STATUS_COLOR: Readonly<Record<StatusEvaluasi, string>> = { DRAFT: 'gray', DINILAI: 'blue', FINAL: 'teal', KEBERATAN: 'orange', DIPUTUS: 'grape' };

export function StatusEvaluasiBadge({ status, size, testId = 'evaluasi-status' }: { status: StatusEvaluasi; size?: 'xs' | 'sm' | 'md'; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size={size} data-testid={testId} data-status={status}>
      {t(`penilaian.status.${status}`)}
    </Badge>
  );
}
