import ExcelJS from 'exceljs';
import {
  NAMA_BULAN,
  SKP_WORKFLOW,
  deadlineSkp,
  isSkpTerlambat,
  skpWorkflow,
  statesAllowing,
  todayIn,
  type SkpState,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notifyFrom } from '../notifikasi/service.js';
import { namaLengkap, type OrganisasiService, unitDalam, unitMentah } from '../organisasi/service.js';
import { skpMonitoringPolicy } from './policy.js';
import { skpMonitoringRepository as repo, type RekapRow, type Roots } from './repository.js';
import { KATEGORI_LABEL, type Kategori, type MonitoringPegawaiQuery, type MonitoringResult, type MonitoringRow } from '@capaian/contract/skp-monitoring';

const tanggalIndonesia = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${NAMA_BULAN[m - 1] ?? ''} ${y}`;
};
const ASPEK_LABEL: Record<string, string> = { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' };
const JENIS_RHK_LABEL: Record<string, string> = { UTAMA: 'Utama', TAMBAHAN: 'Tambahan' };
const statusLabel = (s: string | null) => (s ? (SKP_WORKFLOW.stateLabel[s as SkpState] ?? s) : KATEGORI_LABEL.BELUM_DIBUAT);

type Jumlah = Record<Kategori, number>;

function angka(j: Jumlah, terlambat: boolean) {
  const total = j.BELUM_DIBUAT + j.DRAFT + j.DIAJUKAN + j.DIKEMBALIKAN + j.DISETUJUI;
  return {
    jumlah: j,
    total,
    persenDisetujui: total ? Math.round((j.DISETUJUI / total) * 1000) / 10 : 0,
    jumlahTerlambat: terlambat ? total - j.DISETUJUI : 0,
  };
}

const jumlahOf = (r: RekapRow): Jumlah => ({
  BELUM_DIBUAT: r.belum_dibuat,
  DRAFT: r.draft,
  DIAJUKAN: r.diajukan,
  DIKEMBALIKAN: r.dikembalikan,
  DISETUJUI: r.disetujui,
});

/**
 * SKP monitoring for the pengelola kinerja and BKPSDM: the table per perangkat daerah / unit, the
 * pegawai behind a cell, reminders (in-app notifications) and the XLSX export.
 */
export function createSkpMonitoringService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date) {
  /** The year's SKP deadline: the rules in force on its 1 January (the instansi's setting). */
  async function tenggat(instansiId: string, tahun: number | undefined) {
    const { zona } = await pengaturan.info(instansiId);
    const now = clock();
    const hariIni = todayIn(zona, now);
    const th = tahun ?? Number(hariIni.slice(0, 4));
    const [{ aturan }, kini] = await Promise.all([pengaturan.aturanPada(instansiId, `${th}-01-01`), pengaturan.aturanPada(instansiId, hariIni)]);
    const config = deadlineSkp(aturan, th, zona);
    // What waits on the pejabat penilai: the states they approve from, by today's workflow variant.
    const menungguPenilai = statesAllowing(skpWorkflow(kini.aturan.reviuPengelola), 'setujui');
    return { tahun: th, zona, now, batasWaktu: config.skpDeadline, terlambat: isSkpTerlambat(now, config), menungguPenilai };
  }

  /**
   * Policy first, then the unit: another pemda's (or an unknown) unit is not found; a unit outside
   * a pengelola kinerja's perangkat daerah is refused.
   */
  async function scopeOf(actor: Actor, unitId: string | null | undefined) {
    const scope = skpMonitoringPolicy.scope(actor);
    if (!scope) throw errors.forbidden('memantau SKP');
    if (!unitId) return { scope, unit: null };
    const unit = await unitMentah(db, actor.instansiId, unitId);
    if (!unit) throw errors.notFound('Unit kerja');
    if (scope.kind === 'unit' && !(await unitDalam(db, actor.instansiId, unit.id, scope.unitIds)))
      throw errors.forbidden('memantau SKP unit ini');
    return { scope, unit };
  }

  /** The rows of the table: perangkat daerah (or the pengelola's own), or a unit and its child units. */
  async function tableRoots(actor: Actor, unitId: string | null | undefined) {
    const { scope, unit } = await scopeOf(actor, unitId);
    const roots: Roots = unit ? { kind: 'anak', unitId: unit.id } : scope.kind === 'semua' ? { kind: 'pd' } : { kind: 'unit', unitIds: scope.unitIds };
    return { roots, unit };
  }

  async function monitoring(actor: Actor, q: { tahun?: number | undefined; unitId?: string | undefined }): Promise<MonitoringResult> {
    const { roots, unit } = await tableRoots(actor, q.unitId);
    const t = await tenggat(actor.instansiId, q.tahun);
    const rows = await repo.rekap(db, actor.instansiId, t.tahun, roots);
    const items: MonitoringRow[] = rows.map((r) => ({
      unitId: r.id,
      kode: r.kode,
      nama: r.nama,
      perangkatDaerah: r.perangkat_daerah,
      langsung: r.langsung,
      jumlahSubUnit: r.jumlah_sub_unit,
      ...angka(jumlahOf(r), t.terlambat),
    }));
    const sum: Jumlah = { BELUM_DIBUAT: 0, DRAFT: 0, DIAJUKAN: 0, DIKEMBALIKAN: 0, DISETUJUI: 0 };
    for (const r of items) for (const k of Object.keys(sum) as Kategori[]) sum[k] += r.jumlah[k];
    return {
      tahun: t.tahun,
      batasWaktu: t.batasWaktu,
      terlambat: t.terlambat,
      unit: unit ? { id: unit.id, kode: unit.kode, nama: unit.nama } : null,
      items,
      ringkasan: angka(sum, t.terlambat),
    };
  }

  return {
    monitoring,

    /** The pegawai behind a cell: the unit's row (or its `langsung` row), a status, one page. */
    async pegawai(actor: Actor, q: MonitoringPegawaiQuery) {
      const { scope, unit } = await scopeOf(actor, q.unitId);
      const roots: Roots = unit
        ? q.langsung
          ? { kind: 'langsung', unitId: unit.id }
          : { kind: 'unit', unitIds: [unit.id] }
        : scope.kind === 'semua'
          ? { kind: 'pd' }
          : { kind: 'unit', unitIds: scope.unitIds };
      const t = await tenggat(actor.instansiId, q.tahun);
      const rows = await repo.pegawai(db, actor.instansiId, t.tahun, roots, { status: q.status, page: q.page, pageSize: q.pageSize });
      return {
        items: rows.map((r) => ({
          pegawaiId: r.pegawai_id,
          nip: r.nip,
          nama: r.nama,
          namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
          jabatanNama: r.jabatan_nama,
          unitId: r.unit_id,
          unitNama: r.unit_nama,
          status: r.kategori,
          statusLabel: KATEGORI_LABEL[r.kategori],
          skpId: r.skp_id,
          versi: r.versi,
          terlambat: t.terlambat && r.kategori !== 'DISETUJUI',
        })),
        total: rows[0]?.total ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * In-app reminders to every pegawai of the table's units whose SKP is not approved, and to the
     * pejabat penilai of submitted SKPs; at most one reminder per person per day. One audit event.
     */
    async pengingat(actor: Actor, body: { tahun: number; unitId?: string | null | undefined }) {
      const { roots, unit } = await tableRoots(actor, body.unitId);
      const t = await tenggat(actor.instansiId, body.tahun);
      const tgl = tanggalIndonesia(t.batasWaktu);
      const pesanSendiri = t.terlambat
        ? `SKP tahun ${t.tahun} Anda belum disetujui, padahal batas waktunya ${tgl} sudah lewat. Segera lengkapi dan ajukan SKP Anda kepada pejabat penilai.`
        : `SKP tahun ${t.tahun} Anda belum disetujui. Batas waktu persetujuan SKP adalah ${tgl}; segera lengkapi dan ajukan SKP Anda kepada pejabat penilai.`;
      const pesanPenilai = ` SKP bawahan menunggu persetujuan Anda sebagai pejabat penilai (batas waktu ${tgl}).`;
      return db.transaction(async (tx) => {
        const sumber = repo.pengingatSql(actor.instansiId, t.tahun, roots, { judul: `Pengingat SKP ${t.tahun}`, pesanSendiri, pesanPenilai, kunci: `pengingat-skp:${todayIn(t.zona, t.now)}`, menungguPenilai: t.menungguPenilai });
        const dikirim = (await notifyFrom(tx, actor.instansiId, sumber, t.now)).notifikasi;
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'notifikasi',
          entityId: unit?.id ?? null,
          summary: `Pengingat SKP ${t.tahun} dikirim kepada ${dikirim} pegawai (${unit ? unit.nama : 'semua unit dalam cakupan'})`,
          after: { tahun: t.tahun, unitId: unit?.id ?? null, dikirim },
        });
        return { dikirim };
      });
    },

    /** XLSX: sheet "Rekap" (the table) and sheet "SKP" (one row per RHK indicator). */
    async ekspor(actor: Actor, q: { tahun?: number | undefined; unitId?: string | undefined }) {
      const rekap = await monitoring(actor, q);
      const { roots } = await tableRoots(actor, q.unitId);
      const rows = await repo.ekspor(db, actor.instansiId, rekap.tahun, roots);

      const wb = new ExcelJS.Workbook();
      wb.creator = 'Capaian';
      const ws1 = wb.addWorksheet('Rekap');
      ws1.columns = [
        { header: 'Kode', key: 'kode', width: 18 },
        { header: 'Unit kerja', key: 'nama', width: 45 },
        { header: 'Jumlah pegawai', key: 'total', width: 15 },
        { header: 'Belum dibuat', key: 'BELUM_DIBUAT', width: 13 },
        { header: 'Draf', key: 'DRAFT', width: 10 },
        { header: 'Diajukan', key: 'DIAJUKAN', width: 10 },
        { header: 'Dikembalikan', key: 'DIKEMBALIKAN', width: 13 },
        { header: 'Disetujui', key: 'DISETUJUI', width: 10 },
        { header: '% disetujui', key: 'persen', width: 12 },
        { header: 'Terlambat', key: 'terlambat', width: 10 },
      ];
      const rekapRow = (kode: string, nama: string, a: MonitoringResult['ringkasan']) => ({
        kode,
        nama,
        total: a.total,
        ...a.jumlah,
        persen: a.persenDisetujui,
        terlambat: a.jumlahTerlambat,
      });
      for (const r of rekap.items) ws1.addRow(rekapRow(r.kode, r.langsung ? `${r.nama} (langsung)` : r.nama, r));
      ws1.addRow(rekapRow('', 'Jumlah', rekap.ringkasan)).font = { bold: true };
      ws1.addRow({});
      ws1.addRow({ nama: `Batas waktu SKP ${rekap.tahun}: ${tanggalIndonesia(rekap.batasWaktu)}${rekap.terlambat ? ' (sudah lewat)' : ''}` });
      ws1.getRow(1).font = { bold: true };

      const ws2 = wb.addWorksheet('SKP');
      ws2.columns = [
        { header: 'Unit kerja', key: 'unit', width: 35 },
        { header: 'NIP', key: 'nip', width: 21, style: { numFmt: '@' } },
        { header: 'Nama', key: 'nama', width: 30 },
        { header: 'Jabatan', key: 'jabatan', width: 30 },
        { header: 'Status', key: 'status', width: 14 },
        { header: 'Versi', key: 'versi', width: 7 },
        { header: 'Jenis RHK', key: 'jenis', width: 10 },
        { header: 'RHK', key: 'rhk', width: 50 },
        { header: 'RHK atasan', key: 'rhkAtasan', width: 50 },
        { header: 'Aspek', key: 'aspek', width: 11 },
        { header: 'Indikator', key: 'indikator', width: 45 },
        { header: 'Target', key: 'target', width: 25 },
      ];
      ws2.getRow(1).font = { bold: true };
      for (const r of rows) {
        ws2.addRow({
          unit: r.unit_nama,
          nip: r.nip,
          nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
          jabatan: r.jabatan_nama,
          status: statusLabel(r.skp_status),
          versi: r.versi,
          jenis: r.rhk_jenis ? (JENIS_RHK_LABEL[r.rhk_jenis] ?? r.rhk_jenis) : null,
          rhk: r.rhk_uraian,
          rhkAtasan: r.rhk_atasan_uraian,
          aspek: r.aspek ? (ASPEK_LABEL[r.aspek] ?? r.aspek) : null,
          indikator: r.indikator,
          target: r.target_nilai ? `${r.target_nilai} ${r.target_satuan ?? ''}`.trim() : r.target_teks,
        });
      }
      ws2.views = [{ state: 'frozen', ySplit: 1 }];
      const out = await wb.xlsx.writeBuffer();
      const kode = (rekap.unit?.kode ?? 'semua').replace(/[^A-Za-z0-9.-]+/g, '-');
      return { xlsx: Buffer.from(out as ArrayBuffer), filename: `Monitoring-SKP-${rekap.tahun}-${kode}.xlsx` };
    },
  };
}

export type SkpMonitoringService = ReturnType<typeof createSkpMonitoringService>;
