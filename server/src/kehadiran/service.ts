/**
 * Kehadiran: BKPSDM imports the attendance machines' records (CSV/XLSX, all or nothing, upsert per
 * pegawai and date); the monthly discipline summary per pegawai (domain `ringkasKehadiran`) for the
 * pegawai, their superiors, the pengelola kinerja and BKPSDM, and per team for a superior.
 */
import {
  daysInMonth,
  JAM_MASUK_BAKU,
  KODE_STATUS_KEHADIRAN,
  menitDariJam,
  parseJam,
  parseStatusKehadiran,
  parseTanggalKehadiran,
  ringkasKehadiran,
  ringkasKehadiranTahun,
  STATUS_KEHADIRAN_LABEL,
  todayIn,
  type AturanTindakLanjut,
  type KehadiranHari,
  type StatusKehadiran,
  type ZonaWaktu,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import { bacaBarisImpor, imporDitolak, type BarisBermasalah } from '../core/impor-tabel.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { buildTemplate, toCsv } from '../core/spreadsheet.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { unitDalam } from '../organisasi/service.js';
import { kehadiranPolicy, type KehadiranRelation } from './policy.js';
import { kehadiranRepository as repo, type KehadiranBaru, type KehadiranRow } from './repository.js';
import type { Rekap, RekapQuery } from '@capaian/contract/kehadiran';

export const KOLOM_KEHADIRAN = [
  { key: 'tanggal', wajib: true, keterangan: 'Tanggal YYYY-MM-DD (atau DD/MM/YYYY)', contoh: '2026-03-02', text: true },
  { key: 'nip', wajib: true, keterangan: 'NIP 18 digit (ketik sebagai teks agar digit tidak hilang)', contoh: '199003172015031001', text: true },
  { key: 'jam_masuk', wajib: false, keterangan: 'Jam datang HH:MM (ketik sebagai teks; kosong bila tidak hadir)', contoh: '07:25', text: true },
  { key: 'jam_pulang', wajib: false, keterangan: 'Jam pulang HH:MM (ketik sebagai teks)', contoh: '16:05', text: true },
  {
    key: 'status',
    wajib: true,
    keterangan: `Salah satu: ${Object.values(STATUS_KEHADIRAN_LABEL).join(', ').toLowerCase()} — atau kodenya: ${Object.keys(KODE_STATUS_KEHADIRAN).join(', ')}`,
    contoh: 'hadir',
  },
];

/**
 * The follow-up stage's hook (the tindak-lanjut feature): in the import's transaction, propose the
 * discipline cases the imported attendance gives under the rules in force.
 */
export interface PengusulDisiplin {
  sinkronDisiplin(tx: DbOrTx, actor: Actor, pegawaiIds: readonly string[], tahun: { dari: number; sampai: number }, aturan: AturanTindakLanjut): Promise<unknown>;
}

export function createKehadiranService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, pengusul: PengusulDisiplin) {
  const zonaOf = async (instansiId: string): Promise<ZonaWaktu> => (await pengaturan.info(instansiId)).zona;

  async function bulanOf(instansiId: string, q: { tahun?: number | undefined; bulan?: number | undefined }) {
    const hariIni = todayIn(await zonaOf(instansiId), clock());
    const tahun = q.tahun ?? Number(hariIni.slice(0, 4));
    const bulan = q.bulan ?? (q.tahun ? 1 : Number(hariIni.slice(5, 7)));
    const mm = String(bulan).padStart(2, '0');
    return { tahun, bulan, dari: `${tahun}-${mm}-01`, sampai: `${tahun}-${mm}-${daysInMonth(tahun, bulan)}` };
  }

  /** Is the caller in the pegawai's chain of superiors (today)? Walks up two levels per lookup. */
  async function isAtasan(actor: Actor, pegawaiId: string) {
    return (await organisasi.rantaiAtasan(actor.instansiId, pegawaiId, actor.pegawaiId)).berantai;
  }

  const presentPegawai = (p: { id: string; nip: string; nama: string; jabatan: string }) => ({ id: p.id, nip: p.nip, nama: p.nama, jabatan: p.jabatan });
  const asHari = (r: KehadiranRow): KehadiranHari => ({ tanggal: r.tanggal, status: r.status as StatusKehadiran, jamMasuk: r.jamMasuk, jamPulang: r.jamPulang });

  return {
    async templat(actor: Actor, format: 'xlsx' | 'csv') {
      if (!kehadiranPolicy.canImport(actor)) throw errors.forbidden('mengimpor data kehadiran');
      return format === 'csv' ? Buffer.from(toCsv(KOLOM_KEHADIRAN), 'utf8') : buildTemplate(KOLOM_KEHADIRAN, 'kehadiran');
    },

    /** Every row is checked; any bad row refuses the whole file with every problem listed. One audit event. */
    async impor(actor: Actor, file: Buffer, filename: string) {
      if (!kehadiranPolicy.canImport(actor)) throw errors.forbidden('mengimpor data kehadiran');
      const rows = await bacaBarisImpor(file, filename, KOLOM_KEHADIRAN, 'kehadiran');

      const hariIni = todayIn(await zonaOf(actor.instansiId), clock());
      const pegawaiByNip = await repo.pegawaiByNip(db, actor.instansiId, rows.map((r) => (r.values.nip ?? '').trim()));
      const masalah: BarisBermasalah[] = [];
      const add = (baris: number, kolom: string, alasan: string) => masalah.push({ baris, kolom, alasan });
      const seen = new Map<string, number>();
      const values: KehadiranBaru[] = [];
      const at = clock();
      let dari = '9999-12-31';
      let sampai = '0000-01-01';

      for (const r of rows) {
        const v = r.values;
        const tanggalText = (v.tanggal ?? '').trim();
        const tanggal = parseTanggalKehadiran(tanggalText);
        if (!tanggalText) add(r.baris, 'tanggal', 'wajib diisi');
        else if (!tanggal) add(r.baris, 'tanggal', 'harus berupa tanggal TTTT-BB-HH atau DD/MM/YYYY yang valid');
        else if (tanggal > hariIni) add(r.baris, 'tanggal', 'tidak boleh setelah hari ini');

        const nip = (v.nip ?? '').trim();
        const pegawaiId = pegawaiByNip.get(nip);
        if (!nip) add(r.baris, 'nip', 'wajib diisi');
        else if (nip.startsWith('~')) add(r.baris, 'nip', 'NIP terbaca sebagai angka dan digitnya hilang; ketik NIP sebagai teks');
        else if (!pegawaiId) add(r.baris, 'nip', `NIP ${nip} tidak terdaftar di instansi ini`);

        const statusText = (v.status ?? '').trim();
        const status = parseStatusKehadiran(statusText);
        if (!statusText) add(r.baris, 'status', 'wajib diisi');
        else if (!status)
          add(r.baris, 'status', `"${statusText}" tidak dikenal; gunakan hadir, izin, sakit, cuti, dinas luar, tanpa keterangan atau kode H, I, S, C, DL, TK`);

        const jam = (kolom: 'jam_masuk' | 'jam_pulang') => {
          const text = (v[kolom] ?? '').trim();
          if (!text) return null;
          // A spreadsheet time stored as a plain number arrives as '~0.3125' (see impor/parse.ts).
          const j = parseJam(text.replace(/^~/, ''));
          if (!j) add(r.baris, kolom, `"${text}" bukan jam; tulis HH:MM, misalnya 07:30 (ketik sebagai teks)`);
          return j;
        };
        const jamMasuk = jam('jam_masuk');
        const jamPulang = jam('jam_pulang');
        if (jamMasuk && jamPulang && menitDariJam(jamPulang) < menitDariJam(jamMasuk)) add(r.baris, 'jam_pulang', 'lebih awal dari jam_masuk');

        if (pegawaiId && tanggal) {
          const key = `${pegawaiId}|${tanggal}`;
          const first = seen.get(key);
          if (first !== undefined) add(r.baris, 'tanggal', `NIP ${nip} pada tanggal ${tanggal} sudah ada di baris ${first}`);
          else seen.set(key, r.baris);
        }
        if (pegawaiId && tanggal && status) {
          values.push({ instansiId: actor.instansiId, pegawaiId, tanggal, status, jamMasuk, jamPulang, diimporAt: at });
          if (tanggal < dari) dari = tanggal;
          if (tanggal > sampai) sampai = tanggal;
        }
      }
      if (masalah.length) throw imporDitolak(masalah);
      // Read before the transaction (PGlite has one connection): the rules in force today.
      const { aturan } = await pengaturan.aturanPada(actor.instansiId, hariIni);

      return db.transaction(async (tx) => {
        const r = await repo.upsert(tx, values);
        await pengusul.sinkronDisiplin(tx, actor, [...new Set(values.map((x) => x.pegawaiId))], { dari: Number(dari.slice(0, 4)), sampai: Number(sampai.slice(0, 4)) }, aturan.tindakLanjut);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'kehadiran',
          entityId: null,
          summary: `Impor kehadiran dari ${filename}: ${r.baru} baru, ${r.diperbarui} diperbarui (${dari} s.d. ${sampai})`,
          after: { berkas: filename, baris: values.length, pegawai: new Set(values.map((x) => x.pegawaiId)).size, dari, sampai, diimpor: r.baru, diperbarui: r.diperbarui },
        });
        return { diimpor: r.baru, diperbarui: r.diperbarui };
      });
    },

    /** The monthly rekap of one pegawai (the caller by default). */
    async rekap(actor: Actor, q: RekapQuery): Promise<Rekap> {
      const pegawaiId = q.pegawaiId ?? actor.pegawaiId;
      const [p] = await repo.pegawaiRingkas(db, actor.instansiId, [pegawaiId]);
      if (!p) throw errors.notFound('Pegawai');
      const self = pegawaiId === actor.pegawaiId;
      const rel: KehadiranRelation = { self, atasan: false, pengelola: false };
      if (!self && !kehadiranPolicy.readsAll(actor)) {
        rel.pengelola = await unitDalam(db, actor.instansiId, p.unit_id, actor.pengelolaUnitIds);
        if (!rel.pengelola) rel.atasan = await isAtasan(actor, pegawaiId);
      }
      if (!kehadiranPolicy.canRead(actor, rel)) throw errors.forbidden('melihat kehadiran pegawai ini');
      const m = await bulanOf(actor.instansiId, q);
      const rows = await repo.ofPegawai(db, actor.instansiId, [pegawaiId], m.dari, m.sampai);
      const { hari, ringkasan } = ringkasKehadiran(m.tahun, m.bulan, rows.map(asHari), { jamMasukBaku: JAM_MASUK_BAKU });
      return { pegawai: presentPegawai(p), tahun: m.tahun, bulan: m.bulan, hari, ringkasan };
    },

    /**
     * A pegawai's discipline summary of a year, per month with records and in total, for the
     * annual rating screen. The caller (penilaian) has already checked that its reader may see the
     * pegawai's assessment; nothing here is shown to anyone else.
     */
    async ringkasanTahun(instansiId: string, pegawaiId: string, tahun: number) {
      const rows = await repo.ofPegawai(db, instansiId, [pegawaiId], `${tahun}-01-01`, `${tahun}-12-31`);
      return ringkasKehadiranTahun(tahun, rows.map(asHari), { jamMasukBaku: JAM_MASUK_BAKU });
    },

    /** The monthly summary of each of the caller's bawahan (empty for someone without a team). */
    async rekapTim(actor: Actor, q: { tahun?: number | undefined; bulan?: number | undefined }) {
      const m = await bulanOf(actor.instansiId, q);
      // The team as it was on the last day of the month (today for the current month).
      const hariIni = todayIn(await zonaOf(actor.instansiId), clock());
      const ids = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId, m.sampai < hariIni ? m.sampai : hariIni);
      const [people, rows] = await Promise.all([
        repo.pegawaiRingkas(db, actor.instansiId, ids),
        repo.ofPegawai(db, actor.instansiId, ids, m.dari, m.sampai),
      ]);
      const byPegawai = new Map<string, KehadiranHari[]>();
      for (const r of rows) {
        const list = byPegawai.get(r.pegawaiId);
        if (list) list.push(asHari(r));
        else byPegawai.set(r.pegawaiId, [asHari(r)]);
      }
      return {
        items: people.map((p) => ({
          pegawai: presentPegawai(p),
          ringkasan: ringkasKehadiran(m.tahun, m.bulan, byPegawai.get(p.id) ?? [], { jamMasukBaku: JAM_MASUK_BAKU }).ringkasan,
        })),
      };
    },
  };
}

export type KehadiranService = ReturnType<typeof createKehadiranService>;
