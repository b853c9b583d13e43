import type { Actor } from '../core/actor.js';

/** How the caller stands to the pegawai a 360° nomination or summary is about (worked out by the service). */
export interface Relasi360 {
  /** The caller is the pegawai. */
  self: boolean;
  /** The caller is the pegawai's pejabat penilai (a Plt/Plh included) on the relevant date. */
  penilai: boolean;
  /** The caller is further up the chain (atasan pejabat penilai and above). */
  atasanBerantai: boolean;
}

export interface NominasiFakta {
  penilaiId: string;
  status: string;
  sudahMenjawab: boolean;
  periodeDibuka: boolean;
}

/**
 * Umpan balik 360°, deny by default, tenant first (another pemda's records are not found):
 * - nominate: the pegawai, for themselves, while the period is open;
 * - approve / reject a nomination: the pegawai's pejabat penilai in office, while the period is
 *   open; a rejection only before approval (afterwards it could reveal who answered);
 * - fill the questionnaire: the approved nominee, once, while the period is open;
 * - the summary: the pegawai's penilai chain only (never the pegawai: 403), and only as an
 *   aggregate of at least 3 answers (the domain's `ringkasan360`);
 * - whether a nominee answered: that nominee only.
 */
export const survei360Policy = {
  canNominasi: (actor: Actor, pegawaiId: string) => actor.pegawaiId === pegawaiId,
  canSetujui: (rel: Relasi360, n: Pick<NominasiFakta, 'status' | 'periodeDibuka'>) =>
    rel.penilai && n.periodeDibuka && (n.status === 'DIUSULKAN' || n.status === 'DITOLAK'),
  canTolak: (rel: Relasi360, n: Pick<NominasiFakta, 'status' | 'periodeDibuka'>) => rel.penilai && n.periodeDibuka && n.status === 'DIUSULKAN',
  /** May open the questionnaire (also after answering: it then says so). */
  canBukaKuesioner: (actor: Actor, n: Pick<NominasiFakta, 'penilaiId' | 'status'>) => n.penilaiId === actor.pegawaiId && n.status === 'DISETUJUI',
  canJawab: (actor: Actor, n: NominasiFakta) =>
    survei360Policy.canBukaKuesioner(actor, n) && n.periodeDibuka && !n.sudahMenjawab,
  canRingkasan: (rel: Relasi360) => !rel.self && (rel.penilai || rel.atasanBerantai),
  seesSudahMenjawab: (actor: Actor, n: Pick<NominasiFakta, 'penilaiId'>) => n.penilaiId === actor.pegawaiId,
  can: (actor: Actor, rel: Relasi360, n: NominasiFakta) => ({
    setujui: survei360Policy.canSetujui(rel, n),
    tolak: survei360Policy.canTolak(rel, n),
    jawab: survei360Policy.canJawab(actor, n),
  }),
};
