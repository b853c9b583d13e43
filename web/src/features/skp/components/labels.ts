import { SKP_STATES, SKP_WORKFLOW } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import { isOneOf, useLabelStatus } from '@/lib/labels';

function pick(table: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '—';
  return table[code] ?? code;
}

/** Translated labels for SKP codes (status, aspek, perspektif, dialogue kinds). */
export function useSkpLabels() {
  const { t } = useTranslation();
  const labelStatus = useLabelStatus();
  return {
    /** The workflow's label (domain) in the chosen language; "no SKP yet" is the team view's own. */
    status: (code: string) => (code === 'BELUM_DIBUAT' ? t('skp.belumDibuat') : labelStatus(code, isOneOf(SKP_STATES, code) ? SKP_WORKFLOW.stateLabel[code] : undefined)),
    aspek: (code: string) => pick(t('skp.aspekLabel', { returnObjects: true }), code),
    perspektif: (code: string | null) => pick(t('skp.perspektifLabel', { returnObjects: true }), code),
    dialog: (code: string) => pick(t('skp.jenisDialog', { returnObjects: true }), code),
    jenis: (code: string) => (code === 'UTAMA' ? t('skp.utama') : code === 'TAMBAHAN' ? t('skp.tambahan') : code),
  };
}
