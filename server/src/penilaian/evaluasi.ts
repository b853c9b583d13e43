/**
 * Evaluations: the rating screen's data (per RHK and indicator: target, realised value, evidence,
 * the feedback given during the period; BerAKHLAK with expectations and feedback; the 360°
 * aggregate), rating by the pejabat penilai, receipt by the pegawai and the discussion after.
 */
import {
  angkaTarget,
  ATURAN_TERTINGGAL_DEFAULT,
  BERAKHLAK,
  CAPAIAN_ORGANISASI_LABEL,
  EVALUASI_WORKFLOW,
  indikatorKumulatif,
  isEvaluasiFinal,
  isKeberatanOpen,
  keberatanDeadline,
  predikatKinerja,
  RATING_LABEL,
  ratingHasilKerjaPimpinan,
  realisasiPeriode,
  ringkasan360,
  suggestRatingHasilKerja,
  targetPeriode,
  transition,
  type AturanPenilaian,
  type CapaianOrganisasi,
  type EvaluasiState,
  type KeberatanConfig,
  type Predikat,
  type Rating,
  type SumberTarget,
} from '@capaian/domain';
import { sql } from 'drizzle-orm';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { publish } from '../core/events.js';
import { notify } from '../notifikasi/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { ringkasPegawai } from '../organisasi/service.js';
import { iso, namaLengkap, periodeLabel, periodeOfEvaluasi, presentPeriode, type PenilaianContext } from './context.js';
import { penilaianPolicy, type EvaluasiRelation } from './policy.js';
import { penilaianRepository as repo, type EvaluasiRow } from './repository.js';
import type { DiskusiInput, Evaluasi, EvaluasiInput, EvaluasiListItem, EvaluasiQuery, PegawaiRingkas, RingkasanTahunan } from '@capaian/contract/penilaian';

const rincianTarget = (i: { target_nilai: string | null; target_satuan: string | null; target_teks: string | null }) =>
  i.target_teks?.trim() || [i.target_nilai, i.target_satuan].filter(Boolean).join(' ');

/** What another feature answers for the annual rating screen: the year's attendance summary. */
export interface SumberTahunan {
  ringkasanKehadiran(instansiId: string, pegawaiId: string, tahun: number): Promise<RingkasanTahunan['kehadiran']>;
}

export function createEvaluasiService(db: Db, organisasi: OrganisasiService, clock: () => Date, ctx: PenilaianContext, tahunan: SumberTahunan) {
  const conflict = () =>
    errors.conflict('version_conflict', 'Penilaian ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', {
      rowVersion: 'versi data sudah berubah',
    });
  const sudahFinal = () =>
    errors.conflict('evaluasi_final', 'Hasil penilaian sudah final; hanya keputusan atas keberatan yang dapat mengubahnya.');

  /** Loads an evaluation the caller may read, or answers 404 (not revealing that it exists). */
  async function load(actor: Actor, id: string) {
    const e = await repo.evaluasi(db, actor.instansiId, id);
    if (!e) throw errors.notFound('Evaluasi kinerja');
    const periode = periodeOfEvaluasi(e);
    const [ins, aturan] = await Promise.all([ctx.instansi(actor.instansiId), ctx.aturan(actor.instansiId, periode)]);
    const tanggal = ctx.tanggalPeriode({ selesai: e.p_selesai }, ins.zona);
    const { rel, atasan } = await ctx.evaluasiRelation(actor, e, tanggal);
    if (!penilaianPolicy.canReadEvaluasi(actor, rel)) throw errors.notFound('Evaluasi kinerja');
    const keberatan: KeberatanConfig = { zonaWaktu: ins.zona, keberatanHari: aturan.keberatanHari };
    return { e, rel, atasan, ins, aturan, keberatan };
  }

  /** The keberatan window counts from delivery (the result made final and visible), not from an acknowledgment. */
  const keberatanTerbuka = (e: EvaluasiRow, keberatan: KeberatanConfig) => !!e.disampaikan_at && isKeberatanOpen(new Date(e.disampaikan_at), clock(), keberatan);

  function canOf(actor: Actor, rel: EvaluasiRelation, e: EvaluasiRow, keberatan: KeberatanConfig) {
    return penilaianPolicy.evaluasiCan(actor, rel, {
      status: e.status,
      periodeDibuka: e.p_status === 'DIBUKA',
      skpBerlaku: e.skp_berlaku,
      diterima: !!e.diterima_at,
      keberatanTerbuka: keberatanTerbuka(e, keberatan),
      adaKeberatan: e.ada_keberatan,
    });
  }

  /** A kepala unit's rating hasil kerja follows the unit's result by the period's mapping. */
  const ratingKepala = (capaian: CapaianOrganisasi, aturan: AturanPenilaian) => ratingHasilKerjaPimpinan(capaian, aturan.ratingPimpinan);

  const pegawaiOf = (e: EvaluasiRow): PegawaiRingkas => ({ id: e.pegawai_id, nip: e.nip, nama: namaLengkap(e), jabatan: e.jabatan_nama });

  async function detail(actor: Actor, id: string): Promise<Evaluasi> {
    return present(actor, await load(actor, id));
  }

  async function present(actor: Actor, { e, rel, atasan, aturan, keberatan }: Awaited<ReturnType<typeof load>>): Promise<Evaluasi> {
    const final = isEvaluasiFinal(e.status);
    // A final result shows the SKP it was rated on; before that, the SKP in force (a revision may have replaced it).
    const berlaku = final ? null : await repo.skpBerlaku(db, actor.instansiId, e.pegawai_id, e.p_tahun);
    const skpId = berlaku?.id ?? e.skp_id;
    const i = actor.instansiId;
    const tahunanNya = e.p_jenis === 'TAHUNAN';
    const [rhkRows, indRows, ekspektasi, ratingRhk, perilaku, ub, skor, skpPeriode, rencana, periodik, kehadiran] = await Promise.all([
      repo.rhkOf(db, i, skpId),
      repo.indikatorOf(db, i, skpId),
      repo.ekspektasiOf(db, i, skpId),
      repo.ratingRhkOf(db, i, e.id),
      repo.perilakuOf(db, i, e.id),
      repo.umpanBalikPeriode(db, i, e.pegawai_id, e.p_mulai, e.p_selesai),
      repo.skor360(db, i, e.periode_id, e.pegawai_id),
      repo.skpPeriode(db, i, skpId),
      repo.rencanaAksiPeriode(db, i, skpId, e.p_mulai, e.p_selesai),
      tahunanNya ? repo.evaluasiTahun(db, i, e.pegawai_id, e.p_tahun, e.id) : Promise.resolve([]),
      tahunanNya ? tahunan.ringkasanKehadiran(i, e.pegawai_id, e.p_tahun) : Promise.resolve(null),
    ]);
    const [realisasi, bukti] = await Promise.all([
      repo.realisasiPerIndikator(db, i, e.pegawai_id, indRows.map((x) => x.id), e.p_mulai, e.p_selesai),
      repo.buktiPerRhk(db, i, e.pegawai_id, rhkRows.map((x) => x.id), e.p_mulai, e.p_selesai),
    ]);

    // Who rated (fixed when rated) or, before that, who is in office for the period.
    const rated = e.status !== 'DRAFT';
    const penilaiId = rated ? e.pejabat_penilai_id : (atasan.pejabatPenilai?.pegawaiId ?? null);
    const atasanId = rated ? e.atasan_penilai_id : (atasan.atasanPejabatPenilai?.pegawaiId ?? null);
    const people = await ringkasPegawai(db, i, [penilaiId, atasanId].filter((x): x is string => !!x));
    const ringkas = (pid: string | null): PegawaiRingkas | null => {
      const p = pid ? people.find((x) => x.id === pid) : undefined;
      return p ? { id: p.id, nip: p.nip, nama: namaLengkap({ nama: p.nama, gelar_depan: p.gelarDepan, gelar_belakang: p.gelarBelakang }), jabatan: p.jabatanNama } : null;
    };

    const sums = new Map(realisasi.map((r) => [r.indikator_id, r]));
    const terukur: Array<{ target: number; realisasi: number; sumberTarget: SumberTarget }> = [];
    const skp = skpPeriode ?? { mulai: `${e.p_tahun}-01-01`, selesai: `${e.p_tahun}-12-31` };
    const periode = { mulai: e.p_mulai, selesai: e.p_selesai };
    const satuIndikator = new Map<string, string>();
    for (const r of rhkRows) {
      const ids = indRows.filter((x) => x.rhk_id === r.id).map((x) => x.id);
      if (ids.length === 1) satuIndikator.set(r.id, ids[0]!);
    }
    /** A rencana aksi counts for its indicator, or for the only indicator of its RHK. */
    const rencanaOf = (indikatorId: string) =>
      rencana.filter((ra) => (ra.indikator_id ?? satuIndikator.get(ra.rhk_id)) === indikatorId).map((ra) => ra.target);
    const berkala = (r: (typeof ub)[number]) => ({ tanggal: r.tanggal, pesan: r.pesan, penulis: namaLengkap(r) });
    const ratingMap = new Map(ratingRhk.map((r) => [r.rhk_id, r]));
    const rhk = rhkRows.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      uraian: r.uraian,
      rating: (ratingMap.get(r.id)?.rating ?? null) as Rating | null,
      umpanBalik: ratingMap.get(r.id)?.umpan_balik ?? null,
      indikator: indRows
        .filter((x) => x.rhk_id === r.id)
        .map((x) => {
          const targetSkp = angkaTarget(x.target_nilai);
          const kumulatif = indikatorKumulatif(x.aspek, x.target_satuan, ATURAN_TERTINGGAL_DEFAULT);
          const tp = targetSkp === null ? null : targetPeriode({ targetSkp, kumulatif, skp, periode, rencanaAksi: rencanaOf(x.id) });
          const entri = sums.get(x.id);
          const real = entri ? realisasiPeriode(entri, kumulatif) : null;
          let persen: number | null = null;
          if (tp !== null && real !== null) {
            terukur.push({ target: tp.target, realisasi: real, sumberTarget: tp.sumber });
            persen = suggestRatingHasilKerja([{ target: tp.target, realisasi: real }], aturan.saranRating)?.perIndikator[0]?.capaianPersen ?? null;
          }
          return {
            id: x.id,
            aspek: x.aspek,
            uraian: x.uraian,
            target: rincianTarget(x),
            targetPeriode: tp?.target ?? null,
            sumberTarget: tp?.sumber ?? null,
            keteranganTarget: tp?.keterangan ?? null,
            realisasi: real,
            persen,
          };
        }),
      bukti: bukti
        .filter((b) => b.rhk_id === r.id)
        .map((b) => ({ id: b.id, nama: b.nama, url: b.jenis === 'FILE' ? `/api/v1/bukti/${b.id}/unduh` : null, tautan: b.tautan })),
      umpanBalikBerkala: ub.filter((u) => u.rhk_id === r.id).map(berkala),
    }));

    let saranRatingHasilKerja: Rating | null = null;
    let saranAlasan: string | null = null;
    const capaian = e.capaian as CapaianOrganisasi | null;
    if (e.kepala_unit) {
      if (capaian) {
        saranRatingHasilKerja = ratingKepala(capaian, aturan);
        saranAlasan = `Kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi ${e.unit_nama} (${CAPAIAN_ORGANISASI_LABEL[capaian]} → ${RATING_LABEL[saranRatingHasilKerja]}).`;
      } else {
        saranAlasan = `Kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi ${e.unit_nama}, yang belum ditetapkan.`;
      }
    } else {
      const saran = suggestRatingHasilKerja(terukur, aturan.saranRating);
      saranRatingHasilKerja = saran?.rating ?? null;
      saranAlasan = saran?.alasan ?? null;
    }

    const ekspMap = new Map(ekspektasi.map((x) => [x.kode, x.ekspektasi]));
    const perMap = new Map(perilaku.map((x) => [x.kode, x.umpan_balik]));
    // 360°: the domain's summary (complete answers only, nothing below the minimum), never to the pegawai themself.
    const r360 = ringkasan360(skor);

    return {
      id: e.id,
      periode: presentPeriode(periodeOfEvaluasi(e)),
      pegawai: pegawaiOf(e),
      pejabatPenilai: ringkas(penilaiId),
      atasanPenilai: ringkas(atasanId),
      unit: { id: e.unit_id, nama: e.unit_nama },
      capaianOrganisasi: capaian,
      status: e.status as Evaluasi['status'],
      kepalaUnit: e.kepala_unit,
      rhk,
      saranRatingHasilKerja,
      saranAlasan,
      ratingHasilKerja: e.rating_hasil_kerja as Rating | null,
      umpanBalikHasilKerja: e.umpan_balik_hasil_kerja,
      perilaku: BERAKHLAK.map((b) => ({
        kode: b.kode,
        label: b.nama,
        ekspektasi: ekspMap.get(b.kode) ?? null,
        umpanBalik: perMap.get(b.kode) ?? null,
        umpanBalikBerkala: ub.filter((u) => u.perilaku_kode === b.kode).map(berkala),
      })),
      ratingPerilaku: e.rating_perilaku as Rating | null,
      umpanBalikPerilaku: e.umpan_balik_perilaku,
      predikat: e.predikat as Evaluasi['predikat'],
      umpanBalik360: { jumlahResponden: r360.jumlahResponden, rataRata: rel.self ? null : r360.rataRata },
      tahunan: kehadiran
        ? {
            periodik: periodik
              .filter((x) => x.jenis !== 'TAHUNAN')
              .map((x) => {
                const hasil = isEvaluasiFinal(x.status);
                return {
                  id: x.id,
                  label: periodeLabel(x),
                  status: x.status as Evaluasi['status'],
                  predikat: hasil ? (x.predikat as Predikat | null) : null,
                  ratingHasilKerja: hasil ? (x.rating_hasil_kerja as Rating | null) : null,
                  ratingPerilaku: hasil ? (x.rating_perilaku as Rating | null) : null,
                };
              }),
            kehadiran,
          }
        : null,
      diskusi: e.diskusi ? { ...e.diskusi, dicatatOleh: e.diskusi.dicatatOleh ?? null } : null,
      finalAt: iso(e.final_at),
      disampaikanAt: iso(e.disampaikan_at),
      diterimaAt: iso(e.diterima_at),
      keberatanSampai: e.disampaikan_at ? keberatanDeadline(new Date(e.disampaikan_at), keberatan).toISOString() : null,
      keberatanTerbuka: keberatanTerbuka(e, keberatan),
      rowVersion: e.row_version,
      can: canOf(actor, rel, e, keberatan),
    };
  }

  return {
    detail,

    /** The caller's own evaluations (`saya`), or those they rate (`tim`: the open periods unless one is named). */
    async list(actor: Actor, q: EvaluasiQuery): Promise<{ items: EvaluasiListItem[] }> {
      const ins = await ctx.instansi(actor.instansiId);
      // The keberatan window of each period's rules (cached by the settings owner).
      const cfg = new Map<string, KeberatanConfig>();
      const keberatanOf = async (rows: readonly EvaluasiRow[]) => {
        for (const e of rows) if (!cfg.has(e.periode_id)) cfg.set(e.periode_id, await ctx.keberatanConfig(actor.instansiId, periodeOfEvaluasi(e)));
      };
      const item = (e: EvaluasiRow, rel: EvaluasiRelation): EvaluasiListItem => ({
        id: e.id,
        periode: { id: e.periode_id, label: periodeLabel({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor }), status: e.p_status as 'DIBUKA' | 'DITUTUP' },
        pegawai: pegawaiOf(e),
        unit: { id: e.unit_id, nama: e.unit_nama },
        status: e.status as EvaluasiListItem['status'],
        ratingHasilKerja: e.rating_hasil_kerja as Rating | null,
        ratingPerilaku: e.rating_perilaku as Rating | null,
        predikat: e.predikat as EvaluasiListItem['predikat'],
        can: canOf(actor, rel, e, cfg.get(e.periode_id)!),
      });
      if (q.peran === 'saya') {
        if (q.periodeId) await ctx.periode(actor, q.periodeId);
        const rows = await repo.listEvaluasi(db, actor.instansiId, { pegawaiId: actor.pegawaiId, periodeId: q.periodeId });
        const rel: EvaluasiRelation = { self: true, penilai: false, atasanPenilai: false, penilaiTercatat: false, pengelola: false };
        await keberatanOf(rows);
        return { items: rows.map((e) => item(e, rel)) };
      }
      const periods = q.periodeId
        ? [await ctx.periode(actor, q.periodeId)]
        : (await repo.listPeriode(db, actor.instansiId)).filter((p) => p.status === 'DIBUKA');
      const items: EvaluasiListItem[] = [];
      for (const p of periods) {
        // Who the caller assesses on the period's date (a Plt/Plh included): organisasi's inverse of atasanOf.
        const bawahan = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId, ctx.tanggalPeriode(p, ins.zona));
        const set = new Set(bawahan);
        const rows = await repo.listEvaluasi(db, actor.instansiId, { periodeIds: [p.id], pegawaiIds: bawahan, penilaiId: actor.pegawaiId });
        await keberatanOf(rows);
        for (const e of rows)
          items.push(
            item(e, { self: false, penilai: set.has(e.pegawai_id), atasanPenilai: false, penilaiTercatat: e.pejabat_penilai_id === actor.pegawaiId, pengelola: false }),
          );
      }
      return { items };
    },

    /**
     * Rates an evaluation: only the pejabat penilai in office for the period (Plt included), while
     * the period is open, the SKP approved and the result not final. The predikat comes from the
     * matrix; a kepala unit's rating hasil kerja is the one their unit's result gives.
     */
    async nilai(actor: Actor, id: string, input: EvaluasiInput): Promise<Evaluasi> {
      const loaded = await load(actor, id);
      const { e, rel, atasan, aturan } = loaded;
      if (!rel.penilai) throw errors.forbidden('menilai pegawai ini (hanya pejabat penilai kinerja yang menjabat pada periode ini)');
      const t = transition(EVALUASI_WORKFLOW, e.status as EvaluasiState, 'nilai', 'pejabat_penilai');
      if (!t.ok) throw isEvaluasiFinal(e.status) ? sudahFinal() : errors.conflict('evaluasi_status', t.error.message);
      if (e.p_status !== 'DIBUKA') throw errors.conflict('periode_ditutup', `Periode penilaian ${periodeLabel({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor })} sudah ditutup.`);
      const skp = await repo.skpBerlaku(db, actor.instansiId, e.pegawai_id, e.p_tahun);
      if (!skp) throw errors.conflict('skp_belum_disetujui', 'SKP pegawai ini untuk tahun tersebut belum disetujui; penilaian belum dapat dilakukan.');

      const fields: FieldErrors = {};
      let ratingHasilKerja: Rating;
      if (e.kepala_unit) {
        if (!e.capaian)
          throw errors.conflict(
            'capaian_organisasi_belum_ditetapkan',
            `Capaian kinerja organisasi ${e.unit_nama} belum ditetapkan. Rating hasil kerja kepala unit mengikuti capaian tersebut; minta pimpinan satu tingkat di atas menetapkannya terlebih dahulu.`,
          );
        const capaian = e.capaian as CapaianOrganisasi;
        ratingHasilKerja = ratingKepala(capaian, aturan);
        if (input.ratingHasilKerja && input.ratingHasilKerja !== ratingHasilKerja)
          fields.ratingHasilKerja = `kepala unit mengikuti capaian kinerja organisasi (${CAPAIAN_ORGANISASI_LABEL[capaian]} → ${RATING_LABEL[ratingHasilKerja]})`;
      } else if (!input.ratingHasilKerja) {
        fields.ratingHasilKerja = 'wajib diisi';
        ratingHasilKerja = 'SESUAI_EKSPEKTASI';
      } else {
        ratingHasilKerja = input.ratingHasilKerja;
      }
      if (input.rowVersion !== e.row_version) throw conflict();

      const rhkRows = await repo.rhkOf(db, actor.instansiId, skp.id);
      const known = new Set(rhkRows.map((r) => r.id));
      const seen = new Set<string>();
      input.rhk.forEach((r, n) => {
        if (!known.has(r.rhkId)) fields[`rhk.${n}.rhkId`] = 'bukan RHK pada SKP pegawai ini';
        else if (seen.has(r.rhkId)) fields[`rhk.${n}.rhkId`] = 'RHK ini dinilai lebih dari sekali';
        seen.add(r.rhkId);
      });
      const belum = rhkRows.filter((r) => !seen.has(r.id));
      if (belum.length) fields.rhk = `${belum.length} RHK belum diberi rating: ${belum.map((r) => r.uraian).join('; ')}`;
      const kode = new Set<string>();
      input.perilaku.forEach((p, n) => {
        if (kode.has(p.kode)) fields[`perilaku.${n}.kode`] = 'nilai BerAKHLAK ini disebut lebih dari sekali';
        kode.add(p.kode);
      });
      if (Object.keys(fields).length) throw errors.validation(fields);

      const predikat = predikatKinerja(ratingHasilKerja, input.ratingPerilaku);
      const at = clock();
      await db.transaction(async (tx) => {
        // Shares the period's lock with other raters; the bulk finalisation takes it exclusively.
        const p = await repo.periode(tx, actor.instansiId, e.periode_id, 'share');
        if (p?.status !== 'DIBUKA') throw errors.conflict('periode_ditutup', 'Periode penilaian ini sudah ditutup.');
        const saved = await repo.simpanRating(tx, actor.instansiId, id, input.rowVersion, {
          skpId: skp.id,
          ratingHasilKerja,
          ratingPerilaku: input.ratingPerilaku,
          predikat,
          umpanBalikHasilKerja: input.umpanBalikHasilKerja ?? null,
          umpanBalikPerilaku: input.umpanBalikPerilaku ?? null,
          pejabatPenilaiId: actor.pegawaiId,
          atasanPenilaiId: atasan.atasanPejabatPenilai?.pegawaiId ?? null,
          at,
        });
        if (!saved) {
          const now = await repo.evaluasi(tx, actor.instansiId, id);
          throw now && isEvaluasiFinal(now.status) ? sudahFinal() : conflict();
        }
        await repo.gantiRatingRhk(tx, actor.instansiId, id, input.rhk.map((r) => ({ rhkId: r.rhkId, rating: r.rating, umpanBalik: r.umpanBalik || null })));
        await repo.gantiPerilaku(tx, actor.instansiId, id, input.perilaku);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'evaluasi',
          entityId: id,
          summary: `Penilaian kinerja ${e.nama} (${periodeLabel({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor })}): predikat ${predikat}`,
          before: { status: e.status, ratingHasilKerja: e.rating_hasil_kerja, ratingPerilaku: e.rating_perilaku, predikat: e.predikat, rowVersion: e.row_version },
          after: { status: t.to, ratingHasilKerja, ratingPerilaku: input.ratingPerilaku, predikat, rowVersion: saved.row_version, rhk: input.rhk.length },
        });
        // Everyone watching this unit's curve (the other raters, the kepala dinas) re-reads it.
        await publish(tx, { jenis: 'penilaian', instansiId: actor.instansiId, periodeId: e.periode_id, unitId: e.unit_id });
      });
      return detail(actor, id);
    },

    /**
     * The pegawai acknowledges the final result (set once). Informative only: the keberatan window
     * counts from delivery, so not pressing this never keeps the window open.
     */
    async terima(actor: Actor, id: string): Promise<Evaluasi> {
      const { e, rel } = await load(actor, id);
      if (!rel.self) throw errors.forbidden('menerima hasil penilaian pegawai lain');
      if (!isEvaluasiFinal(e.status)) throw errors.conflict('belum_final', 'Hasil penilaian belum final.');
      if (!e.diterima_at) {
        const at = clock();
        await db.transaction(async (tx) => {
          const done = await repo.ubah(tx, actor.instansiId, id, sql`diterima_at = ${at.toISOString()}::timestamptz`, sql`diterima_at IS NULL`);
          if (!done) return;
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'update',
            entityType: 'evaluasi',
            entityId: id,
            summary: 'Hasil penilaian kinerja diterima oleh pegawai',
            after: { diterimaAt: at.toISOString() },
          });
        });
      }
      return detail(actor, id);
    },

    /** The post-assessment discussion, recorded by the pegawai or the pejabat penilai once the result is final. */
    async diskusi(actor: Actor, id: string, input: DiskusiInput): Promise<Evaluasi> {
      const { e, rel, atasan } = await load(actor, id);
      if (!(rel.self || rel.penilai || rel.penilaiTercatat)) throw errors.forbidden('mencatat diskusi hasil penilaian ini (hanya pegawai dan pejabat penilai)');
      if (!isEvaluasiFinal(e.status)) throw errors.conflict('belum_final', 'Diskusi dicatat setelah hasil penilaian final.');
      const at = clock();
      const diskusi = { ...input, dicatatAt: at.toISOString(), dicatatOleh: { id: actor.pegawaiId, nama: actor.nama } };
      const penilaiId = e.pejabat_penilai_id ?? atasan.pejabatPenilai?.pegawaiId ?? null;
      const penerima = (rel.self ? [penilaiId] : [e.pegawai_id]).filter((x): x is string => !!x && x !== actor.pegawaiId);
      await db.transaction(async (tx) => {
        await repo.ubah(tx, actor.instansiId, id, sql`diskusi = ${JSON.stringify(diskusi)}::jsonb, updated_at = ${at.toISOString()}::timestamptz`);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'evaluasi',
          entityId: id,
          summary: 'Diskusi hasil penilaian kinerja dicatat',
          before: { diskusi: e.diskusi },
          after: { diskusi },
        });
        await notify(tx, actor.instansiId, penerima, {
          jenis: 'DISKUSI_PENILAIAN',
          judul: `Diskusi hasil penilaian dicatat oleh ${actor.nama}`,
          pesan: `Catatan diskusi hasil penilaian kinerja ${periodeLabel({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor })} telah dicatat. Rencana pengembangan: ${input.rencanaPengembangan.length} butir.`,
          tautan: `/penilaian/evaluasi/${id}`,
        });
      });
      return detail(actor, id);
    },
  };
}
