/**
 * Bulk entry of progress, the rules that need the database: the XLSX template of the caller's
 * (or, for a pengelola kinerja, a unit's) rencana aksi, and the import of a filled-in file — every
 * row checked (whose RHK, which period, already assessed), all rows or none. Reading the file and
 * the per-row format checks are in `impor.ts`.
 */
import { randomUUID } from 'node:crypto';
import { periodsOf } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import { publish } from '../core/events.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { berlaku, cekTanggal, dinilai } from './context.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { realisasiRepository as repo, type ImportRow } from './repository.js';
import { bacaImpor, buatTemplat } from './impor.js';

export function createImporProgresService(db: Db, organisasi: OrganisasiService, pengaturan: Pick<PengaturanInstansi, 'info'>) {
  return {
    /**
     * The XLSX template: the caller's rencana aksi of the year (up to this period), or — with
     * `unitId`, for the pengelola kinerja of that unit — every pegawai's, one block per pegawai.
     */
    async templat(actor: Actor, q: { tahun?: number | undefined; unitId?: string | undefined }) {
      const hariIni = await organisasi.today(actor.instansiId);
      const tahun = q.tahun ?? Number(hariIni.slice(0, 4));
      const sampai = hariIni < `${tahun}-12-31` ? hariIni : `${tahun}-12-31`;
      if (q.unitId) {
        const units = await repo.subtree(db, actor.instansiId, actor.pengelolaUnitIds);
        if (!units.has(q.unitId)) throw errors.forbidden('mengunduh templat unit ini (hanya pengelola kinerja unit tersebut)');
      }
      const rows = await repo.templat(db, actor.instansiId, q.unitId ? { unitId: q.unitId } : { pegawaiId: actor.pegawaiId }, tahun, sampai);
      const labels = periodsOf(tahun, (await pengaturan.info(actor.instansiId)).periodeKinerja).map((p) => p.label);
      return buatTemplat(rows, { denganNip: !!q.unitId, tahun, labelPeriode: (n) => labels[n - 1] ?? String(n) });
    },

    /**
     * Imports progress from an XLSX/CSV file: every row is checked; any bad row refuses the whole
     * file (400 impor_ditolak, each problem with its row and column); otherwise all rows are
     * written in one transaction with multi-row inserts, one audit event for the import.
     */
    async impor(actor: Actor, buffer: Buffer, filename: string) {
      const baris = await bacaImpor(buffer, filename);
      const hariIni = await organisasi.today(actor.instansiId);
      const masalah: Array<{ baris: number; kolom: string; alasan: string }> = [];
      const add = (b: number, kolom: string, alasan: string) => masalah.push({ baris: b, kolom, alasan });
      for (const p of baris.masalah) add(p.baris, p.kolom, p.alasan);

      // Load everything the rows refer to, a constant number of queries.
      const nips = [...new Set(baris.data.map((r) => r.nip).filter((n): n is string => !!n))];
      const raIds = [...new Set(baris.data.map((r) => r.rencanaAksiId).filter((x): x is string => !!x))];
      const [pegawaiRows, units, raRows] = await Promise.all([
        repo.pegawaiByNip(db, actor.instansiId, nips),
        nips.some((n) => n !== actor.nip) ? repo.subtree(db, actor.instansiId, actor.pengelolaUnitIds) : Promise.resolve(new Set<string>()),
        repo.rencanaAksiKonteks(db, actor.instansiId, raIds),
      ]);
      const raById = new Map(raRows.map((r) => [r.id, r]));
      const rhkIds = [...new Set([...baris.data.map((r) => r.rhkId), ...raRows.map((r) => r.rhk_id)].filter((x): x is string => !!x))];
      const rhkById = new Map((await repo.rhkKonteks(db, actor.instansiId, rhkIds)).map((r) => [r.id, r]));
      const pegawaiByNip = new Map(pegawaiRows.map((p) => [p.nip, p]));

      const values: ImportRow[] = [];
      const cekDinilai: Array<{ baris: number; pegawaiId: string; tanggal: string }> = [];
      for (const r of baris.data) {
        let pegawaiId = actor.pegawaiId;
        if (r.nip && r.nip !== actor.nip) {
          const p = pegawaiByNip.get(r.nip);
          if (!p) {
            add(r.baris, 'nip', 'pegawai dengan NIP ini tidak ditemukan');
            continue;
          }
          if (!units.has(p.unit_id)) {
            add(r.baris, 'nip', 'Anda bukan pengelola kinerja unit pegawai ini');
            continue;
          }
          pegawaiId = p.id;
        }
        const ra = r.rencanaAksiId ? raById.get(r.rencanaAksiId) : undefined;
        if (r.rencanaAksiId && !ra) {
          add(r.baris, 'rencana_aksi_id', 'rencana aksi tidak ditemukan');
          continue;
        }
        if (ra && r.rhkId && ra.rhk_id !== r.rhkId) {
          add(r.baris, 'rencana_aksi_id', 'rencana aksi bukan milik RHK pada kolom rhk_id');
          continue;
        }
        const rhkId = ra?.rhk_id ?? r.rhkId;
        const rhk = rhkId ? rhkById.get(rhkId) : undefined;
        if (!rhk || rhk.pegawai_id !== pegawaiId) {
          add(r.baris, ra ? 'rencana_aksi_id' : 'rhk_id', pegawaiId === actor.pegawaiId ? 'bukan RHK pada SKP Anda' : 'bukan RHK pada SKP pegawai ini');
          continue;
        }
        if (!berlaku(rhk.status)) {
          add(r.baris, ra ? 'rencana_aksi_id' : 'rhk_id', 'SKP untuk RHK ini belum disetujui');
          continue;
        }
        const salah = cekTanggal(r.tanggal, hariIni, { mulai: rhk.mulai, selesai: rhk.selesai }, ra ? { mulai: ra.mulai, selesai: ra.selesai } : null);
        if (salah) {
          add(r.baris, 'tanggal', salah);
          continue;
        }
        cekDinilai.push({ baris: r.baris, pegawaiId, tanggal: r.tanggal });
        values.push({
          id: randomUUID(),
          pegawaiId,
          skpId: rhk.skp_id,
          rhkId: rhk.id,
          rencanaAksiId: ra?.id ?? null,
          indikatorId: ra?.indikator_id ?? null,
          tanggal: r.tanggal,
          uraian: r.uraian,
          jumlah: r.jumlah,
          dicatatOleh: actor.pegawaiId,
        });
      }
      const terkunci = await dinilai(db, actor.instansiId, cekDinilai);
      for (const c of cekDinilai) if (terkunci.has(`${c.pegawaiId}|${c.tanggal}`)) add(c.baris, 'tanggal', 'periode ini sudah dinilai');
      if (masalah.length) {
        masalah.sort((a, b) => a.baris - b.baris);
        throw new AppError(
          'impor_ditolak',
          `Berkas ditolak: ${masalah.length} kesalahan${masalah.length > 500 ? ' (500 pertama ditampilkan)' : ''}. Tidak ada data yang disimpan.`,
          undefined,
          { baris: masalah.slice(0, 500) },
        );
      }
      const pegawai = new Map<string, string>();
      for (const v of values) pegawai.set(v.pegawaiId, v.id);
      await db.transaction(async (tx) => {
        await repo.insertMany(tx, actor.instansiId, values);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'realisasi',
          entityId: null,
          summary: `Impor progres dari ${filename.slice(0, 80)}: ${values.length} entri untuk ${pegawai.size} pegawai`,
          after: { berkas: filename, jumlah: values.length, pegawai: [...pegawai.keys()] },
        });
        for (const [pegawaiId, realisasiId] of pegawai) await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId, realisasiId });
      });
      return { dibuat: values.length };
    },
  };
}
