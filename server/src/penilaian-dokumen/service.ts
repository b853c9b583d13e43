/**
 * The assessment's official documents and recap: "Evaluasi Kinerja Pegawai" (periodic or annual)
 * and "Dokumen Evaluasi Kinerja Pegawai" (annual) as PDFs with a QR code to the public
 * verification (ADR 0004, as the Formulir SKP), and the XLSX recap per unit and perangkat daerah.
 */
import {
  BERAKHLAK,
  CAPAIAN_ORGANISASI_LABEL,
  deskripsiAturanKurva,
  EVALUASI_WORKFLOW,
  isEvaluasiFinal,
  formatAngka,
  KEBERATAN_HASIL_LABEL,
  pangkatGolonganLabel,
  PERIODE_KIND_LABEL,
  PREDIKAT_LABEL,
  PREDIKATS,
  RATING_LABEL,
  todayIn,
  type CapaianOrganisasi,
  type EvaluasiState,
  type KeberatanHasil,
  type Predikat,
  type Rating,
  labelPeriode,
} from '@capaian/domain';
import ExcelJS from 'exceljs';
import { hasRole, type Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { namaLengkapBaris, type OrganisasiService, ringkasPegawai, unitsPada } from '../organisasi/service.js';
import { JENIS_REKOMENDASI_LABEL } from '@capaian/contract/tim-penilai';
import type { EvaluasiDokumen, PihakDokumen } from './dokumen.js';
import { renderDokumenEvaluasiPdf, renderEvaluasiPdf } from './evaluasi-pdf.js';
import { evaluasiContentHash } from './hash.js';
import { penilaianDokumenPolicy } from './policy.js';
import { anggotaTimPada } from '../tim-penilai/service.js';
import { penilaianDokumenRepository as repo, type EvaluasiDokRow } from './repository.js';
import type { RekapQuery } from '@capaian/contract/penilaian-dokumen';
import type { PemeriksaanDokumen } from '@capaian/contract/verifikasi';
import { formatTanggal, kodeCocok, tautanVerifikasi } from '../dokumen/pdf.js';
import { buildUnitTree, perangkatDaerahOf, subtreeIds } from '../organisasi/service.js';

const ASPEK_LABEL: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
const namaLengkap = namaLengkapBaris;
const ratingLabel = (r: string | null) => (r ? (RATING_LABEL[r as Rating] ?? r) : null);
const predikatLabel = (p: string | null) => (p ? (PREDIKAT_LABEL[p as Predikat] ?? p) : null);
const statusLabel = (s: string) => EVALUASI_WORKFLOW.stateLabel[s as EvaluasiState] ?? s;
const ringkas = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);
/** A safe file-name part. */

export function createPenilaianDokumenService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, publicUrl: string) {
  const belumFinal = (e: EvaluasiDokRow) =>
    errors.conflict('belum_final', `Hasil penilaian belum final (status "${statusLabel(e.status)}"); dokumen evaluasi dicetak setelah hasil final.`);

  /** The date whose chain of command counts for a period: its last day, or today while it runs. */
  const tanggalPeriode = async (e: EvaluasiDokRow) => {
    const today = await pengaturan.hariIni(e.instansi_id);
    return e.p_selesai < today ? e.p_selesai : today;
  };

  /** Whether `actorId` is the recorded penilai/atasan or stands anywhere above the pegawai (walking atasanOf). */
  async function diRantaiPenilai(actor: Actor, e: EvaluasiDokRow): Promise<boolean> {
    if (e.pejabat_penilai_id === actor.pegawaiId || e.atasan_penilai_id === actor.pegawaiId) return true;
    return (await organisasi.rantaiAtasan(actor.instansiId, e.pegawai_id, actor.pegawaiId, await tanggalPeriode(e))).berantai;
  }

  /** A final evaluation the caller may print, or 404 (not found / not theirs) or 409 (not final yet). */
  async function loadFinal(actor: Actor, id: string): Promise<EvaluasiDokRow> {
    const e = await repo.evaluasi(db, actor.instansiId, id);
    if (!e) throw errors.notFound('Evaluasi kinerja');
    const self = e.pegawai_id === actor.pegawaiId;
    const bkpsdm = hasRole(actor, 'ADMIN_BKPSDM');
    const anggotaTim = !self && !bkpsdm && (await anggotaTimPada(db, actor.instansiId, e.p_tahun, actor.pegawaiId));
    const rantaiPenilai = !self && !bkpsdm && !anggotaTim && (await diRantaiPenilai(actor, e));
    if (!penilaianDokumenPolicy.canReadDokumen(actor, { self, rantaiPenilai, anggotaTim })) throw errors.notFound('Evaluasi kinerja');
    if (!isEvaluasiFinal(e.status)) throw belumFinal(e);
    return e;
  }

  /** The content hash of a final evaluation (see hash.ts: computed, not stored). */
  async function contentHash(instansiId: string, e: EvaluasiDokRow): Promise<string> {
    const [rhk, perilaku] = await Promise.all([repo.ratingRhk(db, instansiId, e.id), repo.perilaku(db, instansiId, e.id)]);
    return evaluasiContentHash({
      id: e.id,
      pegawaiId: e.pegawai_id,
      nip: e.nip,
      periode: { jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor },
      skpId: e.skp_id,
      unitId: e.unit_id,
      pejabatPenilaiId: e.pejabat_penilai_id,
      atasanPenilaiId: e.atasan_penilai_id,
      capaianOrganisasi: e.capaian,
      ratingHasilKerja: e.rating_hasil_kerja,
      ratingPerilaku: e.rating_perilaku,
      predikat: e.predikat,
      umpanBalikHasilKerja: e.umpan_balik_hasil_kerja,
      umpanBalikPerilaku: e.umpan_balik_perilaku,
      rhk: rhk.map((r) => ({ rhkId: r.rhk_id, rating: r.rating, umpanBalik: r.umpan_balik })),
      perilaku: perilaku.map((p) => ({ kode: p.kode, umpanBalik: p.umpan_balik })),
      finalAt: e.final_at ? new Date(e.final_at).toISOString() : null,
    });
  }

  /** Everything the two documents show, from the database. */
  async function dokumenData(instansiId: string, e: EvaluasiDokRow): Promise<EvaluasiDokumen> {
    const i = instansiId;
    const ids = [e.pegawai_id, e.pejabat_penilai_id, e.atasan_penilai_id].filter((x): x is string => !!x);
    const [people, rhkRows, indRows, ratingRhk, perilaku, ekspektasi, ub, distribusi, rekomendasi, hash] = await Promise.all([
      ringkasPegawai(db, i, ids),
      repo.rhk(db, i, e.skp_id),
      repo.indikator(db, i, e.skp_id, e.pegawai_id, e.p_mulai, e.p_selesai),
      repo.ratingRhk(db, i, e.id),
      repo.perilaku(db, i, e.id),
      repo.ekspektasi(db, i, e.skp_id),
      repo.umpanBalikRhk(db, i, e.pegawai_id, e.p_mulai, e.p_selesai),
      repo.distribusi(db, i, e.periode_id, e.unit_id),
      repo.rekomendasi(db, i, e.periode_id, e.pegawai_id),
      contentHash(i, e),
    ]);
    const pihak = (pid: string | null): PihakDokumen | null => {
      const p = pid ? people.find((x) => x.id === pid) : undefined;
      return p
        ? {
            nama: namaLengkap({ nama: p.nama, gelar_depan: p.gelarDepan, gelar_belakang: p.gelarBelakang }),
            nip: p.nip,
            pangkatGolongan: pangkatGolonganLabel(p.golongan) ?? p.golongan,
            jabatan: p.jabatanNama,
            unitKerja: p.unitNama,
          }
        : null;
    };
    // With no pejabat penilai on record the kepala daerah tops the chain (not an ASN record).
    const kepalaDaerah = (): PihakDokumen => ({ nama: e.kepala_daerah_nama ?? '', nip: '', pangkatGolongan: '', jabatan: e.kepala_daerah_jabatan ?? 'Kepala Daerah', unitKerja: e.instansi_nama });
    const ratingMap = new Map(ratingRhk.map((r) => [r.rhk_id, r]));
    const capaian = e.capaian as CapaianOrganisasi | null;
    const rules = (await pengaturan.aturanVersi(instansiId, e.p_aturan_versi)).kurva;
    const perMap = new Map(perilaku.map((p) => [p.kode, p.umpan_balik]));
    const ekspMap = new Map(ekspektasi.map((p) => [p.kode, p.ekspektasi]));
    const diskusi = e.diskusi;
    const { zona } = await pengaturan.info(instansiId);
    return {
      instansiNama: e.instansi_nama,
      periode: {
        label: labelPeriode({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor }),
        jenis: e.p_jenis,
        jenisLabel: PERIODE_KIND_LABEL[e.p_jenis as keyof typeof PERIODE_KIND_LABEL] ?? e.p_jenis,
        mulai: e.p_mulai,
        selesai: e.p_selesai,
      },
      pendekatan: e.pendekatan === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF',
      pegawai: pihak(e.pegawai_id)!,
      pejabatPenilai: pihak(e.pejabat_penilai_id) ?? (e.pejabat_penilai_id ? null : kepalaDaerah()),
      atasanPenilai: pihak(e.atasan_penilai_id) ?? (e.atasan_penilai_id ? null : kepalaDaerah()),
      capaianOrganisasi: capaian ? CAPAIAN_ORGANISASI_LABEL[capaian] : null,
      polaDistribusi: {
        aturan: capaian ? (rules[capaian] ?? []).map(deskripsiAturanKurva) : [],
        distribusi: PREDIKATS.map((p) => ({ predikat: PREDIKAT_LABEL[p], jumlah: distribusi.find((d) => d.predikat === p)?.n ?? 0 })),
      },
      hasilKerja: rhkRows.map((r) => {
        const rating = ratingMap.get(r.id);
        const berkala = ub.filter((u) => u.rhk_id === r.id).slice(-3).map((u) => ringkas(u.pesan, 200));
        return {
          jenis: r.jenis === 'TAMBAHAN' ? 'TAMBAHAN' : 'UTAMA',
          uraian: r.uraian,
          indikator: indRows
            .filter((x) => x.rhk_id === r.id)
            .map((x) => ({
              aspek: ASPEK_LABEL[x.aspek] ?? x.aspek,
              uraian: x.uraian,
              target: x.target_teks?.trim() || [x.target_nilai, x.target_satuan].filter(Boolean).join(' ') || '\u2014',
              realisasi:
                x.entri === 0
                  ? 'Belum ada realisasi'
                  : `${x.jumlah !== null ? `${formatAngka(x.jumlah)} ${x.target_satuan ?? ''}`.trim() : `${x.entri} catatan progres`} (${x.bukti} bukti dukung)`,
            })),
          umpanBalik: [rating?.umpan_balik, ...berkala].filter((s): s is string => !!s?.trim()).join('\n'),
          rating: ratingLabel(rating?.rating ?? null),
        };
      }),
      ratingHasilKerja: ratingLabel(e.rating_hasil_kerja),
      umpanBalikHasilKerja: e.umpan_balik_hasil_kerja,
      perilaku: BERAKHLAK.map((b) => ({ nama: b.nama, ekspektasi: ekspMap.get(b.kode) ?? null, umpanBalik: perMap.get(b.kode) ?? null })),
      ratingPerilaku: ratingLabel(e.rating_perilaku),
      umpanBalikPerilaku: e.umpan_balik_perilaku,
      predikat: predikatLabel(e.predikat),
      overrideKurva: e.override_alasan ? { alasan: e.override_alasan, oleh: e.override_oleh_nama } : null,
      keberatan: e.keberatan_hasil ? `${KEBERATAN_HASIL_LABEL[e.keberatan_hasil as KeberatanHasil] ?? e.keberatan_hasil} oleh atasan pejabat penilai: ${e.keberatan_alasan ?? ''}` : null,
      catatan: diskusi ? { baik: diskusi.baik ?? '', perbaikan: diskusi.perbaikan ?? '', rencanaPengembangan: diskusi.rencanaPengembangan ?? [] } : null,
      rekomendasi: rekomendasi.map((r) => `Rekomendasi ${r.tim_nama} (${(JENIS_REKOMENDASI_LABEL[r.jenis as keyof typeof JENIS_REKOMENDASI_LABEL] ?? r.jenis).toLowerCase()}): ${r.catatan}`),
      tempat: e.instansi_nama.replace(/^Pemerintah\s+/i, ''),
      tanggal: e.final_at ? todayIn(zona, new Date(e.final_at)) : null,
      verifikasi: { url: tautanVerifikasi(publicUrl, 'evaluasi', e.id, hash), hash },
    };
  }

  return {
    /** "Evaluasi Kinerja Pegawai" (periodic or annual) of a final evaluation. */
    async evaluasiPdf(actor: Actor, id: string) {
      const e = await loadFinal(actor, id);
      const d = await dokumenData(actor.instansiId, e);
      const pdf = await renderEvaluasiPdf(d);
      return { pdf, filename: `Evaluasi-Kinerja-${bagianNamaBerkas(d.periode.label)}-${e.nip}-${bagianNamaBerkas(e.nama)}.pdf` };
    },

    /** "Dokumen Evaluasi Kinerja Pegawai" of a final annual evaluation. */
    async dokumenPdf(actor: Actor, id: string) {
      const e = await loadFinal(actor, id);
      if (e.p_jenis !== 'TAHUNAN')
        throw errors.conflict('bukan_periode_tahunan', 'Dokumen Evaluasi Kinerja Pegawai dibuat untuk penilaian tahunan; untuk periode ini unduh Evaluasi Kinerja Pegawai.');
      const d = await dokumenData(actor.instansiId, e);
      const pdf = await renderDokumenEvaluasiPdf(d);
      return { pdf, filename: `Dokumen-Evaluasi-Kinerja-${e.p_tahun}-${e.nip}-${bagianNamaBerkas(e.nama)}.pdf` };
    },

    /**
     * Public: does a printed evaluation document (id and code from its QR code) match the final
     * result on record? The hash is recomputed from the stored content (hash.ts). Null for an
     * unknown document.
     */
    async periksaDokumen(id: string, kode: string): Promise<PemeriksaanDokumen | null> {
      const instansiId = await repo.instansiOfEvaluasi(db, id);
      const e = instansiId ? await repo.evaluasi(db, instansiId, id) : null;
      if (!instansiId || !e) return null;
      const final = isEvaluasiFinal(e.status);
      const hash = final ? await contentHash(instansiId, e) : null;
      const { zona } = await pengaturan.info(instansiId);
      return {
        cocok: final && kodeCocok(hash, kode),
        fakta: [
          { label: 'Pegawai', nilai: namaLengkap(e) },
          { label: 'NIP', nilai: e.nip },
          { label: 'Periode penilaian', nilai: labelPeriode({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor }) },
          { label: 'Predikat kinerja', nilai: predikatLabel(e.predikat) ?? '-' },
          { label: 'Status', nilai: statusLabel(e.status) },
          ...(e.final_at ? [{ label: 'Final', nilai: formatTanggal(todayIn(zona, new Date(e.final_at))) }] : []),
        ],
        catatan:
          e.status === 'KEBERATAN'
            ? 'Hasil penilaian ini sedang dalam proses keberatan.'
            : e.status === 'DIPUTUS'
              ? 'Hasil penilaian ini telah dipertahankan melalui keputusan atas keberatan.'
              : null,
        pesanTidakValid:
          'Dokumen tidak valid: isi dokumen ini tidak sama dengan hasil penilaian final yang tercatat di Capaian (hasil mungkin telah diubah melalui keputusan keberatan).',
      };
    },

    /**
     * XLSX recap of a period: per perangkat daerah, per unit (result, counts per status and
     * predikat, finalisation and any curve override) and per pegawai, within the caller's scope.
     */
    async rekap(actor: Actor, q: RekapQuery) {
      const p = await repo.periode(db, actor.instansiId, q.periodeId);
      if (!p) throw errors.notFound('Periode penilaian');
      const today = await pengaturan.hariIni(actor.instansiId);
      const units = await unitsPada(db, actor.instansiId, p.selesai < today ? p.selesai : today);
      const tree = buildUnitTree(units);
      const anggotaTim = await anggotaTimPada(db, actor.instansiId, p.tahun, actor.pegawaiId);
      let cakupan: Set<string> | null = null;
      if (!penilaianDokumenPolicy.rekapSemuaUnit(actor, anggotaTim)) {
        const roots = [...actor.pengelolaUnitIds, ...units.filter((u) => u.kepala_pegawai_id === actor.pegawaiId).map((u) => u.id)];
        if (roots.length === 0) throw errors.forbidden('mengunduh rekap penilaian (hanya BKPSDM, pimpinan, tim penilai, pengelola kinerja, dan kepala unit)');
        cakupan = subtreeIds(tree, roots);
      }
      if (q.unitId) {
        if (!tree.byId.has(q.unitId)) throw errors.validation({ unitId: 'bukan unit kerja instansi ini' });
        if (cakupan && !cakupan.has(q.unitId)) throw errors.forbidden('mengunduh rekap unit di luar cakupan Anda');
        cakupan = subtreeIds(tree, [q.unitId]);
      }
      const [rows, unitHasil] = await Promise.all([repo.rekap(db, actor.instansiId, p.id, cakupan ? [...cakupan] : null), repo.unitHasil(db, actor.instansiId, p.id)]);
      const hasilUnit = new Map(unitHasil.map((u) => [u.unit_id, u]));
      const pdOf = (unitId: string) => perangkatDaerahOf(tree, unitId);

      type Hitung = { jumlah: number; DRAFT: number; DINILAI: number; final: number } & Record<Predikat, number>;
      const kosong = (): Hitung => ({ jumlah: 0, DRAFT: 0, DINILAI: 0, final: 0, ...(Object.fromEntries(PREDIKATS.map((x) => [x, 0])) as Record<Predikat, number>) });
      const perUnit = new Map<string, Hitung>();
      const perPd = new Map<string, Hitung & { unit: Set<string>; unitFinal: Set<string> }>();
      for (const r of rows) {
        const u = perUnit.get(r.unit_id) ?? kosong();
        const pd = pdOf(r.unit_id);
        const key = pd?.id ?? '-';
        const a = perPd.get(key) ?? { ...kosong(), unit: new Set<string>(), unitFinal: new Set<string>() };
        for (const h of [u, a]) {
          h.jumlah += 1;
          if (r.status === 'DRAFT' || r.status === 'DINILAI') h[r.status] += 1;
          else h.final += 1;
          if (r.predikat && isEvaluasiFinal(r.status)) h[r.predikat as Predikat] += 1;
        }
        a.unit.add(r.unit_id);
        if (hasilUnit.get(r.unit_id)?.final) a.unitFinal.add(r.unit_id);
        perUnit.set(r.unit_id, u);
        perPd.set(key, a);
      }

      const label = labelPeriode(p);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Capaian';
      const predikatCols = PREDIKATS.map((x) => ({ header: PREDIKAT_LABEL[x], key: x, width: 13 }));

      const ws1 = wb.addWorksheet('Perangkat Daerah');
      ws1.columns = [
        { header: 'Perangkat daerah', key: 'pd', width: 45 },
        { header: 'Jumlah pegawai', key: 'jumlah', width: 15 },
        { header: 'Draf', key: 'DRAFT', width: 8 },
        { header: 'Dinilai', key: 'DINILAI', width: 9 },
        { header: 'Final', key: 'final', width: 8 },
        ...predikatCols,
        { header: 'Unit final', key: 'unitFinal', width: 11 },
        { header: 'Jumlah unit', key: 'unit', width: 12 },
      ];
      const pdRows = [...perPd.entries()].map(([id, h]) => ({ nama: id === '-' ? '(di luar perangkat daerah)' : (tree.byId.get(id)?.nama ?? id), h }));
      for (const { nama, h } of pdRows.sort((a, b) => a.nama.localeCompare(b.nama, 'id'))) ws1.addRow({ pd: nama, ...h, unit: h.unit.size, unitFinal: h.unitFinal.size });

      const ws2 = wb.addWorksheet('Unit');
      ws2.columns = [
        { header: 'Perangkat daerah', key: 'pd', width: 40 },
        { header: 'Unit kerja', key: 'unit', width: 45 },
        { header: 'Capaian kinerja organisasi', key: 'capaian', width: 22 },
        { header: 'Jumlah pegawai', key: 'jumlah', width: 15 },
        { header: 'Draf', key: 'DRAFT', width: 8 },
        { header: 'Dinilai', key: 'DINILAI', width: 9 },
        { header: 'Final', key: 'final', width: 8 },
        ...predikatCols,
        { header: 'Finalisasi', key: 'finalisasi', width: 11 },
        { header: 'Pengecualian kurva (alasan)', key: 'override', width: 50 },
      ];
      const unitRows = [...perUnit.entries()].map(([id, h]) => ({ id, pd: pdOf(id)?.nama ?? '', unit: tree.byId.get(id)?.nama ?? id, h }));
      for (const u of unitRows.sort((a, b) => a.pd.localeCompare(b.pd, 'id') || a.unit.localeCompare(b.unit, 'id'))) {
        const hu = hasilUnit.get(u.id);
        ws2.addRow({
          pd: u.pd,
          unit: u.unit,
          capaian: hu?.capaian ? CAPAIAN_ORGANISASI_LABEL[hu.capaian as CapaianOrganisasi] : 'Belum ditetapkan',
          ...u.h,
          finalisasi: hu?.final ? 'Ya' : 'Belum',
          override: hu?.override_alasan ?? '',
        });
      }

      const ws3 = wb.addWorksheet('Pegawai');
      ws3.columns = [
        { header: 'Perangkat daerah', key: 'pd', width: 40 },
        { header: 'Unit kerja', key: 'unit', width: 40 },
        { header: 'NIP', key: 'nip', width: 21, style: { numFmt: '@' } },
        { header: 'Nama', key: 'nama', width: 30 },
        { header: 'Jabatan', key: 'jabatan', width: 30 },
        { header: 'Pangkat/Gol.', key: 'golongan', width: 22 },
        { header: 'Pejabat penilai', key: 'penilai', width: 30 },
        { header: 'NIP pejabat penilai', key: 'penilaiNip', width: 21, style: { numFmt: '@' } },
        { header: 'Rating hasil kerja', key: 'hk', width: 20 },
        { header: 'Rating perilaku', key: 'rp', width: 20 },
        { header: 'Predikat', key: 'predikat', width: 18 },
        { header: 'Status', key: 'status', width: 18 },
      ];
      const pegawaiRows = rows.map((r) => ({ r, pd: pdOf(r.unit_id)?.nama ?? '', unit: tree.byId.get(r.unit_id)?.nama ?? '' }));
      for (const { r, pd, unit } of pegawaiRows.sort((a, b) => a.pd.localeCompare(b.pd, 'id') || a.unit.localeCompare(b.unit, 'id') || a.r.nama.localeCompare(b.r.nama, 'id'))) {
        ws3.addRow({
          pd,
          unit,
          nip: r.nip,
          nama: namaLengkap(r),
          jabatan: r.jabatan_nama,
          golongan: pangkatGolonganLabel(r.golongan) ?? r.golongan,
          penilai: r.penilai_nama ?? '',
          penilaiNip: r.penilai_nip ?? '',
          hk: ratingLabel(r.rating_hasil_kerja) ?? '',
          rp: ratingLabel(r.rating_perilaku) ?? '',
          predikat: predikatLabel(r.predikat) ?? '',
          status: statusLabel(r.status),
        });
      }
      for (const ws of [ws1, ws2, ws3]) {
        ws.getRow(1).font = { bold: true };
        ws.views = [{ state: 'frozen', ySplit: 1 }];
      }
      ws1.addRow({});
      ws1.addRow({ pd: `Rekap penilaian kinerja ${label} — ${(await pengaturan.info(actor.instansiId)).nama}` });
      const out = await wb.xlsx.writeBuffer();
      const kode = q.unitId ? bagianNamaBerkas(tree.byId.get(q.unitId)?.kode ?? 'unit') : 'semua';
      return { xlsx: Buffer.from(out as ArrayBuffer), filename: `Rekap-Penilaian-${bagianNamaBerkas(label)}-${kode}.xlsx` };
    },
  };
}

export type PenilaianDokumenService = ReturnType<typeof createPenilaianDokumenService>;
