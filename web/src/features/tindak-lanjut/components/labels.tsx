import { Badge } from '@mantine/core';
import { PREDIKAT_LABEL, RATING_LABEL, type Predikat, type Rating } from '@capaian/domain';
import { formatAngka } from '@/lib/format';

export const ratingLabel = (r: Rating) => RATING_LABEL[r];

/** The colour of each predikat (as on the penilaian pages). */
const PREDIKAT_COLOR: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'teal',
  BAIK: 'blue',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
};

export function PredikatBadge({ predikat, size = 'sm' }: { predikat: Predikat; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={PREDIKAT_COLOR[predikat]} size={size} data-predikat={predikat} style={{ whiteSpace: 'nowrap' }}>
      {PREDIKAT_LABEL[predikat]}
    </Badge>
  );
}

/** `n` of `dari` as a percentage in Indonesian notation ("12,5%"), or "—" when there is nothing to divide. */
export function persen(n: number, dari: number): string {
  return dari > 0 ? `${formatAngka((n * 100) / dari, 1)}%` : '—';
}
