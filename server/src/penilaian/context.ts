/**
 * What the parts of the penilaian service share: the instansi's settings, the date that decides
 * "in office for the period", the unit tree with the heads in office on that date, and the
 * caller's relation to a unit or an evaluation.
 */
import { labelPeriode, todayIn, type AturanPenilaian, type AturanTindakLanjut, type KeberatanConfig, type ZonaWaktu } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { UnitRow } from '../organisasi/service.js';
import { namaLengkapBaris, type OrganisasiService, unitDalam, unitsPada } from '../organisasi/service.js';
import type { EvaluasiRelation, UnitRelation } from './policy.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { penilaianRepository as repo, type EvaluasiRow, type PeriodeRow } from './repository.js';
import type { PeriodeRingkas } from '@capaian/contract/penilaian';

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export const namaLengkap = namaLengkapBaris;

/** The label of a stored period (the domain's). */
export const periodeLabel = labelPeriode;

export const presentPeriode = (p: PeriodeRow): PeriodeRingkas => ({
  id: p.id,
  jenis: p.jenis as PeriodeRingkas['jenis'],
  tahun: p.tahun,
  nomor: p.nomor,
  label: periodeLabel(p),
  mulai: p.mulai,
  selesai: p.selesai,
  batasPenilaian: p.batas_penilaian,
  status: p.status as PeriodeRingkas['status'],
});

/** The period columns of an evaluation row, as a period row. */
export const periodeOfEvaluasi = (e: EvaluasiRow): PeriodeRow => ({
  id: e.periode_id,
  jenis: e.p_jenis,
  tahun: e.p_tahun,
  nomor: e.p_nomor,
  mulai: e.p_mulai,
  selesai: e.p_selesai,
  batas_penilaian: e.p_batas,
  status: e.p_status,
  aturan_versi: e.p_aturan_versi,
});

/**
 * The follow-up stage's hook (the tindak-lanjut feature): in the same transaction as a
 * finalisation or a keberatan decision, propose the pembinaan cases the results now give (and,
 * with `gugur`, let lapse those they no longer support).
 */
export interface PengusulKasus {
  sinkron(
    tx: DbOrTx,
    actor: Actor,
    sasaran: { periodeId: string; unitIds: readonly string[] } | { pegawaiId: string; evaluasiId: string },
    aturan: AturanTindakLanjut,
    gugur?: string,
  ): Promise<unknown>;
}

export interface UnitTree {
  rows: UnitRow[];
  byId: Map<string, UnitRow>;
}

export function createPenilaianContext(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date) {
  /** The instansi's name, zone and periode kinerja (its settings' one owner). */
  const instansi = (instansiId: string) => pengaturan.info(instansiId);

  /** The aturan penilaian a period was opened with (curve, pimpinan mapping, keberatan days, …). */
  const aturan = (instansiId: string, p: { aturan_versi: number | null }): Promise<AturanPenilaian> => pengaturan.aturanVersi(instansiId, p.aturan_versi);

  /** The keberatan window of a period's results, in the instansi's zone. */
  async function keberatanConfig(instansiId: string, p: { aturan_versi: number | null }): Promise<KeberatanConfig> {
    const [{ zona }, a] = await Promise.all([pengaturan.info(instansiId), aturan(instansiId, p)]);
    return { zonaWaktu: zona, keberatanHari: a.keberatanHari };
  }

  const hariIni = (zona: ZonaWaktu) => todayIn(zona, clock());

  /**
   * The date that decides who is in office for a period: its last day, or today while it runs.
   * The pejabat penilai in office on that date rates (a Plt/Plh included).
   */
  const tanggalPeriode = (p: { selesai: string }, zona: ZonaWaktu) => {
    const today = hariIni(zona);
    return p.selesai < today ? p.selesai : today;
  };

  async function periode(actor: Actor, id: string) {
    const p = await repo.periode(db, actor.instansiId, id);
    if (!p) throw errors.notFound('Periode penilaian');
    return p;
  }

  async function unitTree(instansiId: string, tanggal: string): Promise<UnitTree> {
    const rows = await unitsPada(db, instansiId, tanggal);
    return { rows, byId: new Map(rows.map((r) => [r.id, r])) };
  }

  /** The units above `unitId`, nearest first (guarded against bad data). */
  function ancestors(tree: UnitTree, unitId: string): UnitRow[] {
    const out: UnitRow[] = [];
    let cur = tree.byId.get(unitId)?.parent_id ?? null;
    while (cur && out.length < 50) {
      const row = tree.byId.get(cur);
      if (!row) break;
      out.push(row);
      cur = row.parent_id;
    }
    return out;
  }

  /**
   * The leader one level up of a unit: the holder of the nearest head seat above the unit's own
   * head (a vacant seat passes the role upward, as in organisasi's atasan rule).
   */
  function pimpinanAtasId(tree: UnitTree, unitId: string): string | null {
    const head = tree.byId.get(unitId)?.kepala_pegawai_id ?? null;
    for (const a of ancestors(tree, unitId)) if (a.kepala_pegawai_id && a.kepala_pegawai_id !== head) return a.kepala_pegawai_id;
    return null;
  }

  function unitRelation(actor: Actor, tree: UnitTree, unitId: string): UnitRelation {
    const unit = tree.byId.get(unitId);
    if (!unit) throw errors.notFound('Unit kerja');
    const up = ancestors(tree, unitId);
    return {
      kepala: unit.kepala_pegawai_id === actor.pegawaiId,
      pimpinanAtas: pimpinanAtasId(tree, unitId) === actor.pegawaiId,
      leluhur: up.some((a) => a.kepala_pegawai_id === actor.pegawaiId),
      pengelola: actor.pengelolaUnitIds.length > 0 && [unitId, ...up.map((a) => a.id)].some((id) => actor.pengelolaUnitIds.includes(id)),
    };
  }

  /** The caller's relation to an evaluation on the period's date, and the chain of command then. */
  async function evaluasiRelation(actor: Actor, e: EvaluasiRow, tanggal: string) {
    const atasan = await organisasi.atasanOf(actor.instansiId, e.pegawai_id, tanggal);
    const penilaiId = atasan.pejabatPenilai?.pegawaiId ?? null;
    const atasanId = atasan.atasanPejabatPenilai?.pegawaiId ?? null;
    const pengelola =
      actor.pengelolaUnitIds.length > 0 && (await unitDalam(db, actor.instansiId, e.unit_id, actor.pengelolaUnitIds));
    const rel: EvaluasiRelation = {
      self: e.pegawai_id === actor.pegawaiId,
      penilai: penilaiId === actor.pegawaiId,
      atasanPenilai: atasanId === actor.pegawaiId || e.atasan_penilai_id === actor.pegawaiId,
      penilaiTercatat: e.pejabat_penilai_id === actor.pegawaiId,
      pengelola,
    };
    return { rel, atasan };
  }

  return { instansi, aturan, keberatanConfig, hariIni, tanggalPeriode, periode, unitTree, ancestors, pimpinanAtasId, unitRelation, evaluasiRelation };
}

export type PenilaianContext = ReturnType<typeof createPenilaianContext>;
