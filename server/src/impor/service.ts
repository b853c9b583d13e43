/**
 * The people import (units, jabatan, pegawai from CSV or XLSX): the templates, and the import of
 * a file — read through core/spreadsheet, every bad row of the whole file collected, all rows
 * written in one transaction or none, one audit event. The rules of each kind of row (its
 * columns, checks and the values it writes) are in `unit.ts`, `jabatan.ts` and `pegawai.ts`.
 */
import { eq } from 'drizzle-orm';
import { hasRole, type Actor } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { unitKerja } from '../db/schema.js';
import { recordAudit } from '../audit/service.js';
import { sesiBerubah } from '../auth/service.js';
import { buildTemplate, melampauiBatas, readTable, toCsv, type RawRow } from '../core/spreadsheet.js';
import type { Column, ImportProblem, JenisBaris } from './baris.js';
import { jenisJabatan } from './jabatan.js';
import { jenisPegawai } from './pegawai.js';
import { jenisUnit } from './unit.js';

import { JENIS_IMPOR, type HasilImpor, type JenisImpor, type PerubahanPegawai } from '@capaian/contract/impor';

export { JENIS_IMPOR, type JenisImpor };
export type { ImportProblem };

const JENIS: Record<JenisImpor, JenisBaris> = { unit: jenisUnit, jabatan: jenisJabatan, pegawai: jenisPegawai };

export const KOLOM: Record<JenisImpor, Column[]> = { unit: jenisUnit.kolom, jabatan: jenisJabatan.kolom, pegawai: jenisPegawai.kolom };

/** Thrown to roll a dry run's transaction back, carrying what the import would have done. */
type Ringkasan = { created: number; updated: number; perubahan: PerubahanPegawai[]; tanpaAkun: number | null };
class Pratinjau extends Error {
  constructor(readonly hasil: Ringkasan) {
    super('pratinjau');
  }
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
     * `pratinjau` (a dry run) runs the very same reading, checks and writes, then rolls the
     * transaction back: the answer is exactly what the import would do, and nothing is kept
     * (no audit event either).
     */
    async importFile(actor: Actor, jenis: JenisImpor, file: Buffer, filename: string, pratinjau = false): Promise<HasilImpor> {
      if (!canImport(actor)) throw errors.forbidden('mengimpor data');
      let rows: RawRow[];
      try {
        rows = await readTable(file, filename);
      } catch (e) {
        if (melampauiBatas(e)) throw e;
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

      const jalankan = () => db.transaction(async (tx): Promise<Ringkasan | { problems: ImportProblem[] }> => {
        const units = await tx
          .select({ id: unitKerja.id, kode: unitKerja.kode, parentId: unitKerja.parentId })
          .from(unitKerja)
          .where(eq(unitKerja.instansiId, instansiId));
        const unitByKode = new Map(units.map((u) => [u.kode, u.id]));

        // The rows of this kind: checked all, then written only when none is bad.
        const hasil = await JENIS[jenis].simpan({ tx, instansiId, rows, units, unitByKode, problems, add });
        if ('problems' in hasil) return { problems: hasil.problems };
        const { created, updated } = hasil;
        const ringkasan: Ringkasan = { created, updated, perubahan: hasil.perubahan ?? [], tanpaAkun: hasil.tanpaAkun ?? null };
        if (pratinjau) throw new Pratinjau(ringkasan);

        await recordAudit(tx, actor, instansiId, {
          action: 'import',
          entityType: jenis === 'unit' ? 'unit_kerja' : jenis,
          entityId: null,
          summary: `Impor ${jenis} dari ${filename}: ${created} baru, ${updated} diperbarui`,
          after: { berkas: filename, baru: created, diperbarui: updated, kunci: rows.map((r) => r.values.kode ?? r.values.nip) },
        });
        return ringkasan;
      });
      const result = await jalankan().catch((e: unknown) => {
        if (e instanceof Pratinjau) return e.hasil;
        throw e;
      });

      if ('problems' in result) {
        throw new AppError(
          'impor_ditolak',
          `Berkas ditolak: ${result.problems.length} kesalahan. Tidak ada data yang disimpan.`,
          undefined,
          { problems: result.problems },
        );
      }
      // Names may have changed: this process's cached sessions go at once (others on the triggers' event).
      if (jenis === 'pegawai' && !pratinjau && result.updated > 0) sesiBerubah(null);
      return { baru: result.created, diperbarui: result.updated, total: rows.length, pratinjau, perubahan: result.perubahan, tanpaAkun: result.tanpaAkun };
    },
  };
}
