import type { Actor } from '../core/actor.js';

/** How the caller stands to the pegawai a piece of feedback is about, worked out by the service. */
export interface UmpanBalikRelation {
  /** The caller is the pegawai. */
  self: boolean;
  /** The caller is the pegawai's pejabat penilai in office today (a Plt/Plh included). */
  penilai: boolean;
  /** The caller is further up the chain of command (atasan pejabat penilai and above). */
  atasanBerantai: boolean;
}

/**
 * Umpan balik berkelanjutan: deny by default, tenant first (another pemda's pegawai is not found).
 * - read: the pegawai about themselves, and their superiors up the chain of command;
 * - write feedback (a thread): only the pejabat penilai in office;
 * - reply (one level): the pegawai, the pejabat penilai in office, or whoever wrote the thread.
 * BKPSDM and the pengelola kinerja do not read feedback: it is a conversation of the two sides.
 */
export const umpanBalikPolicy = {
  canRead: (rel: UmpanBalikRelation) => rel.self || rel.penilai || rel.atasanBerantai,
  canTulis: (rel: UmpanBalikRelation) => rel.penilai,
  canBalas: (actor: Actor, rel: UmpanBalikRelation, induk: { penulisId: string; indukId: string | null }) =>
    induk.indukId === null && (rel.self || rel.penilai || induk.penulisId === actor.pegawaiId),
  can: (actor: Actor, rel: UmpanBalikRelation, item: { penulisId: string; indukId: string | null }) => ({
    balas: umpanBalikPolicy.canBalas(actor, rel, item),
  }),
};
