/**
 * Tindak lanjut (PP 30/2019 BAB VI): pemeringkatan — rankings of a period's final results per
 * unit, perangkat daerah and pemda by the pemda's tie-breaks (domain `peringkatkan`) — and
 * pelaporan — the pemda's annual report, distribution per perangkat daerah and jabatan type
 * against last year, as JSON, XLSX and PDF.
 */
import {
  DASAR_HUKUM,
  distribusiPredikat,
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  KRITERIA_PERINGKAT_LABEL,
  labelPeriode,
  peringkatkan,
  PREDIKAT_LABEL,
  PREDIKATS,
  RATING_LABEL,
  type JenisJabatan,
  type Predikat,
  type Rating,
} from '@capaian/domain';
import ExcelJS from 'exceljs';
import type { Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { buildUnitTree, namaLengkapBaris, perangkatDaerahOf, subtreeIds, unitsPada, type OrganisasiService } from '../organisasi/service.js';
import { createKasusService } from './kasus.js';
import { createPenghargaanService } from './penghargaan.js';
import { createSanksiService } from './sanksi.js';
import { createPengembanganService } from './pengembangan.js';
import type { Storage } from '../core/storage.js';
import { anggotaTimPada } from '../tim-penilai/service.js';
import type { BarisPeringkat, LaporanTahunanQuery, LaporanTahunanResponse, PeringkatQuery, PeringkatResponse } from '@capaian/contract/tindak-lanjut';
import { tindakLanjutPolicy } from './policy.js';
import { renderLaporanTahunanPdf } from './laporan-pdf.js';
import { tindakLanjutRepository as repo, type HasilRow, type PeriodeRow } from './repository.js';

type Distribusi = Record<Predikat, number>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createTindakLanjutService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, publicUrl: string, berkas: { storage: Storage; uploadMaxBytes: number }) {
  const kasus = createKasusService(db, organisasi, clock);
  const pengembangan = createPengembanganService(db, organisasi, pengaturan, clock, berkas);
  const penghargaan = createPenghargaanService(db, organisasi, pengaturan, clock, publicUrl);
  const sanksi = createSanksiService(db, organisasi, clock);
  /** The units of the instansi on the period's last day (today while it runs), as a tree. */
  async function pohon(instansiId: string, p: PeriodeRow) {
    const today = await pengaturan.hariIni(instansiId);
    const units = await unitsPada(db, instansiId, p.selesai < today ? p.selesai : today);
    return buildUnitTree(units);
  }

  /** The units the caller may see results of: all (null), or the subtrees they manage or head; 403 for nobody. */
  async function cakupan(actor: Actor, p: PeriodeRow, tree: Awaited<ReturnType<typeof pohon>>): Promise<Set<string> | null> {
    if (tindakLanjutPolicy.semuaUnit(actor, await anggotaTimPada(db, actor.instansiId, p.tahun, actor.pegawaiId))) return null;
    const roots = [...actor.pengelolaUnitIds, ...[...tree.byId.values()].filter((u) => u.kepala_pegawai_id === actor.pegawaiId).map((u) => u.id)];
    if (roots.length === 0) throw errors.forbidden('melihat peringkat kinerja (hanya BKPSDM, pimpinan, tim penilai, pengelola kinerja, dan kepala unit)');
    return subtreeIds(tree, roots);
  }

  /** The ranked group: every row ranked, with its place; rows of a result not final are only counted. */
  async function peringkatGrup(actor: Actor, q: Pick<PeringkatQuery, 'periodeId' | 'lingkup' | 'unitId'>) {
    const p = await repo.periode(db, actor.instansiId, q.periodeId);
    if (!p) throw errors.notFound('Periode penilaian');
    const tree = await pohon(actor.instansiId, p);
    const boleh = await cakupan(actor, p, tree);
    let unitIds: Set<string> | null = null;
    let unit: PeringkatResponse['unit'] = null;
    if (q.lingkup === 'PEMDA') {
      if (boleh) throw errors.forbidden('melihat peringkat seluruh pemda (pilih perangkat daerah atau unit Anda)');
    } else {
      const u = q.unitId ? tree.byId.get(q.unitId) : undefined;
      if (!u) throw errors.validation({ unitId: 'bukan unit kerja instansi ini' });
      if (q.lingkup === 'PERANGKAT_DAERAH' && !u.perangkat_daerah) throw errors.validation({ unitId: 'bukan perangkat daerah; pilih lingkup UNIT' });
      if (boleh && !boleh.has(u.id)) throw errors.forbidden('melihat peringkat unit di luar cakupan Anda');
      unitIds = subtreeIds(tree, [u.id]);
      const induk = u.parent_id ? tree.byId.get(u.parent_id) : undefined;
      unit = { id: u.id, nama: u.nama, induk: induk?.nama ?? null };
    }
    const [rows, aturan] = await Promise.all([repo.hasil(db, actor.instansiId, p.id, unitIds ? [...unitIds] : null), pengaturan.aturanVersi(actor.instansiId, p.aturan_versi)]);
    const kriteria = aturan.tindakLanjut.kriteriaPeringkat;
    const final = rows.filter((r): r is HasilRow & { predikat: Predikat; rating_hasil_kerja: Rating; rating_perilaku: Rating } => r.final && !!r.predikat && !!r.rating_hasil_kerja && !!r.rating_perilaku);
    const ranked = peringkatkan(
      final.map((r) => ({ r, predikat: r.predikat, ratingHasilKerja: r.rating_hasil_kerja, ratingPerilaku: r.rating_perilaku, rhkDiAtas: r.rhk_di_atas, rhkDiBawah: r.rhk_di_bawah, rhkJumlah: r.rhk_jumlah })),
      kriteria,
    );
    const baris: BarisPeringkat[] = ranked.map((x) => {
      const pd = perangkatDaerahOf(tree, x.r.unit_id);
      return {
        peringkat: x.peringkat,
        seri: x.seri,
        evaluasiId: x.r.evaluasi_id,
        pegawai: { id: x.r.pegawai_id, nama: namaLengkapBaris(x.r), nip: x.r.nip },
        jabatan: x.r.jabatan_nama,
        jenisJabatan: (JENIS_JABATAN as readonly string[]).includes(x.r.jabatan_jenis ?? '') ? (x.r.jabatan_jenis as JenisJabatan) : null,
        unit: { id: x.r.unit_id, nama: tree.byId.get(x.r.unit_id)?.nama ?? '-' },
        perangkatDaerah: pd ? { id: pd.id, nama: pd.nama } : null,
        predikat: x.predikat,
        ratingHasilKerja: x.ratingHasilKerja,
        ratingPerilaku: x.ratingPerilaku,
        rhkDiAtas: x.rhkDiAtas,
        rhkDiBawah: x.rhkDiBawah,
        rhkJumlah: x.rhkJumlah,
      };
    });
    return { p, unit, kriteria, baris, belumFinal: rows.length - final.length };
  }

  /** Final annual results of a year per perangkat daerah and jabatan type (null: no annual period). */
  async function distribusiTahun(instansiId: string, tahun: number) {
    const p = await repo.periodeTahunan(db, instansiId, tahun);
    if (!p) return null;
    const [rows, tree] = await Promise.all([repo.hasil(db, instansiId, p.id, null), pohon(instansiId, p)]);
    const kosong = () => ({ jumlah: 0, distribusi: distribusiPredikat([]) as Distribusi, nama: '' });
    const perPd = new Map<string, ReturnType<typeof kosong>>();
    const perJenis = new Map<string, ReturnType<typeof kosong>>();
    const total = kosong();
    let belumFinal = 0;
    for (const r of rows) {
      if (!r.final || !r.predikat) {
        belumFinal += 1;
        continue;
      }
      const pd = perangkatDaerahOf(tree, r.unit_id);
      const kunciPd = pd?.id ?? '-';
      const jenis = r.jabatan_jenis ?? '-';
      for (const [m, k, nama] of [
        [perPd, kunciPd, pd?.nama ?? '(di luar perangkat daerah)'],
        [perJenis, jenis, JENIS_JABATAN_LABEL[jenis as JenisJabatan] ?? '(tanpa jabatan)'],
      ] as const) {
        const g = m.get(k) ?? { ...kosong(), nama };
        g.jumlah += 1;
        g.distribusi[r.predikat as Predikat] += 1;
        m.set(k, g);
      }
      total.jumlah += 1;
      total.distribusi[r.predikat as Predikat] += 1;
    }
    return { p, perPd, perJenis, total, belumFinal };
  }

  async function laporanTahunan(actor: Actor, q: LaporanTahunanQuery): Promise<LaporanTahunanResponse> {
    if (!tindakLanjutPolicy.semuaUnit(actor, await anggotaTimPada(db, actor.instansiId, q.tahun, actor.pegawaiId)))
      throw errors.forbidden('melihat laporan kinerja tahunan pemda (hanya BKPSDM, pimpinan dan tim penilai)');
    const [ini, lalu] = await Promise.all([distribusiTahun(actor.instansiId, q.tahun), distribusiTahun(actor.instansiId, q.tahun - 1)]);
    const baris = (m: Map<string, { jumlah: number; distribusi: Distribusi; nama: string }> | undefined, mLalu: typeof m, urutan?: readonly string[]) =>
      [...(m ?? new Map()).entries()]
        .map(([kunci, g]) => {
          const l = mLalu?.get(kunci);
          return { kunci, nama: g.nama, jumlah: g.jumlah, distribusi: g.distribusi, tahunLalu: l ? { jumlah: l.jumlah, distribusi: l.distribusi } : null };
        })
        .sort((a, b) => (urutan ? urutan.indexOf(a.kunci) - urutan.indexOf(b.kunci) : a.nama.localeCompare(b.nama, 'id')));
    return {
      tahun: q.tahun,
      periode: ini ? { id: ini.p.id, label: labelPeriode(ini.p), status: ini.p.status } : null,
      dasarHukum: DASAR_HUKUM.tindakLanjut,
      total: ini ? { jumlah: ini.total.jumlah, distribusi: ini.total.distribusi, belumFinal: ini.belumFinal } : { jumlah: 0, distribusi: distribusiPredikat([]), belumFinal: 0 },
      totalTahunLalu: lalu ? { jumlah: lalu.total.jumlah, distribusi: lalu.total.distribusi } : null,
      perPerangkatDaerah: baris(ini?.perPd, lalu?.perPd),
      perJenisJabatan: baris(ini?.perJenis, lalu?.perJenis, [...JENIS_JABATAN, '-']),
    };
  }

  const predikatCols = PREDIKATS.map((x) => ({ header: PREDIKAT_LABEL[x], key: x, width: 13 }));

  return {
    /** Pembinaan cases: proposed by the rules, decided by people (kasus.ts). */
    kasus,
    /** Award rounds and their piagam (penghargaan.ts). */
    penghargaan,
    /** Sanctions as recorded, with corrections that keep the old record (sanksi.ts). */
    sanksi,
    /** Pengembangan kompetensi: catalogue, development plans, completed training, recaps. */
    pengembangan,

    async peringkat(actor: Actor, q: PeringkatQuery): Promise<PeringkatResponse> {
      const g = await peringkatGrup(actor, q);
      const cari = q.q?.toLowerCase();
      const tersaring = cari ? g.baris.filter((b) => b.pegawai.nama.toLowerCase().includes(cari) || b.pegawai.nip.includes(cari)) : g.baris;
      return {
        periode: { id: g.p.id, label: labelPeriode(g.p), jenis: g.p.jenis, tahun: g.p.tahun },
        lingkup: q.lingkup,
        unit: g.unit,
        kriteria: g.kriteria.map((k) => ({ kode: k, label: KRITERIA_PERINGKAT_LABEL[k] })),
        dasarHukum: DASAR_HUKUM.pemeringkatan,
        jumlah: g.baris.length,
        belumFinal: g.belumFinal,
        jumlahTersaring: tersaring.length,
        halaman: q.halaman,
        ukuran: q.ukuran,
        baris: tersaring.slice((q.halaman - 1) * q.ukuran, q.halaman * q.ukuran),
      };
    },

    async peringkatXlsx(actor: Actor, q: Pick<PeringkatQuery, 'periodeId' | 'lingkup' | 'unitId'>) {
      const g = await peringkatGrup(actor, q);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Capaian';
      const ws = wb.addWorksheet('Peringkat');
      const judul = `Peringkat kinerja ${labelPeriode(g.p)} — ${g.unit ? g.unit.nama : 'seluruh pemda'}`;
      ws.addRow([judul]);
      ws.addRow([`Urutan: predikat, lalu ${g.kriteria.map((k) => KRITERIA_PERINGKAT_LABEL[k].toLowerCase()).join(', ') || '(tanpa kriteria tambahan)'}. ${g.belumFinal} hasil belum final tidak diperingkat.`]);
      ws.addRow([DASAR_HUKUM.pemeringkatan]);
      ws.addRow([]);
      const header = ['Peringkat', 'Seri', 'NIP', 'Nama', 'Jabatan', 'Unit kerja', 'Perangkat daerah', 'Predikat', 'Rating hasil kerja', 'Rating perilaku', 'RHK di atas ekspektasi', 'RHK di bawah ekspektasi', 'Jumlah RHK dinilai'];
      ws.addRow(header).font = { bold: true };
      for (const b of g.baris)
        ws.addRow([
          b.peringkat,
          b.seri ? 'ya' : '',
          b.pegawai.nip,
          b.pegawai.nama,
          b.jabatan ?? '',
          b.unit.nama,
          b.perangkatDaerah?.nama ?? '',
          PREDIKAT_LABEL[b.predikat],
          RATING_LABEL[b.ratingHasilKerja],
          RATING_LABEL[b.ratingPerilaku],
          b.rhkDiAtas,
          b.rhkDiBawah,
          b.rhkJumlah,
        ]);
      [10, 6, 21, 34, 34, 34, 34, 16, 20, 20, 12, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
      ws.getColumn(3).numFmt = '@';
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      return { xlsx, jenis: XLSX, filename: `Peringkat-Kinerja-${bagianNamaBerkas(labelPeriode(g.p))}${g.unit ? `-${bagianNamaBerkas(g.unit.nama)}` : ''}.xlsx` };
    },

    laporanTahunan,

    async laporanTahunanXlsx(actor: Actor, q: LaporanTahunanQuery) {
      const l = await laporanTahunan(actor, q);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Capaian';
      for (const [nama, rows, label] of [
        ['Perangkat Daerah', l.perPerangkatDaerah, 'Perangkat daerah'],
        ['Jenis Jabatan', l.perJenisJabatan, 'Jenis jabatan'],
      ] as const) {
        const ws = wb.addWorksheet(nama);
        ws.columns = [
          { header: label, key: 'nama', width: 45 },
          { header: `Jumlah ${l.tahun}`, key: 'jumlah', width: 12 },
          ...predikatCols,
          { header: `Jumlah ${l.tahun - 1}`, key: 'jumlahLalu', width: 12 },
          ...PREDIKATS.map((x) => ({ header: `${PREDIKAT_LABEL[x]} ${l.tahun - 1}`, key: `${x}_lalu`, width: 15 })),
        ];
        const tambah = (n: string, jumlah: number, d: Distribusi, lalu: { jumlah: number; distribusi: Distribusi } | null) =>
          ws.addRow({ nama: n, jumlah, ...d, jumlahLalu: lalu?.jumlah ?? '', ...Object.fromEntries(PREDIKATS.map((x) => [`${x}_lalu`, lalu?.distribusi[x] ?? ''])) });
        for (const r of rows) tambah(r.nama, r.jumlah, r.distribusi, r.tahunLalu);
        tambah('Jumlah', l.total.jumlah, l.total.distribusi, l.totalTahunLalu).font = { bold: true };
      }
      const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
      return { xlsx, jenis: XLSX, filename: `Laporan-Kinerja-Tahunan-${l.tahun}.xlsx` };
    },

    async laporanTahunanPdf(actor: Actor, q: LaporanTahunanQuery) {
      const l = await laporanTahunan(actor, q);
      const info = await pengaturan.info(actor.instansiId);
      const pdf = await renderLaporanTahunanPdf(l, { instansi: info.nama, dicetak: await pengaturan.hariIni(actor.instansiId) });
      return { pdf, filename: `Laporan-Kinerja-Tahunan-${l.tahun}.pdf` };
    },
  };
}

export type TindakLanjutService = ReturnType<typeof createTindakLanjutService>;
