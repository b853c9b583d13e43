import { JENIS_JABATAN, JENIS_UNIT, JENJANGS } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';

export { IsoDate };

export { JENIS_UNIT };
export const JenisUnit = z.enum(JENIS_UNIT);

// The vocabulary of jabatan is the regulation's: it lives in domain/.
export { JENIS_JABATAN, JENJANGS as JENJANG };
export const JenisJabatan = z.enum(JENIS_JABATAN);
export const Jenjang = z.enum(JENJANGS);

const text = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);
const kode = z
  .string()
  .trim()
  .min(1, 'wajib diisi')
  .max(40, 'paling banyak 40 karakter')
  .regex(/^[A-Za-z0-9._-]+$/, 'hanya huruf, angka, titik, garis bawah atau tanda hubung');

/** What the caller may do with one unit, jabatan, Plt record or pegawai (sent with each). */
export const Can = z.object({ read: z.boolean(), update: z.boolean(), delete: z.boolean() });

export const UnitInput = z.object({
  parentId: z.uuid('harus berupa id unit').nullable(),
  kode,
  nama: text(200),
  jenis: JenisUnit,
  perangkatDaerah: z.boolean().default(false),
  alamat: z.string().trim().max(300).nullable().optional(),
  aktif: z.boolean().default(true),
});
export type UnitInput = z.infer<typeof UnitInput>;

export const Unit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  perangkatDaerah: z.boolean(),
  alamat: z.string().nullable(),
  aktif: z.boolean(),
  /** Pegawai whose jabatan is in this unit itself. */
  jumlahPegawai: z.number().int(),
  /** Pegawai in this unit and every unit below it. */
  jumlahPegawaiTotal: z.number().int(),
  kepala: z
    .object({ pegawaiId: z.uuid(), nama: z.string(), nip: z.string(), plt: z.enum(['PLT', 'PLH']).nullable() })
    .nullable(),
  can: Can,
});

export const JabatanInput = z.object({
  unitId: z.uuid('harus berupa id unit'),
  kode,
  nama: text(200),
  jenis: JenisJabatan,
  jenjang: Jenjang.nullable().default(null),
  kepalaUnit: z.boolean().default(false),
  kelas: z.number().int().min(1).max(17).nullable().default(null),
});
export type JabatanInput = z.infer<typeof JabatanInput>;

export const Jabatan = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitNama: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  jenjang: z.string().nullable(),
  kepalaUnit: z.boolean(),
  kelas: z.number().nullable(),
  jumlahPemangku: z.number().int(),
  can: Can,
});

export const PltInput = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  jabatanId: z.uuid('harus berupa id jabatan'),
  jenis: z.enum(['PLT', 'PLH']),
  tanggalMulai: IsoDate,
  tanggalSelesai: IsoDate,
  nomorSk: z.string().trim().max(100).nullable().optional(),
});
export type PltInput = z.infer<typeof PltInput>;

export const Plt = z.object({
  id: z.uuid(),
  pegawaiId: z.uuid(),
  pegawaiNama: z.string(),
  pegawaiNip: z.string(),
  jabatanId: z.uuid(),
  jabatanNama: z.string(),
  unitNama: z.string(),
  jenis: z.enum(['PLT', 'PLH']),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  nomorSk: z.string().nullable(),
  can: Can,
});

export const PegawaiRingkas = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  namaLengkap: z.string(),
  golongan: z.string(),
  jabatanNama: z.string(),
  unitNama: z.string(),
  sebagai: z.enum(['DEFINITIF', 'PLT', 'PLH']),
});

export const Atasan = z.object({
  tanggal: z.string(),
  pejabatPenilai: PegawaiRingkas.nullable(),
  atasanPejabatPenilai: PegawaiRingkas.nullable(),
  /** When the chain ends at the head of the region (not an ASN record). */
  kepalaDaerah: z.object({ nama: z.string().nullable(), jabatan: z.string() }).nullable(),
});
export type Atasan = z.infer<typeof Atasan>;
export type PegawaiRingkas = z.infer<typeof PegawaiRingkas>;

export const JabatanQuery = z.object({ unitId: z.uuid('harus berupa id unit').optional(), q: z.string().trim().max(100).optional() });
export type JabatanQuery = z.infer<typeof JabatanQuery>;
export const PltQuery = z.object({
  pegawaiId: z.uuid().optional(),
  jabatanId: z.uuid().optional(),
  aktifPada: IsoDate.optional(),
});
export type PltQuery = z.infer<typeof PltQuery>;
export const TanggalQuery = z.object({ tanggal: IsoDate.optional() });

// Types of the schemas above, for the web app (import type).
export type JenisUnit = z.infer<typeof JenisUnit>;
export type JenisJabatan = z.infer<typeof JenisJabatan>;
export type Jenjang = z.infer<typeof Jenjang>;
export type Can = z.infer<typeof Can>;
export type Unit = z.infer<typeof Unit>;
export type Jabatan = z.infer<typeof Jabatan>;
export type Plt = z.infer<typeof Plt>;
export type TanggalQuery = z.infer<typeof TanggalQuery>;
/** POST/PUT /unit-kerja and /jabatan as a client sends them (defaulted fields may be left out). */
export type UnitBody = z.input<typeof UnitInput>;
export type JabatanBody = z.input<typeof JabatanInput>;
