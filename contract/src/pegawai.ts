import { JENIS_ASN, STATUS_PEGAWAI } from '@capaian/domain';
import { z } from 'zod';
import { Atasan, Can, IsoDate, JenisJabatan } from './organisasi';

export { STATUS_PEGAWAI };
export const StatusPegawai = z.enum(STATUS_PEGAWAI);
export const JenisAsn = z.enum(JENIS_ASN);

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `paling banyak ${max} karakter`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const PegawaiInput = z.object({
  nip: z.string().trim().min(1, 'wajib diisi'),
  nama: z.string().trim().min(2, 'paling sedikit 2 karakter').max(150, 'paling banyak 150 karakter'),
  gelarDepan: optText(40),
  gelarBelakang: optText(60),
  jenisAsn: JenisAsn,
  golongan: z.string().trim().min(1, 'wajib diisi'),
  jabatanId: z.uuid('harus berupa id jabatan'),
  tmtJabatan: IsoDate.nullable().optional().transform((v) => v ?? null),
  status: StatusPegawai.default('AKTIF'),
  email: z.email('alamat e-mail tidak valid').nullable().optional().transform((v) => v ?? null),
});
export type PegawaiInput = z.infer<typeof PegawaiInput>;

export const PegawaiListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid('harus berupa id unit').optional(),
  jenisAsn: JenisAsn.optional(),
  jenisJabatan: JenisJabatan.optional(),
  golongan: z.string().trim().max(10).optional(),
  status: StatusPegawai.optional(),
  page: z.coerce.number().int().min(1, 'paling kecil 1').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'paling besar 100').default(20),
});
export type PegawaiListQuery = z.infer<typeof PegawaiListQuery>;

export const PegawaiItem = z.object({
  id: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  namaLengkap: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jenisAsn: z.string(),
  golongan: z.string(),
  pangkat: z.string().nullable(),
  jabatanId: z.uuid(),
  jabatanNama: z.string(),
  jenisJabatan: z.string(),
  jenjang: z.string().nullable(),
  kepalaUnit: z.boolean(),
  unitId: z.uuid(),
  unitNama: z.string(),
  perangkatDaerahNama: z.string().nullable(),
  tmtJabatan: z.string().nullable(),
  status: z.string(),
  email: z.string().nullable(),
  can: Can,
});

export const PegawaiPage = z.object({
  items: z.array(PegawaiItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const PegawaiDetail = PegawaiItem.extend({
  tanggalLahir: z.string().nullable(),
  jenisKelamin: z.enum(['L', 'P']).nullable(),
  atasan: Atasan,
  plt: z.array(
    z.object({ jenis: z.string(), jabatanNama: z.string(), unitNama: z.string(), tanggalMulai: z.string(), tanggalSelesai: z.string() }),
  ),
  akun: z
    .object({ id: z.uuid(), roles: z.array(z.string()), aktif: z.boolean() })
    .nullable(),
});

// Types of the schemas above, for the web app (import type).
export type StatusPegawai = z.infer<typeof StatusPegawai>;
export type JenisAsn = z.infer<typeof JenisAsn>;
export type PegawaiItem = z.infer<typeof PegawaiItem>;
export type PegawaiPage = z.infer<typeof PegawaiPage>;
export type PegawaiDetail = z.infer<typeof PegawaiDetail>;
/** POST/PUT /pegawai as a client sends it (optional fields and the default status may be left out). */
export type PegawaiBody = z.input<typeof PegawaiInput>;
