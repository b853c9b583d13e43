import { hasRole, type Actor } from '../core/actor.js';

/** How the caller stands to an evaluation whose documents are asked for. */
export interface DokumenRelation {
  self: boolean;
  /** The pejabat penilai or atasan on record, or anyone above the pegawai in the chain of command. */
  rantaiPenilai: boolean;
  /** A member of a tim penilai kinerja of the period's year. */
  anggotaTim: boolean;
}

/**
 * Assessment documents and recaps: deny by default, tenant first.
 * - an evaluation's PDFs: the pegawai, their penilai chain, BKPSDM, tim penilai members; only
 *   once the result is final (FINAL, under keberatan, or decided);
 * - the recap: BKPSDM, pimpinan and tim penilai members for every unit; the pengelola kinerja
 *   for their perangkat daerah; a unit head for their unit and the units below;
 * - the verification by QR code is public (ADR 0004).
 */
export const penilaianDokumenPolicy = {
  canReadDokumen: (actor: Actor, rel: DokumenRelation) => rel.self || rel.rantaiPenilai || rel.anggotaTim || hasRole(actor, 'ADMIN_BKPSDM'),
  rekapSemuaUnit: (actor: Actor, anggotaTim: boolean) => anggotaTim || hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),
};
