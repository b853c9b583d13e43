/**
 * Penghargaan (PP 30/2019 BAB VI): award rounds on a period's final results. BKPSDM runs the
 * pemda's rounds, a kepala perangkat daerah those for their own staff. Candidates come from the
 * results (ranked) and the tim penilai's PENGHARGAAN recommendations; one below the round's
 * minimum predikat is refused with the reason (domain `alasanBukanKandidat`). A decided round
 * carries the decision's number and date; each award then has its piagam (PDF with the public QR
 * verification), appears on the pegawai's page and is notified.
 */
import {
  alasanBukanKandidat,
  DASAR_HUKUM,
  JENIS_PENGHARGAAN_LABEL,
  labelPeriode,
  peringkatkan,
  PREDIKAT_LABEL,
  RONDE_PENGHARGAAN_WORKFLOW,
  todayIn,
  transition,
  type JenisPenghargaan,
  type Predikat,
  type Rating,
  type RondePenghargaanState,
} from '@capaian/domain';
import type { CalonBaru, Penghargaan, PenghargaanList, PutuskanRonde, Ronde, RondeBaru, RondeList, UsulanPenghargaan } from '@capaian/contract/tindak-lanjut';
import type { PemeriksaanDokumen } from '@capaian/contract/verifikasi';
import { hasRole, type Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { formatTanggal, kodeCocok, tautanVerifikasi } from '../dokumen/pdf.js';
import { recordAudit } from '../audit/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { notify } from '../notifikasi/service.js';
import { buildUnitTree, namaLengkapBaris, subtreeIds, unitsPada, type OrganisasiService } from '../organisasi/service.js';
import { penghargaanRepository as repo, type PenghargaanRow, type RondeRow } from './penghargaan-repository.js';
import { piagamContentHash, renderPiagamPdf } from './piagam-pdf.js';
import { tindakLanjutRepository } from './repository.js';


export function createPenghargaanService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, publicUrl: string) {
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');

  /** The units today, and those whose head seat the caller holds. */
  async function unitSaya(actor: Actor) {
    const units = await unitsPada(db, actor.instansiId, await pengaturan.hariIni(actor.instansiId));
    return { tree: buildUnitTree(units), dipimpin: new Set(units.filter((u) => u.kepala_pegawai_id === actor.pegawaiId).map((u) => u.id)) };
  }

  /** May the caller manage this round (BKPSDM any; the head of its perangkat daerah their own)? */
  const mengelola = (actor: Actor, r: Pick<RondeRow, 'unit_id'>, dipimpin: ReadonlySet<string>) => bkpsdm(actor) || (!!r.unit_id && dipimpin.has(r.unit_id));

  /** A round the caller may see (managers and pimpinan), or 404. */
  async function muat(actor: Actor, id: string) {
    const r = await repo.ronde(db, actor.instansiId, id);
    if (!r) throw errors.notFound('Ronde penghargaan');
    const u = await unitSaya(actor);
    const kelola = mengelola(actor, r, u.dipimpin);
    if (!kelola && !hasRole(actor, 'PIMPINAN')) throw errors.notFound('Ronde penghargaan');
    return { r, kelola, ...u };
  }

  const presentPenghargaan = (g: PenghargaanRow): Penghargaan => ({
    id: g.id,
    rondeId: g.ronde_id,
    ronde: g.ronde_nama,
    pegawai: { id: g.pegawai_id, nama: namaLengkapBaris(g), nip: g.nip, jabatan: g.jabatan_nama },
    evaluasiId: g.evaluasi_id,
    predikat: (g.predikat as Predikat | null) ?? null,
    jenis: g.jenis as JenisPenghargaan,
    alasan: g.alasan,
    diberikan: g.ronde_status === 'DIPUTUSKAN',
    nomorKeputusan: g.nomor_keputusan,
    tanggalKeputusan: g.tanggal_keputusan,
  });

  async function present(actor: Actor, r: RondeRow, kelola: boolean): Promise<Ronde> {
    const calon = await repo.penghargaan(db, actor.instansiId, { rondeId: r.id });
    const draft = r.status === 'DRAFT';
    return {
      id: r.id,
      nama: r.nama,
      periode: { id: r.periode_id, label: labelPeriode({ jenis: r.p_jenis, tahun: r.p_tahun, nomor: r.p_nomor }) },
      unit: r.unit_id ? { id: r.unit_id, nama: r.unit_nama ?? '' } : null,
      predikatMinimum: r.predikat_minimum as Predikat,
      status: r.status as RondePenghargaanState,
      nomorKeputusan: r.nomor_keputusan,
      tanggalKeputusan: r.tanggal_keputusan,
      dasarHukum: DASAR_HUKUM.penghargaan,
      calon: calon.map(presentPenghargaan),
      rowVersion: r.row_version,
      can: { tambahCalon: kelola && draft, hapusCalon: kelola && draft, putuskan: kelola && draft && calon.length > 0 },
    };
  }

  /** The final results a round may take (its scope, at or above its minimum), ranked. */
  async function hasilRonde(actor: Actor, r: RondeRow, tree: ReturnType<typeof buildUnitTree>) {
    const unitIds = r.unit_id ? [...subtreeIds(tree, [r.unit_id])] : null;
    const rows = await tindakLanjutRepository.hasil(db, actor.instansiId, r.periode_id, unitIds);
    const aturan = await pengaturan.aturanVersi(actor.instansiId, r.p_aturan_versi);
    const final = rows.filter((x): x is typeof x & { predikat: Predikat; rating_hasil_kerja: Rating; rating_perilaku: Rating } => x.final && !!x.predikat && !!x.rating_hasil_kerja && !!x.rating_perilaku);
    return peringkatkan(
      final.map((x) => ({ x, predikat: x.predikat, ratingHasilKerja: x.rating_hasil_kerja, ratingPerilaku: x.rating_perilaku, rhkDiAtas: x.rhk_di_atas, rhkDiBawah: x.rhk_di_bawah, rhkJumlah: x.rhk_jumlah })),
      aturan.tindakLanjut.kriteriaPeringkat,
    );
  }

  /** The piagam's content hash (computed, not stored). */
  const hashPiagam = (g: PenghargaanRow) =>
    piagamContentHash({ id: g.id, pegawaiId: g.pegawai_id, nip: g.nip, evaluasiId: g.evaluasi_id, jenis: g.jenis, rondeId: g.ronde_id, nomorKeputusan: g.nomor_keputusan ?? '', tanggalKeputusan: g.tanggal_keputusan ?? '' });

  return {
    async listRonde(actor: Actor): Promise<RondeList> {
      let unitIds: string[] | null = null;
      if (!bkpsdm(actor) && !hasRole(actor, 'PIMPINAN')) {
        const { dipimpin, tree } = await unitSaya(actor);
        unitIds = [...dipimpin].filter((id) => tree.byId.get(id)?.perangkat_daerah);
        if (unitIds.length === 0) throw errors.forbidden('melihat ronde penghargaan (hanya BKPSDM, pimpinan, dan kepala perangkat daerah)');
      }
      const rows = await repo.listRonde(db, actor.instansiId, unitIds);
      return {
        items: rows.map((r) => ({ id: r.id, nama: r.nama, periode: labelPeriode({ jenis: r.p_jenis, tahun: r.p_tahun, nomor: r.p_nomor }), unit: r.unit_nama, status: r.status as RondePenghargaanState, jumlahCalon: r.jumlah })),
      };
    },

    async buatRonde(actor: Actor, input: RondeBaru): Promise<Ronde> {
      const p = await tindakLanjutRepository.periode(db, actor.instansiId, input.periodeId);
      if (!p) throw errors.validation({ periodeId: 'periode penilaian tidak ditemukan' });
      const { tree, dipimpin } = await unitSaya(actor);
      if (input.unitId) {
        const u = tree.byId.get(input.unitId);
        if (!u) throw errors.validation({ unitId: 'bukan unit kerja instansi ini' });
        if (!u.perangkat_daerah) throw errors.validation({ unitId: 'pilih perangkat daerah (ronde dijalankan per perangkat daerah atau untuk seluruh pemda)' });
        if (!bkpsdm(actor) && !dipimpin.has(u.id)) throw errors.forbidden('membuat ronde penghargaan untuk perangkat daerah lain');
      } else if (!bkpsdm(actor)) throw errors.forbidden('membuat ronde penghargaan seluruh pemda (hanya BKPSDM; kepala perangkat daerah memilih perangkat daerahnya)');
      const aturan = await pengaturan.aturanVersi(actor.instansiId, p.aturan_versi);
      const predikatMinimum = input.predikatMinimum ?? aturan.tindakLanjut.predikatMinimumPenghargaan;
      const at = clock();
      const id = await db.transaction(async (tx) => {
        const rid = await repo.insertRonde(tx, { instansiId: actor.instansiId, nama: input.nama, periodeId: p.id, unitId: input.unitId ?? null, predikatMinimum, dibuatOleh: actor.pegawaiId, at });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'ronde_penghargaan',
          entityId: rid,
          summary: `Ronde penghargaan "${input.nama}" (${labelPeriode(p)}) dibuat`,
          after: { ...input, predikatMinimum },
        });
        return rid;
      });
      const r = await repo.ronde(db, actor.instansiId, id);
      return present(actor, r!, true);
    },

    async ronde(actor: Actor, id: string): Promise<Ronde> {
      const { r, kelola } = await muat(actor, id);
      return present(actor, r, kelola);
    },

    async usulan(actor: Actor, id: string): Promise<UsulanPenghargaan> {
      const { r, kelola, tree } = await muat(actor, id);
      if (!kelola) throw errors.forbidden('melihat usulan calon ronde ini');
      const min = r.predikat_minimum as Predikat;
      const [ranked, rek, calon] = await Promise.all([
        hasilRonde(actor, r, tree),
        repo.rekomendasiPenghargaan(db, actor.instansiId, r.periode_id),
        repo.penghargaan(db, actor.instansiId, { rondeId: r.id }),
      ]);
      const rekomendasi = new Map(rek.map((x) => [x.pegawai_id, x.catatan]));
      const sudah = new Set(calon.map((c) => c.pegawai_id));
      return {
        items: ranked
          .filter((h) => alasanBukanKandidat({ predikat: h.predikat, final: true }, min) === null)
          .map((h) => ({
            pegawai: { id: h.x.pegawai_id, nama: namaLengkapBaris(h.x), nip: h.x.nip, jabatan: h.x.jabatan_nama, unit: tree.byId.get(h.x.unit_id)?.nama ?? '-' },
            evaluasiId: h.x.evaluasi_id,
            predikat: h.predikat,
            peringkat: h.peringkat,
            rekomendasiTim: rekomendasi.get(h.x.pegawai_id) ?? null,
            sudahCalon: sudah.has(h.x.pegawai_id),
          })),
      };
    },

    async tambahCalon(actor: Actor, id: string, input: CalonBaru): Promise<Ronde> {
      const { r, kelola, tree } = await muat(actor, id);
      if (!kelola) throw errors.forbidden('menambah calon pada ronde ini');
      if (r.status !== 'DRAFT') throw errors.conflict('ronde_diputuskan', 'Ronde ini sudah diputuskan; calonnya tidak dapat diubah.');
      const e = await repo.evaluasi(db, actor.instansiId, r.periode_id, input.pegawaiId);
      if (r.unit_id && e && !subtreeIds(tree, [r.unit_id]).has(e.unit_id)) throw errors.validation({ pegawaiId: `bukan pegawai ${r.unit_nama ?? 'perangkat daerah ini'} pada periode ini` });
      const alasan = alasanBukanKandidat({ predikat: (e?.predikat as Predikat | null) ?? null, final: !!e?.final }, r.predikat_minimum as Predikat);
      if (alasan || !e) throw errors.validation({ pegawaiId: `tidak dapat menjadi calon: ${alasan ?? 'belum memiliki hasil penilaian final pada periode ini'}` }, `Tidak dapat menjadi calon: ${alasan}.`);
      const at = clock();
      await db.transaction(async (tx) => {
        if (!(await repo.kunciDraft(tx, actor.instansiId, r.id))) throw errors.conflict('ronde_diputuskan', 'Ronde ini sudah diputuskan; calonnya tidak dapat diubah.');
        const cid = await repo.insertCalon(tx, { instansiId: actor.instansiId, rondeId: r.id, pegawaiId: input.pegawaiId, evaluasiId: e.id, jenis: input.jenis, alasan: input.alasan ?? null, at });
        if (!cid) throw errors.conflict('calon_sudah_ada', 'Pegawai ini sudah menjadi calon penghargaan jenis ini pada ronde ini.');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'penghargaan',
          entityId: cid,
          summary: `Calon penghargaan (${JENIS_PENGHARGAAN_LABEL[input.jenis]}) ditambahkan pada ronde "${r.nama}"`,
          after: { rondeId: r.id, pegawaiId: input.pegawaiId, evaluasiId: e.id, jenis: input.jenis, predikat: e.predikat },
        });
      });
      return present(actor, (await repo.ronde(db, actor.instansiId, r.id))!, true);
    },

    async hapusCalon(actor: Actor, id: string, calonId: string): Promise<Ronde> {
      const { r, kelola } = await muat(actor, id);
      if (!kelola) throw errors.forbidden('menghapus calon pada ronde ini');
      await db.transaction(async (tx) => {
        if (!(await repo.kunciDraft(tx, actor.instansiId, r.id))) throw errors.conflict('ronde_diputuskan', 'Ronde ini sudah diputuskan; calonnya tidak dapat diubah.');
        if (!(await repo.hapusCalon(tx, actor.instansiId, r.id, calonId))) throw errors.notFound('Calon penghargaan');
        await recordAudit(tx, actor, actor.instansiId, { action: 'delete', entityType: 'penghargaan', entityId: calonId, summary: `Calon penghargaan dihapus dari ronde "${r.nama}"` });
      });
      return present(actor, (await repo.ronde(db, actor.instansiId, r.id))!, true);
    },

    async putuskan(actor: Actor, id: string, input: PutuskanRonde): Promise<Ronde> {
      const { r, kelola } = await muat(actor, id);
      if (!kelola) throw errors.forbidden('memutuskan ronde ini');
      const t = transition(RONDE_PENGHARGAAN_WORKFLOW, r.status as RondePenghargaanState, 'putuskan', bkpsdm(actor) ? 'admin_bkpsdm' : 'pejabat_penilai');
      if (!t.ok) throw errors.conflict('ronde_diputuskan', 'Ronde ini sudah diputuskan.');
      const at = clock();
      await db.transaction(async (tx) => {
        if (!(await repo.kunciDraft(tx, actor.instansiId, r.id, input.rowVersion)))
          throw errors.conflict('version_conflict', 'Ronde ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', { rowVersion: 'versi data sudah berubah' });
        const calon = await repo.penghargaan(tx, actor.instansiId, { rondeId: r.id });
        if (calon.length === 0) throw errors.validation({ calon: 'tambahkan paling sedikit satu calon sebelum memutuskan' });
        const done = await repo.putuskan(tx, actor.instansiId, r.id, { nomor: input.nomorKeputusan, tanggal: input.tanggalKeputusan, oleh: actor.pegawaiId, at });
        if (!done) throw errors.conflict('ronde_diputuskan', 'Ronde ini sudah diputuskan.');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'ronde_penghargaan',
          entityId: r.id,
          summary: `Ronde penghargaan "${r.nama}" diputuskan (${input.nomorKeputusan}, ${input.tanggalKeputusan}): ${calon.length} penghargaan`,
          before: { status: r.status, rowVersion: r.row_version },
          after: { status: t.to, nomorKeputusan: input.nomorKeputusan, tanggalKeputusan: input.tanggalKeputusan, penghargaan: calon.map((c) => c.id), rowVersion: done.row_version },
        });
        for (const c of calon)
          await notify(tx, actor.instansiId, [c.pegawai_id], { jenis: 'penghargaan', judul: `Anda menerima penghargaan: ${JENIS_PENGHARGAAN_LABEL[c.jenis as JenisPenghargaan]}`, pesan: `${r.nama} — keputusan ${input.nomorKeputusan}`, tautan: '/penghargaan' }, at);
      });
      return present(actor, (await repo.ronde(db, actor.instansiId, r.id))!, true);
    },

    /** Given awards: the caller's own, or their subordinates' (as pejabat penilai). */
    async listPenghargaan(actor: Actor, lingkup: 'SAYA' | 'TIM'): Promise<PenghargaanList> {
      const ids = lingkup === 'SAYA' ? [actor.pegawaiId] : await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      if (ids.length === 0) return { items: [] };
      return { items: (await repo.penghargaan(db, actor.instansiId, { pegawaiIds: ids, diberikan: true })).map(presentPenghargaan) };
    },

    /** The piagam of a given award: the pegawai, their pejabat penilai, BKPSDM, pimpinan and the round's manager. */
    async piagamPdf(actor: Actor, id: string) {
      const [g] = await repo.penghargaan(db, actor.instansiId, { id });
      if (!g) throw errors.notFound('Penghargaan');
      const r = (await repo.ronde(db, actor.instansiId, g.ronde_id))!;
      let boleh = g.pegawai_id === actor.pegawaiId || bkpsdm(actor) || hasRole(actor, 'PIMPINAN');
      if (!boleh) boleh = mengelola(actor, r, (await unitSaya(actor)).dipimpin);
      if (!boleh) boleh = (await organisasi.atasanOf(actor.instansiId, g.pegawai_id)).pejabatPenilai?.pegawaiId === actor.pegawaiId;
      if (!boleh) throw errors.notFound('Penghargaan');
      if (g.ronde_status !== 'DIPUTUSKAN') throw errors.conflict('ronde_diputuskan', 'Piagam dicetak setelah ronde penghargaan diputuskan.');
      const info = await pengaturan.info(actor.instansiId);
      let penandatangan: { jabatan: string; nama: string | null; nip: string | null } = { jabatan: info.kepalaDaerahJabatan, nama: info.kepalaDaerahNama, nip: null };
      if (r.unit_id) {
        const { tree } = await unitSaya(actor);
        const u = tree.byId.get(r.unit_id);
        penandatangan = { jabatan: `Kepala ${u?.nama ?? r.unit_nama ?? ''}`, nama: u?.kepala_nama ?? null, nip: u?.kepala_nip ?? null };
      }
      const hash = hashPiagam(g);
      const pdf = await renderPiagamPdf({
        instansiNama: info.nama,
        pegawai: { nama: namaLengkapBaris(g), nip: g.nip, jabatan: g.jabatan_nama },
        jenisLabel: JENIS_PENGHARGAAN_LABEL[g.jenis as JenisPenghargaan],
        rondeNama: g.ronde_nama,
        periodeLabel: labelPeriode({ jenis: g.p_jenis, tahun: g.p_tahun, nomor: g.p_nomor }),
        predikatLabel: g.predikat ? PREDIKAT_LABEL[g.predikat as Predikat] : '-',
        nomorKeputusan: g.nomor_keputusan ?? '',
        tanggalKeputusan: g.tanggal_keputusan ?? todayIn(info.zona, clock()),
        penandatangan,
        verifikasi: { url: tautanVerifikasi(publicUrl, 'piagam', g.id, hash), hash },
      });
      return { pdf, filename: `Piagam-Penghargaan-${g.nip}-${bagianNamaBerkas(g.ronde_nama)}.pdf` };
    },

    /** Public: does a printed piagam (id and code from its QR code) match a given award? Null for an unknown one. */
    async periksaDokumen(id: string, kode: string): Promise<PemeriksaanDokumen | null> {
      const g = await repo.penghargaanPublik(db, id);
      if (!g || g.ronde_status !== 'DIPUTUSKAN') return null;
      return {
        cocok: kodeCocok(hashPiagam(g), kode),
        fakta: [
          { label: 'Pegawai', nilai: namaLengkapBaris(g) },
          { label: 'NIP', nilai: g.nip },
          { label: 'Penghargaan', nilai: JENIS_PENGHARGAAN_LABEL[g.jenis as JenisPenghargaan] },
          { label: 'Ronde', nilai: g.ronde_nama },
          { label: 'Keputusan', nilai: `${g.nomor_keputusan ?? '-'}, ${g.tanggal_keputusan ? formatTanggal(g.tanggal_keputusan) : '-'}` },
        ],
        catatan: null,
      };
    },
  };
}

export type PenghargaanService = ReturnType<typeof createPenghargaanService>;
