/**
 * What the parts of the realisasi service share: the caller's relation to a pegawai (self, in the
 * chain of command, pengelola kinerja), the loaders that check it (SKP, entry, entry to change),
 * the presenters (entries, evidence, rencana aksi), the conflict errors, the date rules of an
 * entry and the "period already assessed" lock.
 */
import { SKP_BERLAKU, type PeriodeKind } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { unitDalam, type OrganisasiService } from '../organisasi/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { realisasiPolicy, type RealisasiRelation } from './policy.js';
import { realisasiRepository as repo, type BuktiRow, type ItemRow, type RencanaAksiRow } from './repository.js';
import type { Bukti, RealisasiItem, RencanaAksi } from '@capaian/contract/realisasi';

export const iso = (d: Date | string) => new Date(d).toISOString();
export const berlaku = (status: string | null | undefined) => (SKP_BERLAKU as readonly string[]).includes(status ?? '');
export const SELF: RealisasiRelation = { self: true, penilai: false, atasan: false, pengelola: false };

export const versiBerubah = () =>
  errors.conflict('version_conflict', 'Entri ini baru saja diubah di perangkat lain. Muat ulang untuk melihat perubahan terbaru.', {
    rowVersion: 'versi data sudah berubah',
  });
export const sudahDinilai = () =>
  errors.conflict('periode_sudah_dinilai', 'Periode ini sudah dinilai; progresnya tidak dapat diubah lagi.');
export const idDipakai = (what: string) =>
  errors.conflict('id_dipakai', `Id ${what} ini sudah dipakai untuk data lain.`, { id: 'sudah dipakai' });
export const skpBelumDisetujui = () =>
  errors.conflict('skp_belum_disetujui', 'Rencana aksi dan progres hanya dicatat pada SKP yang sudah disetujui.');

/**
 * Which (pegawai, date) pairs lie in an assessment period in which that pegawai has been rated
 * (evaluation no longer DRAFT): from then on progress there cannot be added, changed or deleted.
 * One query for any number of pairs; keys are `${pegawaiId}|${tanggal}`.
 */
export async function dinilai(tx: DbOrTx, instansiId: string, pairs: ReadonlyArray<{ pegawaiId: string; tanggal: string }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  return new Set(await repo.tanggalDinilai(tx, instansiId, pairs));
}
export async function periodeSudahDinilai(tx: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string): Promise<boolean> {
  return (await dinilai(tx, instansiId, [{ pegawaiId, tanggal }])).size > 0;
}

/** The date rules of an entry; returns the reason when `tanggal` is not allowed. */
export function cekTanggal(tanggal: string, hariIni: string, skp: { mulai: string; selesai: string }, ra: { mulai: string; selesai: string } | null) {
  if (tanggal > hariIni) return `tidak boleh melewati hari ini (${hariIni})`;
  if (tanggal < skp.mulai || tanggal > skp.selesai) return `harus dalam periode SKP (${skp.mulai} s.d. ${skp.selesai})`;
  if (ra && (tanggal < ra.mulai || tanggal > ra.selesai)) return `harus dalam periode rencana aksi (${ra.mulai} s.d. ${ra.selesai})`;
  return null;
}

export const parseBukti = (b: ItemRow['bukti']): BuktiRow[] => (typeof b === 'string' ? (JSON.parse(b) as BuktiRow[]) : b);
export const presentBukti = (b: BuktiRow): Bukti => ({
  id: b.id,
  jenis: b.jenis,
  nama: b.nama,
  mime: b.mime,
  ukuran: b.ukuran,
  tautan: b.tautan,
  url: b.jenis === 'FILE' ? `/api/v1/bukti/${b.id}/unduh` : null,
});

export const presentRa = (r: RencanaAksiRow, rel: RealisasiRelation, skpBerlaku: boolean): RencanaAksi => ({
  id: r.id,
  rhkId: r.rhk_id,
  indikatorId: r.indikator_id,
  periode: r.periode,
  periodeMulai: r.periode_mulai,
  periodeSelesai: r.periode_selesai,
  uraian: r.uraian,
  target: r.target,
  satuan: r.satuan,
  realisasiJumlah: Number(r.realisasi_jumlah),
  jumlahEntri: r.jumlah_entri,
  can: realisasiPolicy.rencanaAksi(rel, skpBerlaku, r.jumlah_entri),
});

export function createRealisasiContext(db: Db, organisasi: OrganisasiService, pengaturan: Pick<PengaturanInstansi, 'info'>) {
  /** The instansi's periode kinerja: how rencana aksi and progress are grouped (its settings' one owner). */
  const periodeKinerja = async (instansiId: string): Promise<PeriodeKind> => (await pengaturan.info(instansiId)).periodeKinerja;

  /** Whether `actorId` stands above the pegawai: their pejabat penilai, or anywhere in the chain. */
  async function atasanBerantai(instansiId: string, pegawaiId: string, actorId: string): Promise<{ penilai: boolean; atasan: boolean }> {
    const r = await organisasi.rantaiAtasan(instansiId, pegawaiId, actorId);
    return { penilai: r.penilai, atasan: r.berantai };
  }

  /** How the caller stands to a pegawai of their instansi; null when there is no such pegawai. */
  async function relationTo(actor: Actor, pegawaiId: string): Promise<RealisasiRelation | null> {
    if (pegawaiId === actor.pegawaiId) return SELF;
    const p = await repo.pegawai(db, actor.instansiId, pegawaiId);
    if (!p) return null;
    const [chain, pengelola] = await Promise.all([
      atasanBerantai(actor.instansiId, pegawaiId, actor.pegawaiId),
      unitDalam(db, actor.instansiId, p.unit_id, actor.pengelolaUnitIds),
    ]);
    return { self: false, ...chain, pengelola };
  }

  /** The relation, or 404 when the caller may not see this pegawai's progress (not revealing it exists). */
  async function readable(actor: Actor, pegawaiId: string, what: string) {
    const rel = await relationTo(actor, pegawaiId);
    if (!rel || !realisasiPolicy.canRead(actor, rel)) throw errors.notFound(what);
    return rel;
  }

  async function present(actor: Actor, rows: ItemRow[], rel: RealisasiRelation): Promise<RealisasiItem[]> {
    const terkunci = await dinilai(db, actor.instansiId, rows.map((r) => ({ pegawaiId: r.pegawai_id, tanggal: r.tanggal })));
    return rows.map((r) => ({
      id: r.id,
      pegawaiId: r.pegawai_id,
      pegawaiNama: r.pegawai_nama,
      skpId: r.skp_id,
      rhkId: r.rhk_id,
      rhkUraian: r.rhk_uraian,
      rencanaAksiId: r.rencana_aksi_id,
      rencanaAksiUraian: r.rencana_aksi_uraian,
      indikatorId: r.indikator_id,
      tanggal: r.tanggal,
      uraian: r.uraian,
      jumlah: r.jumlah,
      rowVersion: r.row_version,
      dibuatAt: iso(r.created_at),
      diubahAt: iso(r.updated_at),
      bukti: parseBukti(r.bukti).map(presentBukti),
      jumlahUmpanBalik: r.jumlah_umpan_balik,
      can: realisasiPolicy.item(rel, terkunci.has(`${r.pegawai_id}|${r.tanggal}`)),
    }));
  }

  /** An entry the caller may read, with their relation to its pegawai; 404 otherwise. */
  async function loadEntry(actor: Actor, id: string) {
    const row = await repo.item(db, actor.instansiId, id);
    if (!row) throw errors.notFound('Entri progres');
    const rel = await readable(actor, row.pegawai_id, 'Entri progres');
    return { row, rel };
  }

  /** An entry the caller may change (the pegawai or their pengelola kinerja), in a period not yet assessed. */
  async function loadForWrite(actor: Actor, id: string, what: string) {
    const { row, rel } = await loadEntry(actor, id);
    if (!realisasiPolicy.canCatat(rel)) throw errors.forbidden(what);
    if (await periodeSudahDinilai(db, actor.instansiId, row.pegawai_id, row.tanggal)) throw sudahDinilai();
    return { row, rel };
  }

  /** An SKP the caller may read (their own, a subordinate's in the chain, their unit's as pengelola, BKPSDM). */
  async function loadSkp(actor: Actor, skpId: string) {
    const s = await repo.skp(db, actor.instansiId, skpId);
    if (!s) throw errors.notFound('SKP');
    const rel = await readable(actor, s.pegawai_id, 'SKP');
    return { s, rel };
  }

  return { periodeKinerja, relationTo, readable, present, loadEntry, loadForWrite, loadSkp };
}

export type RealisasiContext = ReturnType<typeof createRealisasiContext>;
