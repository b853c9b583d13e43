/**
 * TPP (Tambahan Penghasilan Pegawai): BKPSDM keeps the pemda's scheme (domain SkemaTppSchema, the
 * Perkada as data) and runs the month for the pemda or one perangkat daerah from what the system
 * already holds — kelas jabatan, the final results the scheme maps to the month, the year's SKP, the
 * month's attendance, Plt assignments — through domain `hitungTppBulanan`. A run is a draft until
 * approved (domain TPP_RUN_WORKFLOW), lists every pegawai it could not calculate and why, and once
 * approved never changes: a correction is a new version, and approving it replaces the old one
 * (kept). The payroll list is an XLSX per perangkat daerah; each pegawai sees their own breakdown,
 * every deduction with its day. A keberatan decision that changes a result flags the runs that used
 * it. Only BKPSDM edits schemes and runs them; pimpinan read the runs; everyone reads their own.
 */
import {
  CONTOH_SKEMA_TPP,
  hitungTppBulanan,
  predikatUntukBulan,
  PREDIKAT_LABEL,
  SkemaTppSchema,
  TPP_RUN_WORKFLOW,
  transition,
  type KehadiranHari,
  type SkemaTpp,
  type Predikat,
  type StatusKehadiran,
  type TppRunState,
} from '@capaian/domain';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { BendaharaInput, BendaharaList, BuatRun, DaftarBendahara, RincianTpp, RunDetail, RunList, RunQuery, RunRingkas, SetujuiRun, SimpanSkema, SkemaResponse, TppSaya, TppSayaQuery } from '@capaian/contract/tpp';
import { hasRole, type Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { AppError, errors } from '../core/errors.js';
import { bacaBarisImpor, imporDitolak, type BarisBermasalah } from '../core/impor-tabel.js';
import { buildTemplate } from '../core/spreadsheet.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { notify } from '../notifikasi/service.js';
import { buildUnitTree, namaLengkapBaris, perangkatDaerahOf, subtreeIds, unitsPada } from '../organisasi/service.js';
import { tppRepository as repo, type ItemBaru, type MasukanRow, type RunRow } from './repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const versiBerubah = () => errors.conflict('version_conflict', 'Data ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', { rowVersion: 'versi data sudah berubah' });

/** One month's items from what a run reads (repository `masukan`), through domain `hitungTppBulanan`. */
export function susunItems(masukan: readonly MasukanRow[], tree: ReturnType<typeof buildUnitTree>, skema: SkemaTpp, bulan: string): ItemBaru[] {
  return masukan.map((m) => {
    const pd = perangkatDaerahOf(tree, m.unit_id);
    const peta = predikatUntukBulan(skema.sumberPredikat, bulan, (m.hasil ?? []).map((h) => ({ ...h, predikat: h.predikat as Predikat })));
    const hari: KehadiranHari[] = (m.hari ?? []).map((h) => ({ tanggal: h.tanggal, status: h.status as StatusKehadiran, jamMasuk: h.jamMasuk, jamPulang: h.jamPulang }));
    const r = hitungTppBulanan({ skema, kelas: m.kelas, predikat: peta?.predikat ?? null, skpDisetujui: m.skp_disetujui, hari, kelasPlt: m.kelas_plt });
    return {
      pegawaiId: m.id,
      perangkatDaerahId: pd?.id ?? null,
      kelas: m.kelas,
      predikat: peta?.predikat ?? null,
      dibayar: r.ok ? r.hasil.dibayar : null,
      rincian: r.ok ? r.hasil : null,
      gagal: r.ok ? null : r.alasan,
    };
  });
}

export const KOLOM_BASIS = [
  { key: 'kelas', wajib: true, keterangan: 'Kelas jabatan 1–17', contoh: '7' },
  { key: 'basis', wajib: true, keterangan: 'Basis TPP per bulan dalam rupiah bulat (tanpa titik)', contoh: '3500000' },
];

export function createTppService(db: Db, pengaturan: PengaturanInstansi, clock: () => Date) {
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');
  const pembaca = (a: Actor) => bkpsdm(a) || hasRole(a, 'PIMPINAN');

  const present = (actor: Actor, r: RunRow): RunRingkas => ({
    id: r.id,
    bulan: r.bulan,
    unit: r.unit_id ? { id: r.unit_id, nama: r.unit_nama ?? '' } : null,
    versi: r.versi,
    status: r.status as TppRunState,
    jumlahPegawai: r.jumlah_pegawai,
    jumlahGagal: r.jumlah_gagal,
    totalDibayar: Number(r.total_dibayar),
    perluDitinjau: r.perlu_ditinjau,
    disetujuiOleh: r.disetujui_nama,
    disetujuiAt: r.disetujui_at ? iso(r.disetujui_at) : null,
    createdAt: iso(r.created_at),
    rowVersion: r.row_version,
    can: { setujui: bkpsdm(actor) && transition(TPP_RUN_WORKFLOW, r.status as TppRunState, 'setujui', 'admin_bkpsdm').ok, koreksi: bkpsdm(actor) && r.status === 'DISETUJUI' },
  });

  async function muatRun(actor: Actor, id: string) {
    if (!pembaca(actor)) throw errors.forbidden('melihat perhitungan TPP (hanya BKPSDM dan pimpinan)');
    const r = await repo.get(db, actor.instansiId, id);
    if (!r) throw errors.notFound('Perhitungan TPP');
    return r;
  }

  return {
    async skema(actor: Actor): Promise<SkemaResponse> {
      if (!pembaca(actor)) throw errors.forbidden('melihat skema TPP (hanya BKPSDM dan pimpinan)');
      const s = await repo.skema(db, actor.instansiId);
      return { skema: s ? SkemaTppSchema.parse(s.skema) : CONTOH_SKEMA_TPP, disimpan: !!s, rowVersion: s?.row_version ?? null, can: { ubah: bkpsdm(actor) } };
    },

    async simpanSkema(actor: Actor, input: SimpanSkema): Promise<SkemaResponse> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengubah skema TPP (hanya BKPSDM)');
      const lama = await repo.skema(db, actor.instansiId);
      if (lama && input.rowVersion === undefined) throw errors.validation({ rowVersion: 'wajib diisi: skema sudah pernah disimpan' });
      await db.transaction(async (tx) => {
        if (!(await repo.simpanSkema(tx, actor.instansiId, input.skema, lama ? input.rowVersion! : null, actor.pegawaiId, clock()))) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, { action: lama ? 'update' : 'create', entityType: 'skema_tpp', entityId: null, summary: `Skema TPP ${lama ? 'diubah' : 'ditetapkan'}: ${input.skema.config.nama}`, before: lama?.skema ?? null, after: input.skema });
      });
      return this.skema(actor);
    },

    templatBasis(actor: Actor) {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor basis TPP (hanya BKPSDM)');
      return buildTemplate(KOLOM_BASIS, 'basis-tpp');
    },

    /**
     * The base per kelas jabatan from XLSX (the Perkada's table): the file's rows become the scheme's
     * table, all or none; the rest of the scheme is kept (the example when none was saved). Audited.
     */
    async imporBasis(actor: Actor, file: Buffer, filename: string): Promise<SkemaResponse> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor basis TPP (hanya BKPSDM)');
      const rows = await bacaBarisImpor(file, filename, KOLOM_BASIS, 'basis TPP');
      const angka = (v: string | undefined) => {
        const teks = (v ?? '').trim().replace(/^~/, '').replace(/[.\s]/g, '');
        return teks === '' ? undefined : Number(teks);
      };
      const basisPerKelas = rows.map((r) => ({ kelas: angka(r.values.kelas), basis: angka(r.values.basis) }));
      const lama = await repo.skema(db, actor.instansiId);
      const dasar = lama ? SkemaTppSchema.parse(lama.skema) : CONTOH_SKEMA_TPP;
      const parsed = SkemaTppSchema.safeParse({ ...dasar, basisPerKelas });
      if (!parsed.success) {
        const masalah: BarisBermasalah[] = parsed.error.issues.map((i) => {
          const n = typeof i.path[1] === 'number' ? i.path[1] : null;
          return { baris: n === null ? 1 : rows[n]!.baris, kolom: n === null ? 'kelas' : String(i.path[2] ?? 'kelas'), alasan: i.message };
        });
        throw imporDitolak(masalah);
      }
      await db.transaction(async (tx) => {
        if (!(await repo.simpanSkema(tx, actor.instansiId, parsed.data, lama?.row_version ?? null, actor.pegawaiId, clock()))) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'skema_tpp',
          entityId: null,
          summary: `Basis TPP per kelas jabatan diimpor dari ${filename}: ${parsed.data.basisPerKelas.length} kelas`,
          before: lama ? { basisPerKelas: dasar.basisPerKelas } : null,
          after: { basisPerKelas: parsed.data.basisPerKelas },
        });
      });
      return this.skema(actor);
    },

    /** Calculates a month for the pemda or one perangkat daerah as a draft (a new version when one is approved). */
    async buatRun(actor: Actor, input: BuatRun): Promise<RunRingkas> {
      if (!bkpsdm(actor)) throw errors.forbidden('menghitung TPP (hanya BKPSDM)');
      const s = await repo.skema(db, actor.instansiId);
      if (!s) throw new AppError('skema_tpp_belum_ada', 'Skema TPP pemda belum ditetapkan. Simpan skema TPP lebih dulu.');
      const skema = SkemaTppSchema.parse(s.skema);
      const hariIni = await pengaturan.hariIni(actor.instansiId);
      if (`${input.bulan}-01` > hariIni) throw errors.validation({ bulan: 'bulan ini belum dimulai' });
      const tree = buildUnitTree(await unitsPada(db, actor.instansiId, hariIni));
      const unitId = input.perangkatDaerahId ?? null;
      if (unitId && !tree.byId.get(unitId)?.perangkat_daerah) throw errors.validation({ perangkatDaerahId: 'bukan perangkat daerah instansi ini' });
      const masukan = await repo.masukan(db, actor.instansiId, unitId ? [...subtreeIds(tree, [unitId])] : null, input.bulan);
      const items = susunItems(masukan, tree, skema, input.bulan);
      const gagal = items.filter((i) => i.gagal).length;
      const total = items.reduce((a, i) => a + (i.dibayar ?? 0), 0);
      const at = clock();
      const id = await db.transaction(async (tx) => {
        const lama = await repo.disetujui(tx, actor.instansiId, input.bulan, unitId);
        const versi = (await repo.versiTerakhir(tx, actor.instansiId, input.bulan, unitId)) + 1;
        const id = await repo.insertRun(tx, actor.instansiId, { bulan: input.bulan, unitId, versi, skema, jumlahPegawai: items.length, jumlahGagal: gagal, totalDibayar: total, menggantikan: lama?.id ?? null, oleh: actor.pegawaiId, at }, items);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'tpp_run',
          entityId: id,
          summary: `TPP ${input.bulan}${unitId ? ` ${tree.byId.get(unitId)!.nama}` : ''} dihitung (versi ${versi}${lama ? ', koreksi' : ''}): ${items.length} pegawai, ${gagal} tidak dapat dihitung, total Rp${total.toLocaleString('id-ID')}`,
          after: { bulan: input.bulan, unitId, versi, pegawai: items.length, gagal, total },
        });
        return id;
      });
      return present(actor, (await repo.get(db, actor.instansiId, id))!);
    },

    async list(actor: Actor): Promise<RunList> {
      if (!pembaca(actor)) throw errors.forbidden('melihat perhitungan TPP (hanya BKPSDM dan pimpinan)');
      return { items: (await repo.list(db, actor.instansiId)).map((r) => present(actor, r)) };
    },

    async detail(actor: Actor, id: string, q: RunQuery): Promise<RunDetail> {
      const r = await muatRun(actor, id);
      const [perPd, gagal, items] = await Promise.all([
        repo.perPd(db, actor.instansiId, id),
        repo.items(db, actor.instansiId, id, { gagal: true }),
        repo.items(db, actor.instansiId, id, { perangkatDaerahId: q.perangkatDaerahId, gagal: false, limit: q.ukuran, offset: (q.halaman - 1) * q.ukuran }),
      ]);
      const totalItems = q.perangkatDaerahId ? (perPd.find((p) => p.id === q.perangkatDaerahId)?.n ?? 0) : r.jumlah_pegawai - r.jumlah_gagal;
      return {
        ...present(actor, r),
        perPerangkatDaerah: perPd.map((p) => ({ unit: { id: p.id, nama: p.nama }, jumlahPegawai: p.n, total: Number(p.total) })),
        gagal: gagal.map((g) => ({ pegawai: { id: g.pegawai_id, nama: namaLengkapBaris(g), nip: g.nip }, alasan: g.gagal! })),
        items: items.map((i) => ({ pegawai: { id: i.pegawai_id, nama: namaLengkapBaris(i), nip: i.nip }, unit: i.pd_nama, kelas: i.kelas, predikat: (i.predikat as Predikat | null) ?? null, dibayar: Number(i.dibayar ?? 0) })),
        totalItems,
      };
    },

    /** Approves a draft (it is locked from now on); an approved run of the same month and scope is replaced (kept). Everyone paid is notified. */
    async setujui(actor: Actor, id: string, input: SetujuiRun): Promise<RunRingkas> {
      const r = await muatRun(actor, id);
      if (!bkpsdm(actor)) throw errors.forbidden('menyetujui perhitungan TPP (hanya BKPSDM)');
      const t = transition(TPP_RUN_WORKFLOW, r.status as TppRunState, 'setujui', 'admin_bkpsdm');
      if (!t.ok) throw errors.conflict('illegal_transition', t.error.message);
      const at = clock();
      await db.transaction(async (tx) => {
        const lama = await repo.disetujui(tx, actor.instansiId, r.bulan, r.unit_id);
        if (lama) await repo.ubahStatus(tx, actor.instansiId, lama.id, 'DISETUJUI', 'DIGANTI', null, sql`perlu_ditinjau = perlu_ditinjau`);
        if (!(await repo.ubahStatus(tx, actor.instansiId, id, 'DRAF', 'DISETUJUI', input.rowVersion, sql`disetujui_oleh = ${actor.pegawaiId}, disetujui_at = ${at.toISOString()}::timestamptz`))) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'tpp_run',
          entityId: id,
          summary: `TPP ${r.bulan} versi ${r.versi} disetujui${lama ? ` (menggantikan versi ${lama.versi})` : ''}: total Rp${Number(r.total_dibayar).toLocaleString('id-ID')}`,
          before: { status: r.status },
          after: { status: 'DISETUJUI', diganti: lama?.id ?? null },
        });
        const dibayar = await repo.items(tx, actor.instansiId, id, { gagal: false });
        await notify(
          tx,
          actor.instansiId,
          dibayar.map((i) => i.pegawai_id),
          { jenis: 'tpp', judul: `TPP ${r.bulan} telah dihitung`, pesan: 'Rincian TPP Anda, termasuk setiap potongan dan harinya, dapat dilihat di Capaian.', tautan: `/tpp/saya?bulan=${r.bulan}`, kunci: `tpp:${r.bulan}:${r.versi}:${r.unit_id ?? 'pemda'}` },
          at,
        );
      });
      return present(actor, (await repo.get(db, actor.instansiId, id))!);
    },

    /**
     * The payroll list of a run (all of it, or one perangkat daerah's) as XLSX: BKPSDM and pimpinan
     * any; a bendahara only an approved run's list of their own perangkat daerah (404 otherwise).
     */
    async xlsx(actor: Actor, id: string, perangkatDaerahId: string | undefined) {
      let r: RunRow | null;
      if (pembaca(actor)) r = await muatRun(actor, id);
      else {
        const milik = perangkatDaerahId ? (await repo.bendahara(db, actor.instansiId, actor.pegawaiId)).some((b) => b.unit_id === perangkatDaerahId) : false;
        r = milik ? await repo.get(db, actor.instansiId, id) : null;
        if (!r || r.status !== 'DISETUJUI') throw errors.notFound('Perhitungan TPP');
      }
      const items = await repo.items(db, actor.instansiId, id, { perangkatDaerahId });
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Capaian';
      const ws = wb.addWorksheet('TPP');
      ws.columns = [
        { header: 'NIP', key: 'nip', width: 21 },
        { header: 'Nama', key: 'nama', width: 32 },
        { header: 'Perangkat daerah', key: 'pd', width: 32 },
        { header: 'Kelas', key: 'kelas', width: 8 },
        { header: 'Predikat', key: 'predikat', width: 16 },
        { header: 'Basis', key: 'basis', width: 14 },
        { header: 'Komponen kinerja', key: 'kinerja', width: 16 },
        { header: 'Komponen disiplin', key: 'disiplin', width: 16 },
        { header: 'Potongan disiplin (%)', key: 'potongan', width: 12 },
        { header: 'Dibayar', key: 'dibayar', width: 14 },
        { header: 'Keterangan', key: 'ket', width: 40 },
      ];
      ws.getRow(1).font = { bold: true };
      for (const i of items) {
        const h = i.rincian as RincianTpp | null;
        ws.addRow({
          nip: i.nip,
          nama: namaLengkapBaris(i),
          pd: i.pd_nama ?? '',
          kelas: i.kelas,
          predikat: i.predikat ? PREDIKAT_LABEL[i.predikat as Predikat] : '',
          basis: h?.basis ?? null,
          kinerja: h?.kinerja.diterima ?? null,
          disiplin: h?.disiplin.diterima ?? null,
          potongan: h?.disiplin.potonganPersen ?? null,
          dibayar: i.dibayar === null ? null : Number(i.dibayar),
          ket: i.gagal ?? (h?.pembatasan ? `Dibatasi pagu: -${h.pembatasan}` : ''),
        });
      }
      ws.getColumn('nip').numFmt = '@';
      ws.addRow({});
      ws.addRow({ nama: `Status: ${TPP_RUN_WORKFLOW.stateLabel[r.status as TppRunState]}, versi ${r.versi}` });
      const out = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      const pd = perangkatDaerahId ? (items[0]?.pd_nama ?? 'perangkat-daerah') : (r.unit_nama ?? 'pemda');
      return { xlsx: out, jenis: XLSX, filename: `TPP-${r.bulan}-${bagianNamaBerkas(pd)}-v${r.versi}.xlsx` };
    },

    async listBendahara(actor: Actor): Promise<BendaharaList> {
      if (!pembaca(actor)) throw errors.forbidden('melihat bendahara TPP (hanya BKPSDM dan pimpinan)');
      return { items: (await repo.bendahara(db, actor.instansiId, null)).map((b) => ({ id: b.id, unit: { id: b.unit_id, nama: b.unit_nama }, pegawai: { id: b.pegawai_id, nama: namaLengkapBaris(b), nip: b.nip } })) };
    },

    /** BKPSDM names a perangkat daerah's bendahara (who then downloads its approved lists). */
    async tambahBendahara(actor: Actor, input: BendaharaInput): Promise<BendaharaList> {
      if (!bkpsdm(actor)) throw errors.forbidden('menetapkan bendahara TPP (hanya BKPSDM)');
      const tree = buildUnitTree(await unitsPada(db, actor.instansiId, await pengaturan.hariIni(actor.instansiId)));
      const fields: Record<string, string> = {};
      if (!tree.byId.get(input.perangkatDaerahId)?.perangkat_daerah) fields.perangkatDaerahId = 'bukan perangkat daerah instansi ini';
      const pegawaiId = await repo.pegawaiAktif(db, actor.instansiId, input.nip);
      if (!pegawaiId) fields.nip = `NIP ${input.nip} bukan pegawai aktif instansi ini`;
      if (Object.keys(fields).length) throw errors.validation(fields);
      await db.transaction(async (tx) => {
        const id = await repo.tambahBendahara(tx, actor.instansiId, input.perangkatDaerahId, pegawaiId!, actor.pegawaiId);
        if (id) await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'bendahara_tpp', entityId: id, summary: `Bendahara TPP ${tree.byId.get(input.perangkatDaerahId)!.nama} ditetapkan`, after: input });
      });
      return this.listBendahara(actor);
    },

    async hapusBendahara(actor: Actor, id: string): Promise<BendaharaList> {
      if (!bkpsdm(actor)) throw errors.forbidden('mencabut bendahara TPP (hanya BKPSDM)');
      await db.transaction(async (tx) => {
        const b = await repo.hapusBendahara(tx, actor.instansiId, id);
        if (!b) throw errors.notFound('Bendahara TPP');
        await recordAudit(tx, actor, actor.instansiId, { action: 'delete', entityType: 'bendahara_tpp', entityId: id, summary: 'Bendahara TPP dicabut', before: b });
      });
      return this.listBendahara(actor);
    },

    /** What the caller may download as a bendahara: their perangkat daerah's lists of the approved runs (empty for anyone else). */
    async daftarBendahara(actor: Actor): Promise<DaftarBendahara> {
      const milik = await repo.bendahara(db, actor.instansiId, actor.pegawaiId);
      const rows = await repo.daftarBendahara(db, actor.instansiId, milik.map((b) => b.unit_id));
      return { items: rows.map((r) => ({ runId: r.run_id, bulan: r.bulan, versi: r.versi, perangkatDaerah: { id: r.unit_id, nama: r.unit_nama }, jumlahPegawai: r.n, total: Number(r.total) })) };
    },

    /** My own TPP: the breakdown of a month's approved run (the newest month by default). */
    async saya(actor: Actor, q: TppSayaQuery): Promise<TppSaya> {
      const rows = await repo.milikPegawai(db, actor.instansiId, actor.pegawaiId);
      const pilih = q.bulan ? rows.find((r) => r.bulan === q.bulan) : rows[0];
      return {
        bulanTersedia: rows.map((r) => r.bulan),
        bulan: pilih?.bulan ?? q.bulan ?? null,
        runVersi: pilih?.versi ?? null,
        kelas: pilih?.kelas ?? null,
        predikat: (pilih?.predikat as Predikat | null | undefined) ?? null,
        rincian: (pilih?.rincian as RincianTpp | null | undefined) ?? null,
        gagal: pilih?.gagal ?? null,
      };
    },

    /** A keberatan decision changed a result: flag the runs that paid the pegawai on it (in the decision's transaction). */
    tandaiKeberatan: (tx: DbOrTx, actor: Actor, sasaran: { periodeId: string; unitIds: readonly string[] } | { pegawaiId: string; evaluasiId: string }) =>
      'evaluasiId' in sasaran ? repo.tandaiKeberatan(tx, actor.instansiId, sasaran.evaluasiId, 'Hasil penilaian yang dipakai berubah karena keputusan keberatan; periksa dan hitung ulang bila perlu') : Promise.resolve(0),
  };
}

export type TppService = ReturnType<typeof createTppService>;
