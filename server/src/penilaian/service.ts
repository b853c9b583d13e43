/**
 * Penilaian kinerja: periods opened by BKPSDM, the units' results, ratings by the pejabat
 * penilai, the curve, finalisation, the pegawai's receipt and discussion. Every rule comes from
 * @capaian/domain; "who assesses whom" from organisasi (atasanOf / bawahanOf on the period's date).
 * The keberatan feature changes a final result only through this service's `ajukanKeberatan` and
 * `putuskanKeberatan`.
 */
import {
  CAPAIAN_ORGANISASI_LABEL,
  EVALUASI_WORKFLOW,
  PERIODE_KIND_LABEL,
  periodeTersimpan,
  predikatKinerja,
  RATING_LABEL,
  ratingHasilKerjaPimpinan,
  transition,
  type CapaianOrganisasi,
  type EvaluasiState,
  type Predikat,
  type Rating,
} from '@capaian/domain';
import { sql } from 'drizzle-orm';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { createPenilaianContext, periodeLabel, presentPeriode, type PengusulKasus } from './context.js';
import { createEvaluasiService, type SumberTahunan } from './evaluasi.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { penilaianPolicy } from './policy.js';
import { penilaianRepository as repo, type PenilaiGrup, type PenilaiPegawai, type PeriodeProgresRow } from './repository.js';
import type { PeriodeInput, PeriodeItem } from '@capaian/contract/penilaian';
import { createUnitService } from './unit.js';

const NOMOR_MAKS: Readonly<Record<PeriodeInput['jenis'], number>> = { BULANAN: 12, TRIWULANAN: 4, SEMESTERAN: 2, TAHUNAN: 1 };

/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// For the keberatan feature: the only way a final result changes.

export interface KeputusanKeberatanEvaluasi {
  evaluasiId: string;
  hasil: 'DIPERTAHANKAN' | 'DIUBAH';
  /** The decision's reasons (stored in evaluasi_riwayat with the old values when the result changes). */
  alasan: string;
  ratingHasilKerja?: Rating | null | undefined;
  ratingPerilaku?: Rating | null | undefined;
}

export interface HasilKeputusanEvaluasi {
  id: string;
  status: 'DIPUTUS';
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  rowVersion: number;
  /** The values before the decision. */
  sebelum: { status: string; ratingHasilKerja: string | null; ratingPerilaku: string | null; predikat: string | null; rowVersion: number };
}

const statusLabel = (s: string) => EVALUASI_WORKFLOW.stateLabel[s as EvaluasiState] ?? s;

// ---------------------------------------------------------------------------------------------

export function createPenilaianService(
  db: Db,
  organisasi: OrganisasiService,
  pengaturan: PengaturanInstansi,
  tahunan: SumberTahunan,
  clock: () => Date,
  publicUrl: string,
  pengusul: PengusulKasus,
) {
  const ctx = createPenilaianContext(db, organisasi, pengaturan, clock);
  const evaluasi = createEvaluasiService(db, organisasi, clock, ctx, tahunan);
  const unit = createUnitService(db, clock, ctx, publicUrl, pengusul);

  const presentItem = (actor: Actor, r: PeriodeProgresRow): PeriodeItem => ({
    ...presentPeriode(r),
    progres: { evaluasi: r.evaluasi, dinilai: r.dinilai, final: r.final, unitSelesai: r.unit_selesai, unitTotal: r.unit_total },
    can: penilaianPolicy.periodeCan(actor, r.status),
  });

  async function periodeItem(actor: Actor, id: string, tahun: number) {
    const row = (await repo.listPeriode(db, actor.instansiId, tahun)).find((r) => r.id === id);
    if (!row) throw errors.notFound('Periode penilaian');
    return presentItem(actor, row);
  }

  return {
    async listPeriode(actor: Actor, tahun?: number) {
      const rows = await repo.listPeriode(db, actor.instansiId, tahun);
      return { items: rows.map((r) => presentItem(actor, r)), can: { buka: penilaianPolicy.canBukaPeriode(actor) } };
    },

    /**
     * Opens a period (BKPSDM): periodic in the instansi's setting, or annual. Creates the DRAFT
     * evaluations of every pegawai with an approved SKP covering it, in one INSERT … SELECT, each
     * in their unit and with the pejabat penilai and atasan in office on the period's date
     * (organisasi.atasanOf, asked once per unit — everyone in a unit who does not head it shares
     * the chain, as do its heads — and once per pegawai holding a Plt/Plh seat).
     */
    async bukaPeriode(actor: Actor, input: PeriodeInput): Promise<PeriodeItem> {
      if (!penilaianPolicy.canBukaPeriode(actor)) throw errors.forbidden('membuka periode penilaian (hanya admin BKPSDM)');
      const ins = await ctx.instansi(actor.instansiId);
      const fields: FieldErrors = {};
      if (input.jenis !== 'TAHUNAN' && input.jenis !== ins.periodeKinerja)
        fields.jenis = `periode kinerja instansi ini ${PERIODE_KIND_LABEL[ins.periodeKinerja].toLowerCase()}: pilih ${ins.periodeKinerja} atau TAHUNAN`;
      const d = fields.jenis ? null : periodeTersimpan(input.jenis, input.tahun, input.nomor);
      if (!fields.jenis && !d) fields.nomor = `untuk periode ${PERIODE_KIND_LABEL[input.jenis].toLowerCase()} nomor 1 sampai ${NOMOR_MAKS[input.jenis]}`;
      if (d && input.batasPenilaian < d.start) fields.batasPenilaian = `tidak boleh sebelum awal periode (${d.start})`;
      if (Object.keys(fields).length || !d) throw errors.validation(fields);
      if (await repo.periodeExists(db, actor.instansiId, input.tahun, input.jenis, input.nomor))
        throw errors.conflict('periode_exists', `Periode penilaian ${d.label} sudah dibuka.`);

      const tanggal = ctx.tanggalPeriode({ selesai: d.end }, ins.zona);
      // The rules in force on the period's first day, fixed for the period from now on.
      const { versi: aturanVersi } = await pengaturan.aturanPada(actor.instansiId, d.start);
      const kandidat = await repo.kandidat(db, actor.instansiId, { tahun: input.tahun, mulai: d.start, selesai: d.end }, tanggal);
      const wakil = new Map<string, { unitId: string; kepala: boolean; pegawaiId: string }>();
      const acting: string[] = [];
      for (const k of kandidat) {
        if (k.acting) acting.push(k.pegawai_id);
        else if (!wakil.has(`${k.unit_id}|${k.kepala_unit}`)) wakil.set(`${k.unit_id}|${k.kepala_unit}`, { unitId: k.unit_id, kepala: k.kepala_unit, pegawaiId: k.pegawai_id });
      }
      const chain = (pegawaiId: string) => organisasi.atasanOf(actor.instansiId, pegawaiId, tanggal);
      const grup: PenilaiGrup[] = await mapLimit([...wakil.values()], 4, async (w) => {
        const a = await chain(w.pegawaiId);
        return { unit_id: w.unitId, kepala: w.kepala, penilai: a.pejabatPenilai?.pegawaiId ?? null, atasan: a.atasanPejabatPenilai?.pegawaiId ?? null };
      });
      const perPegawai: PenilaiPegawai[] = await mapLimit(acting, 4, async (id) => {
        const a = await chain(id);
        return { pegawai_id: id, penilai: a.pejabatPenilai?.pegawaiId ?? null, atasan: a.atasanPejabatPenilai?.pegawaiId ?? null };
      });

      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insertPeriode(tx, {
            instansiId: actor.instansiId,
            jenis: input.jenis,
            tahun: input.tahun,
            nomor: input.nomor,
            mulai: d.start,
            selesai: d.end,
            batasPenilaian: input.batasPenilaian,
            aturanVersi,
            dibukaOleh: actor.pegawaiId,
            createdAt: clock(),
          });
        if (!row) throw errors.conflict('periode_exists', `Periode penilaian ${d.label} sudah dibuka.`);
        const n = await repo.insertEvaluasi(tx, actor.instansiId, { id: row.id, tahun: input.tahun, mulai: d.start, selesai: d.end }, grup, perPegawai);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'periode_penilaian',
          entityId: row.id,
          summary: `Periode penilaian ${d.label} dibuka (batas penilaian ${input.batasPenilaian}); ${n} evaluasi dibuat`,
          after: { ...input, mulai: d.start, selesai: d.end, evaluasi: n, aturanVersi },
        });
        return row.id;
      });
      return periodeItem(actor, id, input.tahun);
    },

    async tutupPeriode(actor: Actor, id: string): Promise<PeriodeItem> {
      const p = await ctx.periode(actor, id);
      if (!penilaianPolicy.canBukaPeriode(actor)) throw errors.forbidden('menutup periode penilaian (hanya admin BKPSDM)');
      if (p.status !== 'DIBUKA') throw errors.conflict('periode_ditutup', `Periode penilaian ${periodeLabel(p)} sudah ditutup.`);
      await db.transaction(async (tx) => {
        const [done] = await repo.tutupPeriode(tx, actor.instansiId, id, clock());
        if (!done) throw errors.conflict('periode_ditutup', `Periode penilaian ${periodeLabel(p)} sudah ditutup.`);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'periode_penilaian',
          entityId: id,
          summary: `Periode penilaian ${periodeLabel(p)} ditutup`,
          before: { status: p.status },
          after: { status: 'DITUTUP' },
        });
      });
      return periodeItem(actor, id, p.tahun);
    },

    units: unit.units,
    capaian: unit.capaianDetail,
    tetapkanCapaian: unit.tetapkanCapaian,
    capaianMassal: unit.capaianMassal,
    tetapkanCapaianMassal: unit.tetapkanCapaianMassal,
    capaianPdf: unit.capaianPdf,
    /** Public verification of a printed unit result (the verifikasi feature calls this). */
    periksaDokumenCapaian: unit.periksaDokumen,
    kurva: unit.kurva,
    finalisasi: unit.finalisasi,
    /** Bulk finalisation of a whole period (ADMIN_BKPSDM); the benchmark calls this. */
    finalisasiMassal: unit.finalisasiMassal,

    listEvaluasi: evaluasi.list,
    evaluasi: evaluasi.detail,
    nilai: evaluasi.nilai,
    terima: evaluasi.terima,
    diskusi: evaluasi.diskusi,

    /**
     * For the keberatan feature, inside its transaction: a final result goes under keberatan
     * (domain transition `ajukan_keberatan`). Audited; the caller checks the window and notifies.
     */
    async ajukanKeberatan(tx: DbOrTx, actor: Actor, evaluasiId: string): Promise<void> {
      const row = await repo.evaluasiForUpdate(tx, actor.instansiId, evaluasiId);
      if (!row) throw errors.notFound('Evaluasi kinerja');
      const t = transition(EVALUASI_WORKFLOW, row.status as EvaluasiState, 'ajukan_keberatan', 'pegawai');
      if (!t.ok) throw errors.conflict('evaluasi_status', t.error.message);
      await repo.ubah(tx, actor.instansiId, evaluasiId, sql`status = ${t.to}, updated_at = ${clock().toISOString()}::timestamptz`);
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'update',
        entityType: 'evaluasi',
        entityId: evaluasiId,
        summary: 'Keberatan atas hasil penilaian kinerja diajukan',
        before: { status: row.status },
        after: { status: t.to },
      });
    },

    /**
     * The atasan pejabat penilai decided a keberatan (the keberatan feature checks who may decide):
     * only a result under keberatan can be decided (domain transition `putuskan`: never a plain
     * FINAL one). DIPERTAHANKAN keeps it; DIUBAH stores the new rating(s), the old values go to
     * evaluasi_riwayat and the predikat comes from the matrix again. A unit head's rating hasil
     * kerja follows the unit's result by the period's mapping and cannot be changed away from it.
     * The decision is final (DIPUTUS). Audited in the caller's transaction; the caller notifies.
     */
    async putuskanKeberatan(tx: DbOrTx, actor: Actor, input: KeputusanKeberatanEvaluasi): Promise<HasilKeputusanEvaluasi> {
      const at = clock();
      const row = await repo.evaluasiForUpdate(tx, actor.instansiId, input.evaluasiId);
      if (!row) throw errors.notFound('Evaluasi kinerja');
      const t = transition(EVALUASI_WORKFLOW, row.status as EvaluasiState, 'putuskan', 'atasan_pejabat_penilai');
      if (!t.ok) throw errors.conflict('evaluasi_status', `Keputusan keberatan hanya untuk hasil penilaian yang sedang dalam keberatan; status saat ini "${statusLabel(row.status)}".`);
      const sebelum = { status: row.status, ratingHasilKerja: row.rating_hasil_kerja, ratingPerilaku: row.rating_perilaku, predikat: row.predikat, rowVersion: row.row_version };
      let hk = row.rating_hasil_kerja as Rating | null;
      let rp = row.rating_perilaku as Rating | null;
      let predikat = row.predikat as Predikat | null;
      if (input.hasil === 'DIUBAH') {
        const fields: FieldErrors = {};
        if (!input.ratingHasilKerja && !input.ratingPerilaku) fields.ratingHasilKerja = 'isi rating hasil kerja dan/atau rating perilaku yang baru';
        if (row.kepala_unit && row.capaian && input.ratingHasilKerja) {
          const aturan = await ctx.aturan(actor.instansiId, { aturan_versi: row.p_aturan_versi });
          const ikut = ratingHasilKerjaPimpinan(row.capaian as CapaianOrganisasi, aturan.ratingPimpinan);
          if (input.ratingHasilKerja !== ikut)
            fields.ratingHasilKerja = `kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi (${CAPAIAN_ORGANISASI_LABEL[row.capaian as CapaianOrganisasi]} → ${RATING_LABEL[ikut]}); ubah rating perilaku bila perlu`;
        }
        hk = input.ratingHasilKerja ?? hk;
        rp = input.ratingPerilaku ?? rp;
        if (!hk) fields.ratingHasilKerja ??= 'wajib diisi';
        if (!rp) fields.ratingPerilaku = 'wajib diisi';
        if (Object.keys(fields).length || !hk || !rp) throw errors.validation(fields);
        predikat = predikatKinerja(hk, rp);
        await repo.insertRiwayat(tx, { instansiId: actor.instansiId, evaluasiId: row.id, sebelum, alasan: input.alasan, olehId: actor.pegawaiId, createdAt: at });
      }
      const updated = await repo.ubah(
        tx,
        actor.instansiId,
        row.id,
        sql`status = ${t.to}, rating_hasil_kerja = ${hk}, rating_perilaku = ${rp}, predikat = ${predikat}, updated_at = ${at.toISOString()}::timestamptz`,
      );
      if (!updated) throw errors.notFound('Evaluasi kinerja');
      // The cases this result feeds follow it: new proposals, and those it no longer supports lapse.
      const aturanPeriode = await ctx.aturan(actor.instansiId, { aturan_versi: row.p_aturan_versi });
      await pengusul.sinkron(tx, actor, { pegawaiId: row.pegawai_id, evaluasiId: row.id }, aturanPeriode.tindakLanjut, 'Hasil penilaian berubah karena keputusan keberatan');
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'update',
        entityType: 'evaluasi',
        entityId: row.id,
        summary:
          input.hasil === 'DIUBAH'
            ? `Hasil penilaian diubah karena keberatan: predikat ${sebelum.predikat ?? '-'} → ${predikat ?? '-'}`
            : 'Keberatan diputus: hasil penilaian dipertahankan',
        before: sebelum,
        after: { status: t.to, ratingHasilKerja: hk, ratingPerilaku: rp, predikat, rowVersion: updated.row_version, alasan: input.alasan },
      });
      return { id: row.id, status: 'DIPUTUS', ratingHasilKerja: hk, ratingPerilaku: rp, predikat, rowVersion: updated.row_version, sebelum };
    },
  };
}

export type PenilaianService = ReturnType<typeof createPenilaianService>;
