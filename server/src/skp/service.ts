import {
  BERAKHLAK,
  SKP_WORKFLOW,
  deadlineSkp,
  pangkatGolonganLabel,
  todayIn,
  pengelolaBolehMenetapkanSkp,
  periodeTahunan,
  reachableStates,
  skpWorkflow,
  transition,
  type SkpAction,
  type SkpState,
  type ZonaWaktu,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { AppError, errors, type FieldErrors } from '../core/errors.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { type OrganisasiService, namaLengkap, ringkasPegawai, unitDalam, unitPegawai } from '../organisasi/service.js';
import { sasaranPk } from '../perjanjian-kinerja/service.js';
import { skpPolicy, type SkpRelation } from './policy.js';
import { skpRepository as repo, type SkpRow } from './repository.js';
import type { KomentarInput, MatriksNode, RhkInput, SkpDetail } from '@capaian/contract/skp';
import type { PihakDokumen, SkpDokumen } from '../dokumen/skp-dokumen.js';
import { renderSkpPdf } from '../dokumen/skp-pdf.js';
import { formatTanggal, kodeCocok, tautanVerifikasi } from '../dokumen/pdf.js';
import type { PemeriksaanDokumen } from '@capaian/contract/verifikasi';
import { skpContentHash } from './hash.js';
import { notify } from '../notifikasi/service.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : '');

/**
 * Cascading: an RHK is linked when it names the superior's RHK it intervenes or, for JPT and
 * unit heads, the Perjanjian Kinerja goal it comes from. The same rule is in `repo.tim`'s count.
 */
export const rhkTerhubung = (r: { rhk_atasan_id: string | null; sasaran_organisasi_id: string | null }) =>
  !!r.rhk_atasan_id || !!r.sasaran_organisasi_id;
const stateLabel = (s: string) => SKP_WORKFLOW.stateLabel[s as SkpState] ?? s;
export const BELUM_DIBUAT = 'BELUM_DIBUAT';

export function createSkpService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, publicUrl: string) {
  const conflict = () =>
    errors.conflict('version_conflict', 'SKP ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', {
      rowVersion: 'versi data sudah berubah',
    });

  const zonaOf = async (instansiId: string): Promise<ZonaWaktu> => (await pengaturan.info(instansiId)).zona;

  async function relationTo(actor: Actor, s: SkpRow): Promise<{ rel: SkpRelation; penilaiId: string | null; atasanPenilaiId: string | null }> {
    const self = s.pegawaiId === actor.pegawaiId;
    const atasan = await organisasi.atasanOf(actor.instansiId, s.pegawaiId);
    const unitPemilik = actor.pengelolaUnitIds.length ? await unitPegawai(db, actor.instansiId, s.pegawaiId) : null;
    const pengelola = !!unitPemilik && (await unitDalam(db, actor.instansiId, unitPemilik, actor.pengelolaUnitIds));
    // The SKP deadlines of the year come from the rules in force on its 1 January; the review step
    // from the rules in force today (a change applies from the next period).
    const [tahunan, kini, { zona }] = await Promise.all([
      pengaturan.aturanPada(actor.instansiId, `${s.tahun}-01-01`),
      pengaturan.hariIni(actor.instansiId).then((d) => pengaturan.aturanPada(actor.instansiId, d)),
      pengaturan.info(actor.instansiId),
    ]);
    const deadline = deadlineSkp(tahunan.aturan, s.tahun, zona);
    return {
      rel: {
        self,
        penilai: atasan.pejabatPenilai?.pegawaiId === actor.pegawaiId,
        atasanPenilai: atasan.atasanPejabatPenilai?.pegawaiId === actor.pegawaiId,
        pengelola,
        pengelolaBolehMenetapkan: pengelolaBolehMenetapkanSkp(clock(), deadline),
        reviuPengelola: kini.aturan.reviuPengelola,
      },
      penilaiId: atasan.pejabatPenilai?.pegawaiId ?? null,
      atasanPenilaiId: atasan.atasanPejabatPenilai?.pegawaiId ?? null,
    };
  }

  /** Loads an SKP the caller may read, or answers 404 (not revealing that it exists). */
  async function load(actor: Actor, id: string) {
    const s = await repo.get(db, actor.instansiId, id);
    if (!s) throw errors.notFound('SKP');
    const r = await relationTo(actor, s);
    if (!skpPolicy.canRead(actor, r.rel)) throw errors.notFound('SKP');
    return { s, ...r };
  }

  async function detail(actor: Actor, id: string): Promise<SkpDetail> {
    const { s, rel, penilaiId } = await load(actor, id);
    const ids = [s.pegawaiId, ...(s.pejabatPenilaiId ?? penilaiId ? [(s.pejabatPenilaiId ?? penilaiId)!] : [])];
    const [rhkRows, indRows, perilaku, dialog, people, options, sasaran] = await Promise.all([
      repo.rhkOf(db, actor.instansiId, s.id),
      repo.indikatorOf(db, actor.instansiId, s.id),
      repo.perilakuOf(db, actor.instansiId, s.id),
      repo.dialogOf(db, actor.instansiId, s.id),
      ringkasPegawai(db, actor.instansiId, ids),
      penilaiId ? repo.rhkAtasanOptions(db, actor.instansiId, penilaiId, s.tahun) : Promise.resolve([]),
      sasaranOptions(actor.instansiId, s.pegawaiId, s.tahun),
    ]);
    const pihak = (pid: string | null) => {
      const p = pid ? people.find((x) => x.id === pid) : undefined;
      return p
        ? { pegawaiId: p.id, nip: p.nip, namaLengkap: namaLengkap(p), golongan: p.golongan, jabatanNama: p.jabatanNama, unitNama: p.unitNama }
        : null;
    };
    const pegawai = pihak(s.pegawaiId);
    if (!pegawai) throw errors.notFound('Pegawai');
    const ekspektasi = new Map(perilaku.map((p) => [p.kode, p.ekspektasi]));
    const owner = people.find((x) => x.id === s.pegawaiId);
    // Why a returned SKP came back: the note of its latest return (the dialogue is in order).
    const pengembalian = s.status === 'DIKEMBALIKAN' ? dialog.findLast((d) => d.jenis === 'KEMBALIKAN') : undefined;
    return {
      id: s.id,
      tahun: s.tahun,
      versi: s.versi,
      status: s.status,
      statusLabel: stateLabel(s.status),
      pendekatan: s.pendekatan,
      periodeMulai: s.periodeMulai,
      periodeSelesai: s.periodeSelesai,
      rowVersion: s.rowVersion,
      pegawai,
      pejabatPenilai: pihak(s.pejabatPenilaiId ?? penilaiId),
      denganPerspektif: !!owner && (owner.kepalaUnit || owner.jenisJabatan.startsWith('JPT')),
      hasilKerja: rhkRows.map((r) => ({
        id: r.id,
        jenis: r.jenis,
        uraian: r.uraian,
        rhkAtasanId: r.rhk_atasan_id,
        rhkAtasanUraian: r.rhk_atasan_uraian,
        sasaranOrganisasiId: r.sasaran_organisasi_id,
        terhubung: rhkTerhubung(r),
        perspektif: r.perspektif,
        penugasanDari: r.penugasan_dari,
        indikator: indRows
          .filter((i) => i.rhk_id === r.id)
          .map((i) => ({ id: i.id, aspek: i.aspek, uraian: i.uraian, targetNilai: i.target_nilai, targetSatuan: i.target_satuan, targetTeks: i.target_teks })),
      })),
      perilaku: BERAKHLAK.map((b) => ({ kode: b.kode, nama: b.nama, indikator: [...b.indikator], ekspektasi: ekspektasi.get(b.kode) ?? null })),
      lampiran: { dukunganSumberDaya: s.dukunganSumberDaya, skemaPertanggungjawaban: s.skemaPertanggungjawaban, konsekuensi: s.konsekuensi },
      pilihanRhkAtasan: options,
      pilihanSasaranOrganisasi: sasaran.map((x) => ({ id: x.id, sasaran: x.sasaran, indikator: x.indikator, target: x.target, unitNama: x.unit_nama })),
      dialog: dialog.map((d) => ({ id: d.id, jenis: d.jenis, targetJenis: d.target_jenis, targetId: d.target_id, pesan: d.pesan, penulis: d.penulis, waktu: iso(d.created_at) })),
      catatanPengembalian: pengembalian ? { pesan: pengembalian.pesan, penulis: pengembalian.penulis, waktu: iso(pengembalian.created_at) } : null,
      dokumenHash: s.dokumenHash,
      can: skpPolicy.can(actor, rel, s.status as SkpState),
    };
  }

  /** What a change wrote, for its audit event (a request body's stale rowVersion left out). */
  const isiAudit = (after: unknown): Record<string, unknown> => {
    if (after === undefined || after === null) return {};
    if (typeof after !== 'object' || Array.isArray(after)) return { isi: after };
    const { rowVersion: _lama, ...isi } = after as Record<string, unknown>;
    return isi;
  };

  /** Runs one change of an SKP: policy check, version claim, the change, dialogue and audit, in one transaction. */
  async function change(
    actor: Actor,
    id: string,
    rowVersion: number,
    allowed: (can: ReturnType<typeof skpPolicy.can>, s: SkpRow) => boolean,
    what: string,
    fn: (tx: DbOrTx, s: SkpRow) => Promise<{ summary: string; values?: Partial<SkpRow>; dialog?: Array<{ jenis: string; targetJenis?: string; targetId?: string | null; pesan: string }>; after?: unknown }>,
  ) {
    const { s, rel } = await load(actor, id);
    if (!allowed(skpPolicy.can(actor, rel, s.status as SkpState), s)) throw errors.forbidden(what);
    if (s.rowVersion !== rowVersion) throw conflict();
    await db.transaction(async (tx) => {
      const out = await fn(tx, s);
      const bumped = await repo.bump(tx, actor.instansiId, id, rowVersion, out.values ?? {});
      if (!bumped) throw conflict();
      await repo.insertDialog(
        tx,
        (out.dialog ?? []).map((d) => ({
          instansiId: actor.instansiId,
          skpId: id,
          pegawaiId: actor.pegawaiId,
          jenis: d.jenis,
          targetJenis: d.targetJenis ?? 'SKP',
          targetId: d.targetId ?? null,
          pesan: d.pesan,
        })),
      );
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'update',
        entityType: 'skp',
        entityId: id,
        summary: out.summary,
        before: { status: s.status, rowVersion: s.rowVersion },
        // The SKP's state after the change: its new status and row version, whatever the body said.
        after: { ...isiAudit(out.after), status: bumped.status, rowVersion: bumped.rowVersion },
      });
    });
    return detail(actor, id);
  }

  /** Perjanjian Kinerja goals of the units the pegawai leads, for the year (JPT and unit heads). */
  async function sasaranOptions(instansiId: string, pegawaiId: string, tahun: number) {
    const seats = await organisasi.seatUnitsOf(instansiId, pegawaiId);
    const lists = await Promise.all(seats.map((unitId) => sasaranPk(db, instansiId, { unitId, tahun })));
    return lists.flat();
  }

  async function checkRhk(actor: Actor, s: SkpRow, input: RhkInput, penilaiId: string | null) {
    const fields: FieldErrors = {};
    if (input.sasaranOrganisasiId) {
      const options = await sasaranOptions(actor.instansiId, s.pegawaiId, s.tahun);
      if (!options.some((o) => o.id === input.sasaranOrganisasiId))
        fields.sasaranOrganisasiId = 'bukan sasaran Perjanjian Kinerja unit yang Anda pimpin pada tahun ini';
    }
    if (input.rhkAtasanId) {
      const options = penilaiId ? await repo.rhkAtasanOptions(db, actor.instansiId, penilaiId, s.tahun) : [];
      if (!options.some((o) => o.id === input.rhkAtasanId)) fields.rhkAtasanId = 'bukan RHK pejabat penilai Anda pada tahun ini';
    }
    if (Object.keys(fields).length) throw errors.validation(fields);
  }

  const indikatorValues = (input: RhkInput) =>
    input.indikator.map((i) => ({
      aspek: i.aspek,
      uraian: i.uraian,
      targetNilai: i.targetNilai,
      targetSatuan: i.targetNilai ? i.targetSatuan : null,
      targetTeks: i.targetTeks,
    }));

  /** The content an approval fixes: the hash printed on the document and checked by its QR code. */
  async function contentHash(tx: DbOrTx, instansiId: string, s: SkpRow) {
    const [rhkRows, indRows, perilaku] = await Promise.all([
      repo.rhkOf(tx, instansiId, s.id),
      repo.indikatorOf(tx, instansiId, s.id),
      repo.perilakuOf(tx, instansiId, s.id),
    ]);
    return skpContentHash({
      id: s.id,
      pegawaiId: s.pegawaiId,
      tahun: s.tahun,
      versi: s.versi,
      periodeMulai: s.periodeMulai,
      periodeSelesai: s.periodeSelesai,
      pendekatan: s.pendekatan,
      rhk: rhkRows.map((r) => ({ id: r.id, jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhk_atasan_id, perspektif: r.perspektif })),
      indikator: indRows.map((i) => ({ rhkId: i.rhk_id, aspek: i.aspek, uraian: i.uraian, targetNilai: i.target_nilai, targetSatuan: i.target_satuan, targetTeks: i.target_teks })),
      perilaku: perilaku.map((p) => ({ kode: p.kode, ekspektasi: p.ekspektasi })),
      lampiran: [s.dukunganSumberDaya, s.skemaPertanggungjawaban, s.konsekuensi],
    });
  }

  const CAN_KEY: Readonly<Record<SkpAction, keyof ReturnType<typeof skpPolicy.can> | null>> = {
    ajukan: 'ajukan',
    tarik: 'tarik',
    tinjau: 'tinjau',
    setujui: 'setujui',
    kembalikan: 'kembalikan',
    tetapkan: 'tetapkan',
    revisi: 'revisi',
    batalkan_revisi: 'batalkanRevisi',
    gantikan: null,
  };
  const act = (action: SkpAction) => (can: ReturnType<typeof skpPolicy.can>) => {
    const key = CAN_KEY[action];
    return !!key && can[key] === true;
  };

  /**
   * The state an action leads to, by the pemda's workflow variant (the policy has already checked
   * who may fire it). The `sistem` step (`gantikan`) is the same in both variants.
   */
  function move(s: SkpRow, action: SkpAction, reviuPengelola: boolean): SkpState {
    const wf = skpWorkflow(reviuPengelola);
    const t = wf.transitions.find((x) => x.from === s.status && x.action === action);
    if (t) return t.to;
    const refused = transition(wf, s.status as SkpState, action, 'pegawai');
    throw new AppError('illegal_transition', refused.ok ? 'Tidak dapat diproses.' : refused.error.message);
  }

  const ASPEK_LABEL: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
  const PERSPEKTIF_LABEL: Record<string, string> = {
    PENERIMA_LAYANAN: 'Penerima Layanan',
    PROSES_BISNIS: 'Proses Bisnis',
    PENGUATAN_INTERNAL: 'Penguatan Internal',
    ANGGARAN: 'Anggaran',
  };

  return {
    detail,

    /** The Formulir SKP as PDF, with the QR code that verifies the approved version. */
    async dokumen(actor: Actor, id: string) {
      const d = await detail(actor, id);
      if (!d.can.dokumen) throw errors.forbidden('mengunduh dokumen SKP ini');
      const s = (await repo.get(db, actor.instansiId, id))!;
      const ins = await pengaturan.info(actor.instansiId);
      const pihak = (p: SkpDetail['pegawai'] | null): PihakDokumen | null =>
        p && { nama: p.namaLengkap, nip: p.nip, pangkatGolongan: pangkatGolonganLabel(p.golongan) ?? p.golongan, jabatan: p.jabatanNama, unitKerja: p.unitNama };
      const hash = s.dokumenHash ?? (await contentHash(db, actor.instansiId, s));
      const doc: SkpDokumen = {
        instansiNama: ins.nama,
        tahun: d.tahun,
        periodeMulai: d.periodeMulai,
        periodeSelesai: d.periodeSelesai,
        pendekatan: d.pendekatan === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF',
        versi: d.versi,
        status: d.statusLabel,
        pegawai: pihak(d.pegawai)!,
        pejabatPenilai: pihak(d.pejabatPenilai),
        denganPerspektif: d.denganPerspektif,
        hasilKerja: d.hasilKerja.map((r) => ({
          jenis: r.jenis === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA',
          uraian: r.uraian,
          rhkAtasan: r.rhkAtasanUraian,
          perspektif: r.perspektif ? (PERSPEKTIF_LABEL[r.perspektif] ?? r.perspektif) : null,
          indikator: r.indikator.map((i) => ({
            aspek: ASPEK_LABEL[i.aspek] ?? i.aspek,
            uraian: i.uraian,
            target: i.targetNilai ? `${i.targetNilai} ${i.targetSatuan ?? ''}`.trim() : (i.targetTeks ?? '—'),
          })),
        })),
        perilaku: d.perilaku.map((p) => ({ nama: p.nama, indikator: p.indikator, ekspektasi: p.ekspektasi })),
        lampiran: d.lampiran,
        tempat: ins.nama.replace(/^Pemerintah\s+/i, ''),
        tanggal: s.disetujuiAt ? todayIn(await zonaOf(actor.instansiId), s.disetujuiAt) : null,
        verifikasi: { url: tautanVerifikasi(publicUrl, 'skp', id, hash), hash },
      };
      const pdf = await renderSkpPdf(doc);
      const nama = bagianNamaBerkas(d.pegawai.namaLengkap);
      return { pdf, filename: `SKP-${d.tahun}-v${d.versi}-${d.pegawai.nip}-${nama}.pdf` };
    },

    /**
     * Public: does a printed SKP (id and code from its QR code) match an approved version? Null for
     * an unknown document. Only an approved version (and its later states) has a document hash.
     */
    async periksaDokumen(id: string, kode: string): Promise<PemeriksaanDokumen | null> {
      const row = await repo.forVerification(db, id);
      if (!row) return null;
      const disetujui = reachableStates(SKP_WORKFLOW, 'DISETUJUI').includes(row.status as SkpState);
      const { zona } = await pengaturan.info(row.instansi_id);
      return {
        cocok: disetujui && kodeCocok(row.dokumen_hash, kode),
        fakta: [
          { label: 'Pegawai', nilai: row.nama },
          { label: 'NIP', nilai: row.nip },
          { label: 'Tahun', nilai: String(row.tahun) },
          { label: 'Versi', nilai: String(row.versi) },
          { label: 'Status', nilai: stateLabel(row.status) },
          ...(row.disetujui_at ? [{ label: 'Disetujui', nilai: formatTanggal(todayIn(zona, new Date(row.disetujui_at))) }] : []),
        ],
        catatan: row.status === 'DIGANTIKAN' ? 'SKP ini sudah digantikan oleh versi yang lebih baru (revisi).' : null,
        pesanTidakValid: 'Dokumen tidak valid: isi dokumen ini tidak sama dengan SKP yang disetujui di Capaian.',
      };
    },

    async list(actor: Actor, tahun?: number) {
      const rows = await repo.listOf(db, actor.instansiId, actor.pegawaiId, tahun);
      return rows.map((r) => ({ id: r.id, tahun: r.tahun, versi: r.versi, status: r.status, statusLabel: stateLabel(r.status), jumlahRhk: r.jumlah_rhk, diperbarui: iso(r.updated_at) }));
    },

    /** Starts the caller's SKP for a year (period and pendekatan preset); never blocked by the superior's SKP. */
    async mulai(actor: Actor, tahun: number) {
      const existing = await repo.latest(db, actor.instansiId, actor.pegawaiId, tahun);
      if (existing) throw errors.conflict('skp_exists', `SKP tahun ${tahun} sudah ada.`, { tahun: 'SKP tahun ini sudah ada' });
      const periode = periodeTahunan(tahun);
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, {
          instansiId: actor.instansiId,
          pegawaiId: actor.pegawaiId,
          tahun,
          periodeMulai: periode.start,
          periodeSelesai: periode.end,
        });
        if (!row) throw new Error('insert skp returned nothing');
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'skp', entityId: row.id, summary: `SKP ${tahun} dimulai oleh ${actor.nama}`, after: row });
        return row.id;
      });
      return detail(actor, id);
    },

    update: (actor: Actor, id: string, body: { rowVersion: number; pendekatan: 'KUANTITATIF' | 'KUALITATIF'; dukunganSumberDaya: string[]; skemaPertanggungjawaban: string[]; konsekuensi: string[] }) =>
      change(actor, id, body.rowVersion, (c) => c.ubah, 'mengubah SKP ini', async () => ({
        summary: 'Lampiran/pendekatan SKP diubah',
        values: { pendekatan: body.pendekatan, dukunganSumberDaya: body.dukunganSumberDaya, skemaPertanggungjawaban: body.skemaPertanggungjawaban, konsekuensi: body.konsekuensi },
        after: body,
      })),

    /**
     * Adds an RHK: the pegawai (or the pengelola once allowed) to their draft — or, with
     * `usulan`, the pejabat penilai proposing one to a subordinate's draft ("penugasan dari").
     */
    async tambahRhk(actor: Actor, id: string, input: RhkInput, usulan = false) {
      const { s, penilaiId } = await load(actor, id);
      await checkRhk(actor, s, input, penilaiId);
      const allowed = (c: ReturnType<typeof skpPolicy.can>) => (usulan ? c.usulkanRhk : c.ubah);
      return change(actor, id, input.rowVersion, allowed, usulan ? 'mengusulkan RHK pada SKP ini' : 'mengubah SKP ini', async (tx) => {
        const urutan = await repo.countRhk(tx, actor.instansiId, id, input.jenis);
        const [row] = await repo.insertRhk(tx, {
          instansiId: actor.instansiId,
          skpId: id,
          jenis: input.jenis,
          uraian: input.uraian,
          rhkAtasanId: input.rhkAtasanId,
          sasaranOrganisasiId: input.sasaranOrganisasiId,
          perspektif: input.perspektif,
          penugasanDari: usulan ? `${actor.nama} (pejabat penilai)` : null,
          urutan,
        });
        if (!row) throw new Error('insert rhk returned nothing');
        await repo.replaceIndikator(tx, actor.instansiId, row.id, indikatorValues(input));
        return {
          summary: `${usulan ? 'RHK diusulkan pejabat penilai' : 'RHK ditambahkan'}: ${input.uraian.slice(0, 80)}`,
          after: input,
          ...(usulan ? { dialog: [{ jenis: 'KOMENTAR', targetJenis: 'RHK', targetId: row.id, pesan: `Usulan RHK dari pejabat penilai: ${input.uraian}` }] } : {}),
        };
      });
    },

    async ubahRhk(actor: Actor, id: string, rhkId: string, input: RhkInput) {
      const { s, penilaiId } = await load(actor, id);
      const existing = await repo.getRhk(db, actor.instansiId, rhkId);
      if (!existing || existing.skpId !== id) throw errors.notFound('RHK');
      await checkRhk(actor, s, input, penilaiId);
      return change(actor, id, input.rowVersion, (c) => c.ubah, 'mengubah SKP ini', async (tx) => {
        await repo.updateRhk(tx, actor.instansiId, rhkId, {
          jenis: input.jenis,
          uraian: input.uraian,
          rhkAtasanId: input.rhkAtasanId,
          sasaranOrganisasiId: input.sasaranOrganisasiId,
          perspektif: input.perspektif,
        });
        await repo.replaceIndikator(tx, actor.instansiId, rhkId, indikatorValues(input));
        return { summary: `RHK diubah: ${input.uraian.slice(0, 80)}`, after: input };
      });
    },

    async hapusRhk(actor: Actor, id: string, rhkId: string, rowVersion: number) {
      const existing = await repo.getRhk(db, actor.instansiId, rhkId);
      if (!existing || existing.skpId !== id) throw errors.notFound('RHK');
      return change(actor, id, rowVersion, (c) => c.ubah, 'mengubah SKP ini', async (tx) => {
        await repo.deleteRhk(tx, actor.instansiId, rhkId);
        return { summary: `RHK dihapus: ${existing.uraian.slice(0, 80)}`, after: null };
      });
    },

    setEkspektasi: (actor: Actor, id: string, rowVersion: number, ekspektasi: Record<string, string>) => {
      const unknown = Object.keys(ekspektasi).filter((k) => !BERAKHLAK.some((b) => b.kode === k));
      if (unknown.length) throw errors.validation(Object.fromEntries(unknown.map((k) => [`ekspektasi.${k}`, 'bukan nilai BerAKHLAK'])));
      return change(actor, id, rowVersion, (c) => c.ekspektasi, 'menulis ekspektasi khusus pada SKP ini', async (tx) => {
        await repo.setPerilaku(tx, actor.instansiId, id, ekspektasi);
        return { summary: 'Ekspektasi khusus pimpinan diubah', after: ekspektasi };
      });
    },

    async komentar(actor: Actor, id: string, input: KomentarInput) {
      const { s, rel } = await load(actor, id);
      if (!skpPolicy.can(actor, rel, s.status as SkpState).komentar) throw errors.forbidden('berkomentar pada SKP ini');
      await checkTargets(actor.instansiId, id, [input]);
      await db.transaction(async (tx) => {
        await repo.insertDialog(tx, [{ instansiId: actor.instansiId, skpId: id, pegawaiId: actor.pegawaiId, jenis: 'KOMENTAR', targetJenis: input.targetJenis, targetId: input.targetId, pesan: input.pesan }]);
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'skp_dialog', entityId: id, summary: 'Komentar pada SKP', after: input });
      });
      return detail(actor, id);
    },

    async ajukan(actor: Actor, id: string, rowVersion: number) {
      const { s, penilaiId, rel } = await load(actor, id);
      const rhkRows = await repo.rhkOf(db, actor.instansiId, id);
      const fields: FieldErrors = {};
      if (!rhkRows.some((r) => r.jenis === 'UTAMA')) fields.hasilKerja = 'paling sedikit satu RHK utama';
      // Cascading: every RHK is linked — unless there is no ASN superior (the top of the tree).
      const unlinked = rhkRows.filter((r) => !rhkTerhubung(r));
      if (penilaiId && unlinked.length)
        fields.rhkAtasanId = `${unlinked.length} RHK belum dihubungkan dengan RHK atasan yang diintervensi`;
      if (Object.keys(fields).length) throw errors.validation(fields, 'SKP belum dapat diajukan.');
      return change(actor, id, rowVersion, act('ajukan'), 'mengajukan SKP ini', async (tx) => {
        // With the pemda's review, the pengelola kinerja hears first; the pejabat penilai once it is reviewed.
        const penerima = rel.reviuPengelola ? await repo.pengelolaOf(tx, actor.instansiId, s.pegawaiId) : penilaiId ? [penilaiId] : [];
        await notify(tx, actor.instansiId, penerima.filter((x) => x !== actor.pegawaiId), {
          jenis: 'SKP_DIAJUKAN',
          judul: rel.reviuPengelola ? 'SKP menunggu reviu pengelola kinerja' : 'SKP menunggu persetujuan',
          pesan: rel.reviuPengelola
            ? `${actor.nama} mengajukan SKP tahun ${s.tahun}; reviu Anda diperlukan sebelum pejabat penilai menyetujuinya.`
            : `${actor.nama} mengajukan SKP tahun ${s.tahun} untuk Anda setujui.`,
          tautan: `/skp/${id}`,
        });
        return {
          summary: rel.reviuPengelola ? 'SKP diajukan untuk direviu pengelola kinerja' : 'SKP diajukan ke pejabat penilai',
          values: { status: move(s, 'ajukan', rel.reviuPengelola), diajukanAt: clock(), pejabatPenilaiId: penilaiId },
          dialog: [{ jenis: 'AJUKAN', pesan: rel.reviuPengelola ? 'SKP diajukan untuk direviu pengelola kinerja.' : 'SKP diajukan untuk disetujui.' }],
        };
      });
    },

    /** The pengelola kinerja's review (pemda setting `reviuPengelola`): the SKP goes on to the pejabat penilai. */
    async tinjau(actor: Actor, id: string, rowVersion: number, catatan: string | null) {
      const { s, penilaiId, rel } = await load(actor, id);
      return change(actor, id, rowVersion, act('tinjau'), 'mereviu SKP ini (hanya pengelola kinerja perangkat daerahnya)', async (tx) => {
        const penerima = [s.pejabatPenilaiId ?? penilaiId, s.pegawaiId].filter((x): x is string => !!x && x !== actor.pegawaiId);
        await notify(tx, actor.instansiId, penerima, {
          jenis: 'SKP_DIAJUKAN',
          judul: 'SKP sudah direviu pengelola kinerja',
          pesan: `SKP tahun ${s.tahun} sudah direviu ${actor.nama} dan menunggu persetujuan pejabat penilai.${catatan ? ` Catatan: ${catatan}` : ''}`,
          tautan: `/skp/${id}`,
        });
        return {
          summary: 'SKP direviu pengelola kinerja',
          values: { status: move(s, 'tinjau', rel.reviuPengelola) },
          dialog: [{ jenis: 'TINJAU', pesan: catatan ? `Direviu pengelola kinerja: ${catatan}` : 'Direviu pengelola kinerja; diteruskan ke pejabat penilai.' }],
        };
      });
    },

    async tarik(actor: Actor, id: string, rowVersion: number) {
      const { s, rel } = await load(actor, id);
      return change(actor, id, rowVersion, act('tarik'), 'menarik SKP ini', async () => ({
        summary: 'SKP ditarik kembali',
        values: { status: move(s, 'tarik', rel.reviuPengelola) },
        dialog: [{ jenis: 'TARIK', pesan: 'SKP ditarik kembali oleh pegawai.' }],
      }));
    },

    async kembalikan(actor: Actor, id: string, rowVersion: number, catatan: string, komentar: KomentarInput[]) {
      const { s, rel } = await load(actor, id);
      await checkTargets(actor.instansiId, id, komentar);
      return change(actor, id, rowVersion, act('kembalikan'), 'mengembalikan SKP ini', async (tx) => {
        await notify(tx, actor.instansiId, [s.pegawaiId], { jenis: 'SKP_DIKEMBALIKAN', judul: 'SKP dikembalikan untuk diperbaiki', pesan: `${actor.nama}: ${catatan}`, tautan: `/skp/${id}` });
        return {
          summary: 'SKP dikembalikan untuk diperbaiki',
          values: { status: move(s, 'kembalikan', rel.reviuPengelola) },
          dialog: [{ jenis: 'KEMBALIKAN', pesan: catatan }, ...komentar.map((k) => ({ jenis: 'KOMENTAR', targetJenis: k.targetJenis, targetId: k.targetId, pesan: k.pesan }))],
        };
      });
    },

    async setujui(actor: Actor, id: string, rowVersion: number, tetapkan = false) {
      const { s, penilaiId, rel } = await load(actor, id);
      const action: SkpAction = tetapkan ? 'tetapkan' : 'setujui';
      return change(actor, id, rowVersion, act(action), tetapkan ? 'menetapkan SKP ini' : 'menyetujui SKP ini', async (tx) => {
        // A revision replaces the version it revises once it is approved.
        if (s.versi > 1) {
          const prev = await tx.query.skp.findFirst({ where: (t, { and: a, eq: e }) => a(e(t.instansiId, actor.instansiId), e(t.pegawaiId, s.pegawaiId), e(t.tahun, s.tahun), e(t.versi, s.versi - 1)) });
          if (prev && prev.status === 'DALAM_REVISI') await repo.bump(tx, actor.instansiId, prev.id, prev.rowVersion, { status: move(prev, 'gantikan', rel.reviuPengelola) });
        }
        if (s.pegawaiId !== actor.pegawaiId)
          await notify(tx, actor.instansiId, [s.pegawaiId], { jenis: 'SKP_DISETUJUI', judul: tetapkan ? 'SKP ditetapkan' : 'SKP disetujui', pesan: `SKP tahun ${s.tahun} Anda ${tetapkan ? 'ditetapkan oleh pengelola kinerja' : 'disetujui pejabat penilai'}. Anda dapat mulai mencatat progres.`, tautan: `/skp/${id}` });
        return {
          summary: tetapkan ? 'SKP ditetapkan oleh pengelola kinerja' : 'SKP disetujui pejabat penilai',
          values: { status: move(s, action, rel.reviuPengelola), disetujuiAt: clock(), disetujuiOleh: actor.pegawaiId, pejabatPenilaiId: s.pejabatPenilaiId ?? penilaiId, dokumenHash: await contentHash(tx, actor.instansiId, s) },
          dialog: [{ jenis: tetapkan ? 'TETAPKAN' : 'SETUJUI', pesan: tetapkan ? 'SKP ditetapkan oleh pengelola kinerja.' : 'SKP disetujui.' }],
        };
      });
    },

    /** Mid-year revision: the approved version stays in force until the new version is approved. */
    async revisi(actor: Actor, id: string, alasan: string) {
      const { s, rel } = await load(actor, id);
      if (!skpPolicy.can(actor, rel, s.status as SkpState).revisi) throw errors.forbidden('merevisi SKP ini');
      const to = move(s, 'revisi', rel.reviuPengelola);
      const newId = await db.transaction(async (tx) => {
        const bumped = await repo.bump(tx, actor.instansiId, id, s.rowVersion, { status: to });
        if (!bumped) throw conflict();
        const [row] = await repo.insert(tx, {
          instansiId: actor.instansiId,
          pegawaiId: s.pegawaiId,
          tahun: s.tahun,
          versi: s.versi + 1,
          pendekatan: s.pendekatan,
          periodeMulai: s.periodeMulai,
          periodeSelesai: s.periodeSelesai,
          dukunganSumberDaya: s.dukunganSumberDaya,
          skemaPertanggungjawaban: s.skemaPertanggungjawaban,
          konsekuensi: s.konsekuensi,
        });
        if (!row) throw new Error('insert skp returned nothing');
        await repo.copyContent(tx, actor.instansiId, id, row.id);
        await repo.insertDialog(tx, [
          { instansiId: actor.instansiId, skpId: row.id, pegawaiId: actor.pegawaiId, jenis: 'REVISI', pesan: `Revisi dari versi ${s.versi}: ${alasan}` },
        ]);
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'skp', entityId: row.id, summary: `SKP ${s.tahun} direvisi (versi ${row.versi}): ${alasan}`, before: { versi: s.versi }, after: { versi: row.versi } });
        return row.id;
      });
      return detail(actor, newId);
    },

    /**
     * Matriks peran hasil: the cascade under an SKP's RHK, down the tree, with the RHK no one
     * carries and the subordinates not yet linked. Readable by whoever may read the SKP.
     */
    async matriks(actor: Actor, id: string) {
      const { s } = await load(actor, id);
      const [rows, bawahan] = await Promise.all([
        repo.cascade(db, actor.instansiId, s.id, s.tahun),
        organisasi.bawahanOf(actor.instansiId, s.pegawaiId),
      ]);
      const nodes = new Map<string, MatriksNode>();
      const roots: MatriksNode[] = [];
      for (const r of rows) {
        const node: MatriksNode = {
          rhkId: r.id,
          jenis: r.jenis,
          uraian: r.uraian,
          skpId: r.skp_id,
          status: r.status,
          pegawai: { pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatanNama: r.jabatan_nama },
          anak: [],
        };
        nodes.set(r.id, node);
        const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
        if (parent) parent.anak.push(node);
        else if (r.depth === 0) roots.push(node);
      }
      const linked = new Set(rows.filter((r) => r.depth === 1).map((r) => r.pegawai_id));
      const tim = bawahan.length ? await repo.tim(db, actor.instansiId, bawahan, s.tahun) : [];
      return {
        skpId: s.id,
        tahun: s.tahun,
        rhk: roots,
        rhkTanpaPelaksana: roots.filter((n) => n.anak.length === 0).length,
        bawahanBelumTerhubung: tim
          .filter((m) => !linked.has(m.pegawai_id))
          .map((m) => ({ pegawaiId: m.pegawai_id, nama: m.nama, status: m.status ?? BELUM_DIBUAT })),
      };
    },

    /**
     * Ekspektasi khusus for the whole team at once: written into every subordinate's SKP of the
     * year where the superior may still set it; each can then be adjusted per person.
     */
    async ekspektasiTim(actor: Actor, tahun: number, ekspektasi: Record<string, string>) {
      const unknown = Object.keys(ekspektasi).filter((k) => !BERAKHLAK.some((b) => b.kode === k));
      if (unknown.length) throw errors.validation(Object.fromEntries(unknown.map((k) => [`ekspektasi.${k}`, 'bukan nilai BerAKHLAK'])));
      const ids = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      const team = await repo.tim(db, actor.instansiId, ids, tahun);
      const targets = team.filter((m) => m.skp_id && ['DRAFT', 'DIKEMBALIKAN', 'DIAJUKAN'].includes(m.status ?? ''));
      await db.transaction(async (tx) => {
        for (const m of targets) {
          const current = await repo.perilakuOf(tx, actor.instansiId, m.skp_id!);
          const merged = { ...Object.fromEntries(current.map((p) => [p.kode, p.ekspektasi])), ...ekspektasi };
          await repo.setPerilaku(tx, actor.instansiId, m.skp_id!, merged);
          const s = (await repo.get(tx, actor.instansiId, m.skp_id!))!;
          await repo.bump(tx, actor.instansiId, s.id, s.rowVersion);
        }
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'skp',
          entityId: null,
          summary: `Ekspektasi khusus tim ${tahun} ditetapkan untuk ${targets.length} SKP`,
          after: { ekspektasi, skp: targets.map((m) => m.skp_id) },
        });
      });
      return { diperbarui: targets.length, dilewati: team.length - targets.length };
    },

    /** The caller's team: every subordinate with their SKP of the year and its status, in one query. */
    async tim(actor: Actor, tahunDiminta?: number) {
      const tahun = tahunDiminta ?? Number((await organisasi.today(actor.instansiId)).slice(0, 4));
      const ids = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      const rows = await repo.tim(db, actor.instansiId, ids, tahun);
      return rows.map((r) => {
        const status = r.status ?? BELUM_DIBUAT;
        return {
          pegawaiId: r.pegawai_id,
          nip: r.nip,
          namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
          jabatanNama: r.jabatan_nama,
          unitNama: r.unit_nama,
          status,
          statusLabel: r.status ? stateLabel(r.status) : 'Belum dibuat',
          skp: r.skp_id
            ? { id: r.skp_id, tahun, versi: r.versi ?? 1, status, statusLabel: stateLabel(status), jumlahRhk: r.jumlah_rhk, jumlahIndikator: r.jumlah_indikator, rhkBelumTerhubung: r.rhk_belum_terhubung, diperbarui: iso(r.updated_at) }
            : null,
        };
      });
    },
  };

  /** Comments must point at this SKP or one of its RHK / indicators. */
  async function checkTargets(instansiId: string, skpId: string, list: KomentarInput[]) {
    if (!list.some((k) => k.targetJenis !== 'SKP')) return;
    const [rhkRows, indRows] = await Promise.all([repo.rhkOf(db, instansiId, skpId), repo.indikatorOf(db, instansiId, skpId)]);
    const fields: FieldErrors = {};
    list.forEach((k, i) => {
      const ok =
        k.targetJenis === 'SKP' ||
        (k.targetJenis === 'RHK' && rhkRows.some((r) => r.id === k.targetId)) ||
        (k.targetJenis === 'INDIKATOR' && indRows.some((r) => r.id === k.targetId));
      if (!ok) fields[`komentar.${i}.targetId`] = 'bukan bagian dari SKP ini';
    });
    if (Object.keys(fields).length) throw errors.validation(fields);
  }
}

export type SkpService = ReturnType<typeof createSkpService>;
