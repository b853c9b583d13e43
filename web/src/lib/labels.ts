/**
 * Display labels. The regulation's vocabulary comes from @capaian/domain (labels only,
 * so the bundle stays small); the few app-only ones live here.
 */
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
export const ASPEK = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
