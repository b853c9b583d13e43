/**
 * Units in a period: the result set by the leader one level up (capaian kinerja organisasi), the
 * curve live, finalisation (one unit, or every unit of the pemda at once, set-based).
 */
import { performance } from 'node:perf_hooks';
import { perangkatDaerahOf, ringkasPegawai } from '../organisasi/service.js';
import {
  CAPAIAN_ORGANISASI_LABEL,
  EVALUASI_WORKFLOW,
  keberatanDeadline,
  PREDIKAT_LABEL,
  targetState,
  todayIn,
  PREDIKATS,
  isEvaluasiFinal,
  predikatKinerja,
  ratingHasilKerjaPimpinan,
  type CapaianOrganisasi,
  type Predikat,
  type Rating,
  type KeberatanConfig,
  type AturanTindakLanjut,
} from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { hasRole, type Actor } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notifyFrom } from '../notifikasi/service.js';
import { sasaranPk } from '../perjanjian-kinerja/service.js';
import { capaianContentHash, renderPenetapanPredikatPdf } from './capaian-pdf.js';
import { iso, periodeLabel, presentPeriode, type PengusulKasus, type PenilaianContext, type UnitTree } from './context.js';
import { kurvaStatus, PELANGGARAN_BELUM_DINILAI, PELANGGARAN_CAPAIAN_KOSONG, predikatList } from './kurva.js';
import { penilaianPolicy } from './policy.js';
import { formatTanggal, kodeCocok, tautanVerifikasi } from '../dokumen/pdf.js';
import { penilaianRepository as repo, type AgregatRow, type CapaianRow, type FinalisasiRow, type PeriodeRow } from './repository.js';
import type { PemeriksaanDokumen } from '@capaian/contract/verifikasi';
import type { CapaianDetail, CapaianInput, CapaianMassal, CapaianMassalInput, FinalisasiInfo, FinalisasiInput, FinalisasiMassalResult, KurvaStatus, Pelanggaran, UnitItem } from '@capaian/contract/penilaian';

/** A rated evaluation, not final yet (what `nilai` leads to). */
const DINILAI = targetState(EVALUASI_WORKFLOW, 'nilai');

interface UnitAgregat {
  total: number;
  draft: number;
  /** Rated, not yet final. */
  dinilai: number;
  final: number;
  /** Predicates of every rated evaluation (rated or final): what the curve counts. */
  predikat: Partial<Record<Predikat, number>>;
}

/** Groups the per-(unit, status, predikat) counts by unit. */
function perUnit(rows: readonly AgregatRow[]): Map<string, UnitAgregat> {
  const out = new Map<string, UnitAgregat>();
  for (const r of rows) {
    let u = out.get(r.unit_id);
    if (!u) out.set(r.unit_id, (u = { total: 0, draft: 0, dinilai: 0, final: 0, predikat: {} }));
    u.total += r.n;
    if (r.status === EVALUASI_WORKFLOW.initial) u.draft += r.n;
    else {
      if (r.status === DINILAI) u.dinilai += r.n;
      else if (isEvaluasiFinal(r.status)) u.final += r.n;
      if (r.predikat) u.predikat[r.predikat as Predikat] = (u.predikat[r.predikat as Predikat] ?? 0) + r.n;
    }
  }
  return out;
}

const presentFinalisasi = (f: FinalisasiRow): FinalisasiInfo => ({
  at: iso(f.created_at) ?? '',
  oleh: f.oleh_id ? { id: f.oleh_id, nama: f.oleh_nama ?? '' } : null,
  overrideAlasan: f.override_alasan,
  overrideOleh: f.override_oleh ? { id: f.override_oleh, nama: f.override_oleh_nama ?? '' } : null,
  pelanggaran: f.kurva?.pelanggaran ?? [],
});

const kurvaJson = (k: KurvaStatus) => ({ capaian: k.capaian, jumlah: k.jumlah, distribusi: k.distribusi, pelanggaran: k.pelanggaran });

export function createUnitService(db: Db, clock: () => Date, ctx: PenilaianContext, publicUrl: string, pengusul: PengusulKasus) {
  const periodeDitutup = (p: PeriodeRow) => errors.conflict('periode_ditutup', `Periode penilaian ${periodeLabel(p)} sudah ditutup.`);
  const capaianKosong = (unitNama: string) =>
    errors.conflict('capaian_organisasi_belum_ditetapkan', `Capaian kinerja organisasi ${unitNama} untuk periode ini belum ditetapkan.`);

  /** The period, its date, the unit tree on that date, and the caller's relation to one unit. */
  async function unitContext(actor: Actor, periodeId: string, unitId: string) {
    const p = await ctx.periode(actor, periodeId);
    const [ins, aturan] = await Promise.all([ctx.instansi(actor.instansiId), ctx.aturan(actor.instansiId, p)]);
    const tree = await ctx.unitTree(actor.instansiId, ctx.tanggalPeriode(p, ins.zona));
    const unit = tree.byId.get(unitId);
    if (!unit) throw errors.notFound('Unit kerja');
    const rel = ctx.unitRelation(actor, tree, unitId);
    return { p, ins, aturan, tree, unit, rel };
  }

  const versiBerubah = () =>
    errors.conflict('version_conflict', 'Capaian kinerja organisasi ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', {
      rowVersion: 'versi data sudah berubah',
    });

  /** Writes one unit's result in `tx` (the period locked by the caller): the head's rating follows, audited. */
  async function simpanCapaian(
    tx: DbOrTx,
    actor: Actor,
    p: PeriodeRow,
    aturan: { ratingPimpinan: Parameters<typeof ratingHasilKerjaPimpinan>[1] },
    unit: { id: string; nama: string },
    input: { capaian: CapaianOrganisasi; justifikasi: string; rowVersion?: number | undefined },
    before: CapaianRow | null,
    at: Date,
  ) {
    const saved = await repo.upsertCapaian(
      tx,
      { instansiId: actor.instansiId, periodeId: p.id, unitId: unit.id, capaian: input.capaian, justifikasi: input.justifikasi, olehId: actor.pegawaiId, at },
      before ? (input.rowVersion ?? before.row_version) : null,
    );
    if (!saved) throw versiBerubah();
    // The unit's head: their rating hasil kerja is the one the unit's result gives (the period's mapping).
    const hk = ratingHasilKerjaPimpinan(input.capaian, aturan.ratingPimpinan);
    for (const k of await repo.kepalaEvaluasi(tx, actor.instansiId, p.id, unit.id)) {
      if (k.status !== DINILAI || !k.rating_perilaku || k.rating_hasil_kerja === hk) continue;
      const predikat = predikatKinerja(hk, k.rating_perilaku as Rating);
      await repo.ubah(tx, actor.instansiId, k.id, sql`rating_hasil_kerja = ${hk}, predikat = ${predikat}, updated_at = ${at.toISOString()}::timestamptz`);
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'update',
        entityType: 'evaluasi',
        entityId: k.id,
        summary: `Rating hasil kerja kepala unit ${unit.nama} mengikuti capaian organisasi ${CAPAIAN_ORGANISASI_LABEL[input.capaian]}`,
        before: { ratingHasilKerja: k.rating_hasil_kerja, predikat: k.predikat },
        after: { ratingHasilKerja: hk, predikat },
      });
    }
    await recordAudit(tx, actor, actor.instansiId, {
      action: before ? 'update' : 'create',
      entityType: 'capaian_organisasi',
      entityId: `${p.id}:${unit.id}`,
      summary: `Capaian kinerja organisasi ${unit.nama} (${periodeLabel(p)}): ${CAPAIAN_ORGANISASI_LABEL[input.capaian]}`,
      before: before ? { capaian: before.capaian, justifikasi: before.justifikasi, rowVersion: before.row_version } : null,
      after: { capaian: input.capaian, justifikasi: input.justifikasi, rowVersion: saved.rowVersion },
    });
  }

  /**
   * Every unit of a perangkat daerah (it and the units below, not into another perangkat daerah)
   * with its parent's name — two "Sekretariat" are never confused — and its result for the period.
   */
  async function capaianMassal(actor: Actor, periodeId: string, perangkatDaerahId: string | undefined): Promise<CapaianMassal> {
    await ctx.periode(actor, periodeId);
    if (!perangkatDaerahId) throw errors.validation({ perangkatDaerahId: 'wajib diisi' });
    const { p, tree, unit: pd, rel } = await unitContext(actor, periodeId, perangkatDaerahId);
    if (!pd.perangkat_daerah) throw errors.validation({ perangkatDaerahId: 'bukan perangkat daerah' });
    if (!penilaianPolicy.canReadUnit(actor, rel)) throw errors.forbidden('melihat capaian kinerja organisasi perangkat daerah ini');
    const ids = tree.rows.filter((u) => perangkatDaerahOf(tree, u.id)?.id === pd.id).map((u) => u.id);
    const [caps, fins] = await Promise.all([repo.capaian(db, actor.instansiId, p.id), repo.finalisasi(db, actor.instansiId, p.id)]);
    const capOf = new Map(caps.map((c) => [c.unit_id, c]));
    const finOf = new Set(fins.map((f) => f.unit_id));
    const items = ids.map((id) => {
      const u = tree.byId.get(id)!;
      const r = ctx.unitRelation(actor, tree, id);
      const c = capOf.get(id);
      const final = finOf.has(id);
      return {
        unitId: id,
        nama: u.nama,
        induk: u.parent_id ? (tree.byId.get(u.parent_id)?.nama ?? null) : null,
        capaian: (c?.capaian ?? null) as CapaianOrganisasi | null,
        justifikasi: c?.justifikasi ?? null,
        rowVersion: c?.row_version ?? null,
        final,
        bolehTetapkan: p.status === 'DIBUKA' && !final && penilaianPolicy.canTetapkanCapaian(actor, r),
      };
    });
    items.sort((a, b) => (a.induk ?? '').localeCompare(b.induk ?? '') || a.nama.localeCompare(b.nama));
    return { periode: presentPeriode(p), perangkatDaerah: { id: pd.id, nama: pd.nama }, items };
  }

  /**
   * Sets the results of several units of a perangkat daerah at once: every unit checked first
   * (who may, open period, not final, the version read), all refusals listed by row; then all
   * written in one transaction, each audited as one by one would be.
   */
  async function tetapkanCapaianMassal(actor: Actor, periodeId: string, input: CapaianMassalInput): Promise<CapaianMassal> {
    const daftar = await capaianMassal(actor, periodeId, input.perangkatDaerahId);
    const p = await ctx.periode(actor, periodeId);
    if (p.status !== 'DIBUKA') throw periodeDitutup(p);
    const aturan = await ctx.aturan(actor.instansiId, p);
    const byId = new Map(daftar.items.map((i) => [i.unitId, i]));
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    input.items.forEach((it, n) => {
      const u = byId.get(it.unitId);
      if (!u) fields[`items.${n}.unitId`] = 'bukan unit perangkat daerah ini';
      else if (seen.has(it.unitId)) fields[`items.${n}.unitId`] = 'unit tercantum lebih dari sekali';
      else if (u.final) fields[`items.${n}.unitId`] = `hasil penilaian ${u.nama} sudah final`;
      else if (!u.bolehTetapkan) fields[`items.${n}.unitId`] = `Anda tidak berwenang menetapkan capaian ${u.nama}`;
      else if (u.rowVersion !== null && it.rowVersion !== undefined && it.rowVersion !== u.rowVersion) fields[`items.${n}.rowVersion`] = 'versi data sudah berubah';
      seen.add(it.unitId);
    });
    if (!daftar.items.some((i) => i.bolehTetapkan)) throw errors.forbidden('menetapkan capaian kinerja organisasi unit perangkat daerah ini (hanya pimpinan satu tingkat di atas atau BKPSDM)');
    if (Object.keys(fields).length) throw errors.validation(fields, 'Sebagian baris tidak dapat disimpan; tidak ada yang disimpan.');
    const caps = new Map((await repo.capaian(db, actor.instansiId, p.id)).map((c) => [c.unit_id, c]));
    const at = clock();
    await db.transaction(async (tx) => {
      const locked = await repo.periode(tx, actor.instansiId, p.id, 'share');
      if (locked?.status !== 'DIBUKA') throw periodeDitutup(p);
      for (const it of input.items) {
        const u = byId.get(it.unitId)!;
        await simpanCapaian(tx, actor, p, aturan, { id: u.unitId, nama: u.nama }, it, caps.get(it.unitId) ?? null, at);
      }
    });
    return capaianMassal(actor, periodeId, input.perangkatDaerahId);
  }

  async function kurvaOf(instansiId: string, periodeId: string, unitId: string, rules: Parameters<typeof kurvaStatus>[3], capaian?: CapaianRow | null) {
    const [agg, cap] = await Promise.all([
      repo.agregat(db, instansiId, periodeId, [unitId]),
      capaian === undefined ? repo.capaian(db, instansiId, periodeId, unitId).then((r) => r[0] ?? null) : Promise.resolve(capaian),
    ]);
    const u = perUnit(agg).get(unitId);
    return kurvaStatus((cap?.capaian ?? null) as CapaianOrganisasi | null, predikatList(u?.predikat ?? {}), u?.draft ?? 0, rules);
  }

  async function capaianDetail(actor: Actor, periodeId: string, unitId: string): Promise<CapaianDetail> {
    const { p, unit, rel } = await unitContext(actor, periodeId, unitId);
    if (!penilaianPolicy.canReadUnit(actor, rel)) throw errors.forbidden('melihat capaian kinerja organisasi unit ini');
    const [[cap], fin, pk] = await Promise.all([
      repo.capaian(db, actor.instansiId, periodeId, unitId),
      repo.finalisasi(db, actor.instansiId, periodeId, unitId),
      sasaranPk(db, actor.instansiId, { unitId, tahun: p.tahun }),
    ]);
    return {
      unit: { id: unit.id, nama: unit.nama },
      periode: presentPeriode(p),
      capaian: (cap?.capaian ?? null) as CapaianOrganisasi | null,
      justifikasi: cap?.justifikasi ?? null,
      ditetapkanOleh: cap ? { id: cap.ditetapkan_oleh, nama: cap.ditetapkan_oleh_nama ?? '' } : null,
      ditetapkanAt: iso(cap?.ditetapkan_at),
      rowVersion: cap?.row_version ?? null,
      pk: pk.map((x) => ({ sasaran: x.sasaran, indikator: x.indikator, target: x.target, realisasi: null })),
      can: { tetapkan: penilaianPolicy.unitCan(actor, rel, { periodeDibuka: p.status === 'DIBUKA', final: fin.length > 0 }).tetapkanCapaian },
    };
  }

  function unitItem(actor: Actor, tree: UnitTree, p: PeriodeRow, unitId: string, agg: UnitAgregat | undefined, cap: CapaianRow | undefined, fin: FinalisasiRow | undefined, rules: Parameters<typeof kurvaStatus>[3]): UnitItem {
    const rel = ctx.unitRelation(actor, tree, unitId);
    return {
      unitId,
      unitNama: tree.byId.get(unitId)?.nama ?? '',
      capaian: (cap?.capaian ?? null) as CapaianOrganisasi | null,
      jumlahPegawai: agg?.total ?? 0,
      dinilai: (agg?.dinilai ?? 0) + (agg?.final ?? 0),
      final: agg?.final ?? 0,
      kurva: kurvaStatus((cap?.capaian ?? null) as CapaianOrganisasi | null, predikatList(agg?.predikat ?? {}), agg?.draft ?? 0, rules),
      finalisasi: fin ? presentFinalisasi(fin) : null,
      can: penilaianPolicy.unitCan(actor, rel, { periodeDibuka: p.status === 'DIBUKA', final: !!fin }),
    };
  }

  /**
   * Finalises units in the caller's transaction, set-based: the finalisation records (with the
   * curve, and the override when there is one), every rated evaluation → FINAL, one notification
   * per pegawai. Returns how many evaluations became final.
   */
  async function finalkanUnits(
    tx: DbOrTx,
    actor: Actor,
    p: PeriodeRow,
    units: ReadonlyArray<{ unitId: string; kurva: KurvaStatus }>,
    at: Date,
    override: { alasan: string; oleh: string } | null,
    /** Read before the transaction: on PGlite a read outside it would wait for it forever. */
    cfg: KeberatanConfig,
    /** The period's follow-up rules: the cases the new final results propose (same transaction). */
    tindakLanjut: AturanTindakLanjut,
  ) {
    const ids = units.map((u) => u.unitId);
    const inserted = await repo.insertFinalisasi(tx, actor.instansiId, p.id, units.map((u) => ({ u: u.unitId, k: kurvaJson(u.kurva) })), {
      olehId: actor.pegawaiId,
      overrideAlasan: override?.alasan ?? null,
      overrideOleh: override?.oleh ?? null,
      at,
    });
    if (inserted !== units.length) throw errors.conflict('unit_sudah_final', 'Unit ini baru saja difinalisasi oleh orang lain.');
    const n = await repo.finalkan(tx, actor.instansiId, p.id, ids, at);
    // Delivered now: the keberatan window of the period's rules counts from this moment.
    await notifyFrom(
      tx,
      actor.instansiId,
      repo.notifikasiFinalSql(actor.instansiId, p.id, ids, at, {
        judul: `Hasil penilaian kinerja ${periodeLabel(p)} telah final`,
        predikatLabel: PREDIKAT_LABEL,
        periodeLabel: periodeLabel(p),
        batasKeberatan: formatTanggal(todayIn(cfg.zonaWaktu, keberatanDeadline(at, cfg))),
      }),
      at,
    );
    await pengusul.sinkron(tx, actor, { periodeId: p.id, unitIds: ids }, tindakLanjut);
    return n;
  }

  return {
    capaianDetail,

    /**
     * Sets a unit's result for a period (the leader one level up, or BKPSDM) while the period is
     * open and the unit not final. A rated kepala unit's rating hasil kerja follows at once.
     */
    async tetapkanCapaian(actor: Actor, input: CapaianInput): Promise<CapaianDetail> {
      const { p, aturan, unit, rel } = await unitContext(actor, input.periodeId, input.unitId);
      if (!penilaianPolicy.canTetapkanCapaian(actor, rel))
        throw errors.forbidden('menetapkan capaian kinerja organisasi unit ini (hanya pimpinan satu tingkat di atas atau BKPSDM)');
      if (p.status !== 'DIBUKA') throw periodeDitutup(p);
      const [[before], fin] = await Promise.all([
        repo.capaian(db, actor.instansiId, p.id, unit.id),
        repo.finalisasi(db, actor.instansiId, p.id, unit.id),
      ]);
      if (fin.length) throw errors.conflict('unit_sudah_final', `Hasil penilaian ${unit.nama} sudah final; capaian organisasinya tidak dapat diubah.`);
      if (before && input.rowVersion !== undefined && input.rowVersion !== before.row_version) throw versiBerubah();
      const at = clock();
      await db.transaction(async (tx) => {
        const locked = await repo.periode(tx, actor.instansiId, p.id, 'share');
        if (locked?.status !== 'DIBUKA') throw periodeDitutup(p);
        await simpanCapaian(tx, actor, p, aturan, unit, input, before ?? null, at);
      });
      return capaianDetail(actor, p.id, unit.id);
    },

    capaianMassal,
    tetapkanCapaianMassal,

    async capaianPdf(actor: Actor, periodeId: string, unitId: string) {
      const { p, ins, unit, rel } = await unitContext(actor, periodeId, unitId);
      if (!penilaianPolicy.canReadUnit(actor, rel)) throw errors.forbidden('melihat capaian kinerja organisasi unit ini');
      const [cap] = await repo.capaian(db, actor.instansiId, periodeId, unitId);
      if (!cap) throw capaianKosong(unit.nama);
      const [pk, penetap] = await Promise.all([
        sasaranPk(db, actor.instansiId, { unitId, tahun: p.tahun }),
        ringkasPegawai(db, actor.instansiId, [cap.ditetapkan_oleh]),
      ]);
      const who = penetap[0];
      const pdf = await renderPenetapanPredikatPdf({
        instansiNama: ins.nama,
        unitNama: unit.nama,
        periodeLabel: periodeLabel(p),
        capaianLabel: CAPAIAN_ORGANISASI_LABEL[cap.capaian as CapaianOrganisasi],
        justifikasi: cap.justifikasi,
        pk: pk.map((x) => ({ sasaran: x.sasaran, indikator: x.indikator, target: x.target })),
        penetap: who ? { nama: who.nama, nip: who.nip, jabatan: who.jabatanNama } : null,
        tanggal: todayIn(ins.zona, new Date(cap.ditetapkan_at)),
        verifikasi: (() => {
          const hash = capaianContentHash({ id: cap.id, periodeId: p.id, unitId, capaian: cap.capaian, justifikasi: cap.justifikasi, ditetapkanOleh: cap.ditetapkan_oleh, ditetapkanAt: cap.ditetapkan_at });
          return { url: tautanVerifikasi(publicUrl, 'capaian-organisasi', cap.id, hash), hash };
        })(),
      });
      return { pdf, filename: `penetapan-predikat-organisasi-${unit.kode}-${p.tahun}-${p.jenis.toLowerCase()}-${p.nomor}.pdf` };
    },

    /**
     * Public: does a printed "Penetapan Predikat Kinerja Organisasi" (id and code from its QR code)
     * match the unit result on record? Null for an unknown document.
     */
    async periksaDokumen(id: string, kode: string): Promise<PemeriksaanDokumen | null> {
      const c = await repo.capaianUntukVerifikasi(db, id);
      if (!c) return null;
      const hash = capaianContentHash({ id: c.id, periodeId: c.periode_id, unitId: c.unit_id, capaian: c.capaian, justifikasi: c.justifikasi, ditetapkanOleh: c.ditetapkan_oleh, ditetapkanAt: c.ditetapkan_at });
      const { zona } = await ctx.instansi(c.instansi_id);
      return {
        cocok: kodeCocok(hash, kode),
        fakta: [
          { label: 'Unit kerja', nilai: c.unit_nama },
          { label: 'Periode penilaian', nilai: periodeLabel({ jenis: c.p_jenis, tahun: c.p_tahun, nomor: c.p_nomor }) },
          { label: 'Predikat kinerja organisasi', nilai: CAPAIAN_ORGANISASI_LABEL[c.capaian as CapaianOrganisasi] ?? c.capaian },
          { label: 'Ditetapkan oleh', nilai: c.ditetapkan_oleh_nama ?? '-' },
          { label: 'Tanggal penetapan', nilai: formatTanggal(todayIn(zona, new Date(c.ditetapkan_at))) },
        ],
        catatan: c.final ? null : 'Hasil penilaian unit ini belum difinalisasi; predikat organisasi masih dapat diubah sebelum finalisasi.',
        pesanTidakValid: 'Dokumen tidak valid: isi dokumen ini tidak sama dengan penetapan predikat kinerja organisasi yang tercatat di Capaian (penetapan mungkin telah diubah sebelum finalisasi).',
      };
    },

    /** The unit's distribution against the allowed curve, with each broken rule named. */
    async kurva(actor: Actor, unitId: string, periodeId: string): Promise<KurvaStatus> {
      const { aturan, rel } = await unitContext(actor, periodeId, unitId);
      if (!penilaianPolicy.canReadUnit(actor, rel)) throw errors.forbidden('melihat kurva distribusi unit ini');
      return kurvaOf(actor.instansiId, periodeId, unitId, aturan.kurva);
    },

    /** Progress per unit of the caller's scope: their units and one level down; BKPSDM every unit. */
    async units(actor: Actor, periodeId: string, unitId?: string): Promise<{ items: UnitItem[] }> {
      const p = await ctx.periode(actor, periodeId);
      const [ins, aturan] = await Promise.all([ctx.instansi(actor.instansiId), ctx.aturan(actor.instansiId, p)]);
      const tree = await ctx.unitTree(actor.instansiId, ctx.tanggalPeriode(p, ins.zona));
      if (unitId && !tree.byId.has(unitId)) throw errors.notFound('Unit kerja');
      const [agg, caps, fins] = await Promise.all([
        repo.agregat(db, actor.instansiId, p.id),
        repo.capaian(db, actor.instansiId, p.id),
        repo.finalisasi(db, actor.instansiId, p.id),
      ]);
      const byUnit = perUnit(agg);
      let scope: Set<string>;
      if (hasRole(actor, 'ADMIN_BKPSDM')) scope = new Set(tree.rows.map((r) => r.id));
      else {
        const own = new Set(tree.rows.filter((r) => r.kepala_pegawai_id === actor.pegawaiId).map((r) => r.id));
        scope = new Set(own);
        for (const r of tree.rows) {
          if (r.parent_id && own.has(r.parent_id)) scope.add(r.id);
          if (actor.pengelolaUnitIds.length && [r.id, ...ctx.ancestors(tree, r.id).map((a) => a.id)].some((id) => actor.pengelolaUnitIds.includes(id))) scope.add(r.id);
        }
      }
      const capMap = new Map(caps.map((c) => [c.unit_id, c]));
      const finMap = new Map(fins.map((f) => [f.unit_id, f]));
      const items = tree.rows
        .filter((r) => scope.has(r.id) && byUnit.has(r.id) && (!unitId || r.id === unitId))
        .map((r) => unitItem(actor, tree, p, r.id, byUnit.get(r.id), capMap.get(r.id), finMap.get(r.id), aturan.kurva));
      return { items };
    },

    /**
     * Finalises one unit: every evaluation rated, the unit's result set, and the curve holding — or
     * broken with an override by the leader one level up or BKPSDM and a written reason (audited,
     * stored with the finalisation for the documents).
     */
    async finalisasi(actor: Actor, unitId: string, input: FinalisasiInput): Promise<{ finalisasi: FinalisasiInfo; kurva: KurvaStatus }> {
      const { p, aturan, unit, rel } = await unitContext(actor, input.periodeId, unitId);
      if (!penilaianPolicy.canFinalisasiUnit(actor, rel)) throw errors.forbidden('memfinalisasi hasil penilaian unit ini');
      if (p.status !== 'DIBUKA') throw periodeDitutup(p);
      const at = clock();
      const cfg = await ctx.keberatanConfig(actor.instansiId, p);
      const kurva = await db.transaction(async (tx) => {
        const locked = await repo.periode(tx, actor.instansiId, p.id, 'share');
        if (locked?.status !== 'DIBUKA') throw periodeDitutup(p);
        if ((await repo.finalisasi(tx, actor.instansiId, p.id, unitId)).length)
          throw errors.conflict('unit_sudah_final', `Hasil penilaian ${unit.nama} untuk periode ini sudah final.`);
        const [cap] = await repo.capaian(tx, actor.instansiId, p.id, unitId);
        if (!cap) throw capaianKosong(unit.nama);
        const evals = await repo.unitEvaluasiForUpdate(tx, actor.instansiId, p.id, unitId);
        if (evals.length === 0) throw errors.conflict('tidak_ada_evaluasi', `Tidak ada evaluasi kinerja pada ${unit.nama} untuk periode ini.`);
        const draft = evals.filter((e) => e.status === 'DRAFT');
        if (draft.length) {
          const names = draft.slice(0, 10).map((e) => e.nama).join(', ') + (draft.length > 10 ? `, dan ${draft.length - 10} lainnya` : '');
          throw new AppError('belum_dinilai', `Belum dapat difinalisasi: ${draft.length} pegawai belum dinilai (${names}).`, undefined, {
            pegawai: draft.map((e) => ({ id: e.pegawai_id, nip: e.nip, nama: e.nama })),
          });
        }
        const predikat = evals.map((e) => e.predikat).filter((x): x is Predikat => !!x && (PREDIKATS as readonly string[]).includes(x));
        const k = kurvaStatus(cap.capaian as CapaianOrganisasi, predikat, 0, aturan.kurva);
        let override: { alasan: string; oleh: string } | null = null;
        if (k.pelanggaran.length) {
          if (!input.overrideAlasan)
            throw new AppError(
              'kurva_dilanggar',
              `Kurva distribusi ${unit.nama} belum terpenuhi: ${k.pelanggaran.map((v) => v.pesan).join('; ')}.`,
              undefined,
              { pelanggaran: k.pelanggaran },
            );
          if (!penilaianPolicy.canOverrideKurva(actor, rel))
            throw errors.forbidden('mengesampingkan kurva distribusi (hanya pimpinan satu tingkat di atas atau BKPSDM)');
          override = { alasan: input.overrideAlasan, oleh: actor.pegawaiId };
        }
        const n = await finalkanUnits(tx, actor, p, [{ unitId, kurva: k }], at, override, cfg, aturan.tindakLanjut);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'finalisasi_unit',
          entityId: `${p.id}:${unitId}`,
          summary:
            `Hasil penilaian ${unit.nama} (${periodeLabel(p)}) difinalisasi: ${n} pegawai` +
            (override ? `, kurva dikesampingkan dengan alasan: ${override.alasan}` : ''),
          after: { kurva: kurvaJson(k), overrideAlasan: override?.alasan ?? null, evaluasiFinal: n },
        });
        return k;
      });
      const [fin] = await repo.finalisasi(db, actor.instansiId, p.id, unitId);
      if (!fin) throw errors.notFound('Finalisasi unit');
      return { finalisasi: presentFinalisasi(fin), kurva: { ...kurva, bolehFinalisasi: false } };
    },

    /**
     * Finalises every unit of the period whose curve holds, in one transaction: the evaluations
     * counted per unit, status and predikat in ONE query, the domain's curve check per unit in
     * memory, then the finalisation records (one INSERT), the status flip (one UPDATE … WHERE
     * unit_id = ANY) and the notifications (one INSERT … SELECT). Units with unrated pegawai, without
     * a result or with a broken curve are listed with the reasons; finalised units are left alone.
     */
    async finalisasiMassal(actor: Actor, periodeId: string): Promise<FinalisasiMassalResult> {
      if (!penilaianPolicy.canFinalisasiMassal(actor)) throw errors.forbidden('memfinalisasi seluruh unit (hanya admin BKPSDM)');
      const p = await ctx.periode(actor, periodeId);
      if (p.status !== 'DIBUKA') throw periodeDitutup(p);
      const t0 = performance.now();
      const aturan = await ctx.aturan(actor.instansiId, p);
      const cfg = await ctx.keberatanConfig(actor.instansiId, p);
      const at = clock();
      return db.transaction(async (tx) => {
        // Exclusive: raters and single-unit finalisations share this lock, so nothing changes under us.
        const locked = await repo.periode(tx, actor.instansiId, p.id, 'update');
        if (locked?.status !== 'DIBUKA') throw periodeDitutup(p);
        // One connection inside a transaction: the three reads run one after another.
        const agg = await repo.agregat(tx, actor.instansiId, p.id);
        const caps = await repo.capaian(tx, actor.instansiId, p.id);
        const done = await repo.unitFinal(tx, actor.instansiId, p.id);
        const capMap = new Map(caps.map((c) => [c.unit_id, c.capaian as CapaianOrganisasi]));
        const final: Array<{ unitId: string; kurva: KurvaStatus }> = [];
        const ditolak: Array<{ unitId: string; pelanggaran: Pelanggaran[] }> = [];
        const ringkasan = { evaluasi: 0, final: 0, distribusi: Object.fromEntries(PREDIKATS.map((k) => [k, 0])) as Record<Predikat, number> };
        for (const [unitId, u] of perUnit(agg)) {
          ringkasan.evaluasi += u.total;
          ringkasan.final += u.final;
          for (const k of PREDIKATS) ringkasan.distribusi[k] += u.predikat[k] ?? 0;
          if (done.has(unitId) || (u.dinilai === 0 && u.draft === 0)) continue;
          const capaian = capMap.get(unitId) ?? null;
          const alasan: Pelanggaran[] = [];
          if (!capaian) alasan.push(PELANGGARAN_CAPAIAN_KOSONG);
          if (u.draft > 0) alasan.push(PELANGGARAN_BELUM_DINILAI(u.draft));
          if (alasan.length) {
            ditolak.push({ unitId, pelanggaran: alasan });
            continue;
          }
          const k = kurvaStatus(capaian, predikatList(u.predikat), 0, aturan.kurva);
          if (k.pelanggaran.length) ditolak.push({ unitId, pelanggaran: k.pelanggaran });
          else {
            final.push({ unitId, kurva: k });
            ringkasan.final += u.dinilai;
          }
        }
        const n = await finalkanUnits(tx, actor, p, final, at, null, cfg, aturan.tindakLanjut);
        const names = new Map((await repo.unitNama(tx, actor.instansiId, ditolak.map((d) => d.unitId))).map((r) => [r.id, r.nama]));
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'finalisasi_unit',
          entityId: p.id,
          summary: `Finalisasi massal ${periodeLabel(p)}: ${final.length} unit (${n} pegawai) final, ${ditolak.length} unit belum dapat difinalisasi`,
          after: { unitFinal: final.map((f) => f.unitId), unitDitolak: ditolak.map((d) => ({ unitId: d.unitId, pelanggaran: d.pelanggaran.map((v) => v.id) })), evaluasiFinal: n },
        });
        return {
          unitFinal: final.length,
          unitDitolak: ditolak.map((d) => ({ ...d, unitNama: names.get(d.unitId) ?? '' })),
          durasiMs: Math.round(performance.now() - t0),
          ringkasan,
        };
      });
    },
  };
}
