/**
 * Display labels. The regulation's vocabulary comes from @capaian/domain (labels only,
 * so the bundle stays small); the few app-only ones live here.
 */
import type { IndikatorInput } from '@capaian/contract/skp';
import { useTranslation } from 'react-i18next';

export {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JENIS_ASN,
  JENIS_UNIT,
  JENIS_UNIT_LABEL,
  ROLES,
  ROLE_LABEL,
  STATUS_PEGAWAI,
  STATUS_PEGAWAI_LABEL,
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  JENJANG_KEAHLIAN,
  JENJANG_KETERAMPILAN,
  JENJANG_LABEL,
  PANGKAT_PNS,
  formatNip,
  pangkatGolonganLabel,
} from '@capaian/domain';

export const SEBAGAI_LABEL: Readonly<Record<string, string>> = { DEFINITIF: 'Definitif', PLT: 'Plt', PLH: 'Plh' };

/** A label from a table, falling back to the raw code. */
export function labelOf(table: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '—';
  return table[code] ?? code;
}

/** Aspects of an SKP indicator (labels: `skp.aspekLabel`). */
export const ASPEK = allOf<IndikatorInput['aspek']>()(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']);

/** Narrows a string (a Select's value, a code the API sends as a plain string) to one of a vocabulary's codes. */
export function isOneOf<T extends string>(codes: readonly T[], value: string | null | undefined): value is T {
  return value != null && (codes as readonly string[]).includes(value);
}

/**
 * A copy of a contract's list of codes (the contract is imported for types only, so its runtime
 * lists stay out of the bundle), checked to name every code: `allOf<Kategori>()(['DRAFT', …])`
 * fails to compile when the contract gains a code the copy lacks.
 */
export function allOf<T extends string>() {
  return <const L extends readonly T[]>(codes: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)): L => codes;
}

/**
 * A workflow state's label in the chosen language, for every status badge. Indonesian: the
 * workflow's own label from @capaian/domain when given (the regulation's wording), else the
 * locale's; English: the locale's `statusAlur`. Never a label the server sent.
 */
export function useLabelStatus(): (code: string, labelDomain?: string) => string {
  const { t, i18n } = useTranslation();
  const tabel: Readonly<Record<string, string>> = t('statusAlur', { returnObjects: true });
  return (code, labelDomain) => (i18n.language === 'en' ? (tabel[code] ?? labelDomain ?? code) : (labelDomain ?? tabel[code] ?? code));
}
