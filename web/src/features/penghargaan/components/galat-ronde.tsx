import { useTranslation } from 'react-i18next';
import { KonflikAlert } from '@/components/konflik-alert';
import { penghargaanKeys } from '../api/penghargaan';

/** The error of a change to a round: a conflict (someone else changed or decided it first) offers to reload it. */
export function GalatRonde({ error, onMuatUlang, testId }: { error: unknown; onMuatUlang?: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <KonflikAlert
      error={error}
      judul={t('penghargaan.konflikJudul')}
      labelMuatUlang={t('penghargaan.muatUlang')}
      muatUlangKey={penghargaanKeys.ronde}
      onMuatUlang={onMuatUlang}
      testId={testId}
      prefix="ronde"
    />
  );
}
