/**
 * The jabatan rows: kode, nama, jenis and jenjang (the domain's rule), the unit (by kode), whether
 * it heads its unit (one head jabatan per unit, counting the file), kelas 1–17. Existing jabatan
 * (same kode) are updated.
 */
import { validateJabatan } from '@capaian/domain';
import { and, eq } from 'drizzle-orm';
import { jabatan } from '../db/schema.js';
import { JENIS_JABATAN, JENJANG } from '@capaian/contract/organisasi';
import { blank, checkKodeNama, yaTidak, type JenisBaris } from './baris.js';

export const jenisJabatan: JenisBaris = {
  kolom: [
    { key: 'kode', wajib: true, keterangan: 'Kode unik jabatan', contoh: 'DINKES.PKM-09.PERAWAT-AP' },
    { key: 'nama', wajib: true, keterangan: 'Nama jabatan', contoh: 'Perawat Ahli Pertama' },
    { key: 'jenis', wajib: true, keterangan: `Salah satu: ${JENIS_JABATAN.join(', ')}`, contoh: 'FUNGSIONAL' },
    { key: 'jenjang', wajib: false, keterangan: `Untuk FUNGSIONAL: ${JENJANG.join(', ')}`, contoh: 'AHLI_PERTAMA' },
    { key: 'kode_unit', wajib: true, keterangan: 'Kode unit kerja tempat jabatan ini', contoh: 'DINKES.PKM-09' },
    { key: 'kepala_unit', wajib: false, keterangan: 'ya/tidak — jabatan ini kepala unitnya (pejabat penilai bawahannya)', contoh: 'tidak' },
    { key: 'kelas', wajib: false, keterangan: 'Kelas jabatan 1–17', contoh: '8' },
  ],

  async simpan({ tx, instansiId, rows, unitByKode, problems, add }) {
    let created = 0;
    let updated = 0;
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
    return { created, updated };
  },
};

const eqJabatan = (i: string, id: string) => and(eq(jabatan.instansiId, i), eq(jabatan.id, id));
