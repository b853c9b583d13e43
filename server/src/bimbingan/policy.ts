/** How the caller stands to a bimbingan, worked out by the service. */
export interface BimbinganRelation {
  /** The caller is the pegawai being coached. */
  pegawai: boolean;
  /** The caller is the pembimbing (the superior when it was scheduled). */
  pembimbing: boolean;
  /** The caller is the pegawai's pejabat penilai today (e.g. a new superior or a Plt). */
  penilai: boolean;
}

/**
 * Bimbingan kinerja: deny by default, tenant first (another pemda's session is not found).
 * Coaching notes can be personal (counselling): only the two sides and the pegawai's current
 * pejabat penilai read them; nobody else learns that a session exists (404).
 * - notes and follow-up actions: the pembimbing, while the session is scheduled (completes it);
 * - the feedback sheet: the pegawai, after the session; the competence evaluation: the pembimbing;
 * - cancel: either side while it is scheduled;
 * - a follow-up action is marked done by the pegawai or the pembimbing.
 */
export const bimbinganPolicy = {
  canRead: (rel: BimbinganRelation) => rel.pegawai || rel.pembimbing || rel.penilai,
  can: (rel: BimbinganRelation, status: string) => ({
    catat: rel.pembimbing && status === 'DIJADWALKAN',
    isiLembarUmpanBalik: rel.pegawai && status === 'SELESAI',
    isiEvaluasiKompetensi: rel.pembimbing && status === 'SELESAI',
    batalkan: (rel.pegawai || rel.pembimbing) && status === 'DIJADWALKAN',
  }),
  canSelesaikan: (rel: BimbinganRelation, selesaiAt: Date | string | null) => (rel.pegawai || rel.pembimbing) && !selesaiAt,
};
