/**
 * The unit kerja rows: kode, nama, jenis, parent (by kode, in the database or in the same file;
 * no unit may end up below itself), perangkat daerah, alamat. Existing units (same kode) are
 * updated; parents are linked after every row is written, so the order of rows does not matter.
 */
import { and, eq } from 'drizzle-orm';
import { unitKerja } from '../db/schema.js';
import { JENIS_UNIT } from '@capaian/contract/organisasi';
import { blank, checkKodeNama, yaTidak, type JenisBaris } from './baris.js';

export const jenisUnit: JenisBaris = {
  kolom: [
    { key: 'kode', wajib: true, keterangan: 'Kode unik unit (huruf, angka, titik, garis bawah, tanda hubung)', contoh: 'DINKES.PKM-09' },
    { key: 'nama', wajib: true, keterangan: 'Nama unit kerja', contoh: 'UPT Puskesmas Sukamaju' },
    { key: 'jenis', wajib: true, keterangan: `Salah satu: ${JENIS_UNIT.join(', ')}`, contoh: 'PUSKESMAS' },
    { key: 'kode_induk', wajib: false, keterangan: 'Kode unit induk (kosong untuk unit paling atas)', contoh: 'DINKES' },
    { key: 'perangkat_daerah', wajib: false, keterangan: 'ya/tidak — apakah unit ini perangkat daerah', contoh: 'tidak' },
    { key: 'alamat', wajib: false, keterangan: 'Alamat', contoh: 'Jl. Melati No. 1' },
  ],

  async simpan({ tx, instansiId, rows, units, unitByKode, problems, add }) {
    let created = 0;
    let updated = 0;
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
    return { created, updated };
  },
};

const eqUnit = (i: string, id: string) => and(eq(unitKerja.instansiId, i), eq(unitKerja.id, id));
