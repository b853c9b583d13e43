import { nipError, validateGolongan, validateJabatan, type JenisAsn } from '@capaian/domain';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { hasRole, type Actor } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { jabatan, pegawai, unitKerja } from '../db/schema.js';
import { recordAudit } from '../audit/service.js';
import { IsoDate, JENIS_JABATAN, JENIS_UNIT, JENJANG } from '@capaian/contract/organisasi';
import { STATUS_PEGAWAI } from '@capaian/contract/pegawai';
import { buildTemplate, readTable, toCsv, type RawRow } from '../core/spreadsheet.js';

import { JENIS_IMPOR, type JenisImpor } from '@capaian/contract/impor';

export { JENIS_IMPOR, type JenisImpor };

type Column = { key: string; wajib: boolean; keterangan: string; contoh: string; text?: boolean };

export const KOLOM: Record<JenisImpor, Column[]> = {
  unit: [
    { key: 'kode', wajib: true, keterangan: 'Kode unik unit (huruf, angka, titik, garis bawah, tanda hubung)', contoh: 'DINKES.PKM-09' },
    { key: 'nama', wajib: true, keterangan: 'Nama unit kerja', contoh: 'UPT Puskesmas Sukamaju' },
    { key: 'jenis', wajib: true, keterangan: `Salah satu: ${JENIS_UNIT.join(', ')}`, contoh: 'PUSKESMAS' },
    { key: 'kode_induk', wajib: false, keterangan: 'Kode unit induk (kosong untuk unit paling atas)', contoh: 'DINKES' },
    { key: 'perangkat_daerah', wajib: false, keterangan: 'ya/tidak — apakah unit ini perangkat daerah', contoh: 'tidak' },
    { key: 'alamat', wajib: false, keterangan: 'Alamat', contoh: 'Jl. Melati No. 1' },
  ],
  jabatan: [
    { key: 'kode', wajib: true, keterangan: 'Kode unik jabatan', contoh: 'DINKES.PKM-09.PERAWAT-AP' },
    { key: 'nama', wajib: true, keterangan: 'Nama jabatan', contoh: 'Perawat Ahli Pertama' },
    { key: 'jenis', wajib: true, keterangan: `Salah satu: ${JENIS_JABATAN.join(', ')}`, contoh: 'FUNGSIONAL' },
    { key: 'jenjang', wajib: false, keterangan: `Untuk FUNGSIONAL: ${JENJANG.join(', ')}`, contoh: 'AHLI_PERTAMA' },
    { key: 'kode_unit', wajib: true, keterangan: 'Kode unit kerja tempat jabatan ini', contoh: 'DINKES.PKM-09' },
    { key: 'kepala_unit', wajib: false, keterangan: 'ya/tidak — jabatan ini kepala unitnya (pejabat penilai bawahannya)', contoh: 'tidak' },
    { key: 'kelas', wajib: false, keterangan: 'Kelas jabatan 1–17', contoh: '8' },
  ],
  pegawai: [
    { key: 'nip', wajib: true, keterangan: 'NIP 18 digit (ketik sebagai teks agar digit tidak hilang)', contoh: '199001152015032004', text: true },
    { key: 'nama', wajib: true, keterangan: 'Nama tanpa gelar', contoh: 'Siti Rahmawati' },
    { key: 'gelar_depan', wajib: false, keterangan: 'Gelar depan', contoh: '' },
    { key: 'gelar_belakang', wajib: false, keterangan: 'Gelar belakang', contoh: 'S.Kep., Ners' },
    { key: 'jenis_asn', wajib: true, keterangan: 'PNS atau PPPK', contoh: 'PNS' },
    { key: 'golongan', wajib: true, keterangan: 'PNS: I/a … IV/e; PPPK: I … XVII', contoh: 'III/a' },
    { key: 'kode_jabatan', wajib: true, keterangan: 'Kode jabatan yang dipangku', contoh: 'DINKES.PKM-09.PERAWAT-AP' },
    { key: 'tmt_jabatan', wajib: false, keterangan: 'Tanggal TMT jabatan (YYYY-MM-DD)', contoh: '2024-01-02' },
    { key: 'status', wajib: false, keterangan: `Salah satu: ${STATUS_PEGAWAI.join(', ')} (bawaan AKTIF)`, contoh: 'AKTIF' },
    { key: 'email', wajib: false, keterangan: 'Alamat e-mail dinas', contoh: '' },
  ],
};

export interface ImportProblem {
  baris: number;
  kolom: string;
  pesan: string;
}

const yaTidak = (v: string | undefined) => ['ya', 'y', 'true', '1'].includes((v ?? '').toLowerCase());
const blank = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);
const KodeRe = /^[A-Za-z0-9._-]{1,40}$/;

/** The kode (format, unique in the file) and nama columns every organisation row has; returns the kode. */
function checkKodeNama(r: RawRow, fileKodes: Map<string, number>, add: (baris: number, kolom: string, pesan: string) => void) {
  const kode = blank(r.values.kode);
  if (!kode) add(r.baris, 'kode', 'wajib diisi');
  else if (!KodeRe.test(kode)) add(r.baris, 'kode', 'hanya huruf, angka, titik, garis bawah atau tanda hubung (maks. 40)');
  else if (fileKodes.has(kode)) add(r.baris, 'kode', `kode ganda (juga di baris ${fileKodes.get(kode)})`);
  else fileKodes.set(kode, r.baris);
  if (!blank(r.values.nama)) add(r.baris, 'nama', 'wajib diisi');
  return kode;
}

/** Import policy: the same people who manage the organisation import it. */
const canImport = (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM');

export function createImporService(db: Db) {
  return {
    async template(actor: Actor, jenis: JenisImpor, format: 'xlsx' | 'csv') {
      if (!canImport(actor)) throw errors.forbidden('mengimpor data');
      const cols = KOLOM[jenis];
      return format === 'csv' ? Buffer.from(toCsv(cols), 'utf8') : buildTemplate(cols, jenis);
    },

    /**
     * Validates every row, then writes all of them in one transaction — or nothing, with the list
     * of every bad row, column and reason. Existing records (same kode / NIP) are updated.
     */
    async importFile(actor: Actor, jenis: JenisImpor, file: Buffer, filename: string) {
      if (!canImport(actor)) throw errors.forbidden('mengimpor data');
      let rows: RawRow[];
      try {
        rows = await readTable(file, filename);
      } catch {
        throw errors.badRequest('unreadable_file', 'Berkas tidak dapat dibaca. Gunakan format XLSX atau CSV sesuai templat.');
      }
      if (rows.length === 0) throw errors.badRequest('empty_file', 'Berkas tidak berisi baris data.');
      const missing = KOLOM[jenis].filter((c) => c.wajib && !(c.key in (rows[0]?.values ?? {})));
      if (missing.length)
        throw new AppError('impor_ditolak', `Kolom wajib tidak ada: ${missing.map((m) => m.key).join(', ')}.`, {
          kolom: missing.map((m) => m.key).join(', '),
        });
      const instansiId = actor.instansiId;
      const problems: ImportProblem[] = [];
      const add = (baris: number, kolom: string, pesan: string) => problems.push({ baris, kolom, pesan });

      const result = await db.transaction(async (tx) => {
        const units = await tx
          .select({ id: unitKerja.id, kode: unitKerja.kode, parentId: unitKerja.parentId })
          .from(unitKerja)
          .where(eq(unitKerja.instansiId, instansiId));
        const unitByKode = new Map(units.map((u) => [u.kode, u.id]));
        let created = 0;
        let updated = 0;

        if (jenis === 'unit') {
          const fileKodes = new Map<string, number>();
          for (const r of rows) {
            const v = r.values;
            const kode = checkKodeNama(r, fileKodes, add);
            if (!(JENIS_UNIT as readonly string[]).includes(v.jenis ?? '')) add(r.baris, 'jenis', `harus salah satu dari ${JENIS_UNIT.join(', ')}`);
            const induk = blank(v.kode_induk);
            if (induk && !unitByKode.has(induk) && !rows.some((o) => blank(o.values.kode) === induk))
              add(r.baris, 'kode_induk', `unit induk "${induk}" tidak ditemukan`);
            if (induk && induk === kode) add(r.baris, 'kode_induk', 'tidak boleh sama dengan kode unit itu sendiri');
          }
          // The tree as it would be after this file: refuse any unit that would end up below itself.
          const kodeById = new Map(units.map((u) => [u.id, u.kode]));
          const parentOf = new Map(units.map((u) => [u.kode, u.parentId ? (kodeById.get(u.parentId) ?? null) : null]));
          for (const r of rows) {
            const kode = blank(r.values.kode);
            if (kode && fileKodes.get(kode) === r.baris) parentOf.set(kode, blank(r.values.kode_induk));
          }
          for (const r of rows) {
            const kode = blank(r.values.kode);
            const induk = blank(r.values.kode_induk);
            if (!kode || !induk || induk === kode || fileKodes.get(kode) !== r.baris) continue;
            const seen = new Set<string>([kode]);
            for (let up: string | null | undefined = induk; up; up = parentOf.get(up)) {
              if (seen.has(up)) {
                add(r.baris, 'kode_induk', `unit induk "${induk}" berada di bawah unit ini`);
                break;
              }
              seen.add(up);
            }
          }
          if (problems.length) return { problems };
          // Insert or update without parents first, then link parents, so order in the file does not matter.
          for (const r of rows) {
            const v = r.values;
            const kode = v.kode!.trim();
            const values = {
              nama: v.nama!.trim(),
              jenis: v.jenis!.trim(),
              perangkatDaerah: yaTidak(v.perangkat_daerah),
              alamat: blank(v.alamat),
              updatedAt: new Date(),
            };
            const existing = unitByKode.get(kode);
            if (existing) {
              await tx.update(unitKerja).set(values).where(eqUnit(instansiId, existing));
              updated++;
            } else {
              const [ins] = await tx.insert(unitKerja).values({ ...values, instansiId, kode }).returning({ id: unitKerja.id });
              if (ins) unitByKode.set(kode, ins.id);
              created++;
            }
          }
          for (const r of rows) {
            const induk = blank(r.values.kode_induk);
            const id = unitByKode.get(r.values.kode!.trim());
            if (id) await tx.update(unitKerja).set({ parentId: induk ? (unitByKode.get(induk) ?? null) : null }).where(eqUnit(instansiId, id));
          }
        }

        if (jenis === 'jabatan') {
          const existing = await tx
            .select({ id: jabatan.id, kode: jabatan.kode, unitId: jabatan.unitId, kepalaUnit: jabatan.kepalaUnit })
            .from(jabatan)
            .where(eq(jabatan.instansiId, instansiId));
          const byKode = new Map(existing.map((j) => [j.kode, j]));
          const fileKodes = new Map<string, number>();
          const headOfUnit = new Map<string, string>();
          for (const j of existing) if (j.kepalaUnit) headOfUnit.set(j.unitId, j.kode);
          for (const r of rows) {
            const v = r.values;
            const kode = checkKodeNama(r, fileKodes, add);
            const jenisJ = v.jenis ?? '';
            if (!(JENIS_JABATAN as readonly string[]).includes(jenisJ)) add(r.baris, 'jenis', `harus salah satu dari ${JENIS_JABATAN.join(', ')}`);
            else {
              const e = validateJabatan({ jenis: jenisJ, jenjang: blank(v.jenjang) });
              if (e) add(r.baris, 'jenjang', e);
            }
            const unitId = unitByKode.get(v.kode_unit ?? '');
            if (!unitId) add(r.baris, 'kode_unit', `unit "${v.kode_unit ?? ''}" tidak ditemukan`);
            const kelas = blank(v.kelas);
            if (kelas && !/^(1[0-7]|[1-9])$/.test(kelas)) add(r.baris, 'kelas', 'harus bilangan bulat 1–17');
            if (unitId && kode && yaTidak(v.kepala_unit)) {
              const head = headOfUnit.get(unitId);
              if (head && head !== kode) add(r.baris, 'kepala_unit', `unit ini sudah punya jabatan kepala (${head})`);
              else headOfUnit.set(unitId, kode);
            }
          }
          if (problems.length) return { problems };
          for (const r of rows) {
            const v = r.values;
            const kode = v.kode!.trim();
            const values = {
              nama: v.nama!.trim(),
              jenis: v.jenis!.trim(),
              jenjang: blank(v.jenjang),
              unitId: unitByKode.get(v.kode_unit!.trim())!,
              kepalaUnit: yaTidak(v.kepala_unit),
              kelas: blank(v.kelas) ? Number(v.kelas) : null,
              updatedAt: new Date(),
            };
            const ex = byKode.get(kode);
            if (ex) {
              await tx.update(jabatan).set(values).where(eqJabatan(instansiId, ex.id));
              updated++;
            } else {
              await tx.insert(jabatan).values({ ...values, instansiId, kode });
              created++;
            }
          }
        }

        if (jenis === 'pegawai') {
          const jabs = await tx
            .select({ id: jabatan.id, kode: jabatan.kode, kepalaUnit: jabatan.kepalaUnit })
            .from(jabatan)
            .where(eq(jabatan.instansiId, instansiId));
          const jabByKode = new Map(jabs.map((j) => [j.kode, j]));
          const peg = await tx
            .select({ id: pegawai.id, nip: pegawai.nip, jabatanId: pegawai.jabatanId, status: pegawai.status })
            .from(pegawai)
            .where(eq(pegawai.instansiId, instansiId));
          const pegByNip = new Map(peg.map((p) => [p.nip, p]));
          // Head jabatan → holder NIP, as it will be after this import.
          const headHolder = new Map<string, string>();
          const headIds = new Set(jabs.filter((j) => j.kepalaUnit).map((j) => j.id));
          const fileNips = new Map<string, number>();
          for (const p of peg) if (headIds.has(p.jabatanId) && p.status !== 'PENSIUN') headHolder.set(p.jabatanId, p.nip);
          for (const r of rows) {
            const v = r.values;
            const nip = (v.nip ?? '').trim();
            const jenisAsn = (v.jenis_asn ?? '').trim().toUpperCase();
            if (jenisAsn !== 'PNS' && jenisAsn !== 'PPPK') add(r.baris, 'jenis_asn', 'harus PNS atau PPPK');
            if (nip.startsWith('~')) add(r.baris, 'nip', 'NIP terbaca sebagai angka dan digitnya hilang; ketik NIP sebagai teks');
            else if (!nip) add(r.baris, 'nip', 'wajib diisi');
            else if (jenisAsn === 'PNS' || jenisAsn === 'PPPK') {
              const e = nipError(nip, jenisAsn as JenisAsn);
              if (e) add(r.baris, 'nip', e);
            }
            if (nip && fileNips.has(nip)) add(r.baris, 'nip', `NIP ganda (juga di baris ${fileNips.get(nip)})`);
            else if (nip) fileNips.set(nip, r.baris);
            const nama = blank(v.nama);
            if (!nama || nama.length < 2) add(r.baris, 'nama', 'wajib diisi (paling sedikit 2 karakter)');
            if (jenisAsn === 'PNS' || jenisAsn === 'PPPK') {
              const e = validateGolongan(jenisAsn as JenisAsn, (v.golongan ?? '').trim());
              if (e) add(r.baris, 'golongan', e);
            }
            const jab = jabByKode.get((v.kode_jabatan ?? '').trim());
            const status = blank(v.status)?.toUpperCase() ?? 'AKTIF';
            if (!(STATUS_PEGAWAI as readonly string[]).includes(status)) add(r.baris, 'status', `harus salah satu dari ${STATUS_PEGAWAI.join(', ')}`);
            if (!jab) add(r.baris, 'kode_jabatan', `jabatan "${v.kode_jabatan ?? ''}" tidak ditemukan`);
            else if (jab.kepalaUnit && status !== 'PENSIUN') {
              const holder = headHolder.get(jab.id);
              if (holder && holder !== nip) add(r.baris, 'kode_jabatan', `jabatan kepala ini sudah dipangku NIP ${holder}`);
              else headHolder.set(jab.id, nip);
            }
            const tmt = blank(v.tmt_jabatan);
            if (tmt && !IsoDate.safeParse(tmt).success) add(r.baris, 'tmt_jabatan', 'harus berupa tanggal TTTT-BB-HH');
            const email = blank(v.email);
            if (email && !z.email().safeParse(email).success) add(r.baris, 'email', 'alamat e-mail tidak valid');
          }
          if (problems.length) return { problems };
          for (const r of rows) {
            const v = r.values;
            const nip = v.nip!.trim();
            const values = {
              nama: v.nama!.trim(),
              gelarDepan: blank(v.gelar_depan),
              gelarBelakang: blank(v.gelar_belakang),
              jenisAsn: v.jenis_asn!.trim().toUpperCase(),
              golongan: v.golongan!.trim(),
              jabatanId: jabByKode.get(v.kode_jabatan!.trim())!.id,
              tmtJabatan: blank(v.tmt_jabatan),
              status: blank(v.status)?.toUpperCase() ?? 'AKTIF',
              email: blank(v.email),
              updatedAt: new Date(),
            };
            const ex = pegByNip.get(nip);
            if (ex) {
              await tx.update(pegawai).set(values).where(eqPegawai(instansiId, ex.id));
              updated++;
            } else {
              await tx.insert(pegawai).values({ ...values, instansiId, nip });
              created++;
            }
          }
        }

        await recordAudit(tx, actor, instansiId, {
          action: 'import',
          entityType: jenis === 'unit' ? 'unit_kerja' : jenis,
          entityId: null,
          summary: `Impor ${jenis} dari ${filename}: ${created} baru, ${updated} diperbarui`,
          after: { berkas: filename, baru: created, diperbarui: updated, kunci: rows.map((r) => r.values.kode ?? r.values.nip) },
        });
        return { created, updated };
      });

      if ('problems' in result && result.problems) {
        throw new AppError(
          'impor_ditolak',
          `Berkas ditolak: ${result.problems.length} kesalahan. Tidak ada data yang disimpan.`,
          undefined,
          { problems: result.problems },
        );
      }
      return { baru: result.created, diperbarui: result.updated, total: rows.length };
    },
  };
}

const eqUnit = (i: string, id: string) => and(eq(unitKerja.instansiId, i), eq(unitKerja.id, id));
const eqJabatan = (i: string, id: string) => and(eq(jabatan.instansiId, i), eq(jabatan.id, id));
const eqPegawai = (i: string, id: string) => and(eq(pegawai.instansiId, i), eq(pegawai.id, id));
