import { hasRole, type Actor } from '../core/actor.js';

/**
 * How the caller stands to the pegawai whose progress (or rencana aksi) is at stake, worked out
 * by the service (tenant first: another pemda's pegawai is never found).
 */
export interface RealisasiRelation {
  self: boolean;
  /** The pejabat penilai in office today (a Plt/Plh included): writes umpan balik. */
  penilai: boolean;
  /** Anywhere in the chain of command above the pegawai (penilai, atasan penilai and up). */
  atasan: boolean;
  /** Pengelola kinerja of the pegawai's perangkat daerah. */
  pengelola: boolean;
}

/**
 * Progress and action plans: deny by default.
 * - read: the pegawai, every superior in their chain of command, the pengelola kinerja of their
 *   perangkat daerah, and BKPSDM admins (the whole instansi);
 * - record / edit / delete progress and its evidence: the pegawai, or the pengelola kinerja
 *   entering for them — only until the period is assessed;
 * - plan (rencana aksi): the pegawai or a superior in the chain;
 * - umpan balik on an entry: the pejabat penilai in office.
 */
export const realisasiPolicy = {
  canRead(actor: Actor, rel: RealisasiRelation): boolean {
    return rel.self || rel.atasan || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM');
  },
  canCatat(rel: RealisasiRelation): boolean {
    return rel.self || rel.pengelola;
  },
  canRencanakan(rel: RealisasiRelation): boolean {
    return rel.self || rel.atasan;
  },
  /** `can` of a progress entry; `dinilai`: its period has been assessed. */
  item(rel: RealisasiRelation, dinilai: boolean) {
    const tulis = realisasiPolicy.canCatat(rel) && !dinilai;
    return { ubah: tulis, hapus: tulis, tambahBukti: tulis, beriUmpanBalik: rel.penilai };
  },
  /** `can` of a rencana aksi; a plan that progress refers to cannot be deleted. */
  rencanaAksi(rel: RealisasiRelation, berlaku: boolean, jumlahEntri: number) {
    const ubah = realisasiPolicy.canRencanakan(rel) && berlaku;
    return { ubah, hapus: ubah && jumlahEntri === 0 };
  },
};
