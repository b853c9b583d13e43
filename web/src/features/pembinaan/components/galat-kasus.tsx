import { useTranslation } from 'react-i18next';
import { KonflikAlert } from '@/components/konflik-alert';
import { pembinaanKeys } from '../api/pembinaan';

/**
 * The error of a decision on a case: a conflict (someone else changed the case first, or it moved
 * on) offers to reload it. `judul`: the conflict's title when the thing changed is not a case (a sanction).
 */
export function GalatKasus({ error, onMuatUlang, testId, judul }: { error: unknown; onMuatUlang?: () => void; testId?: string; judul?: string }) {
  const { t } = useTranslation();
  return (
    <KonflikAlert
      error={error}
      judul={judul ?? t('pembinaan.konflikJudul')}
      labelMuatUlang={t('pembinaan.muatUlang')}
      muatUlangKey={pembinaanKeys.all}
      onMuatUlang={onMuatUlang}
      testId={testId}
      prefix="kasus"
    />
  );
}
