/** The talent map: the nine-box, potential scores, vacant posts and their candidates. Rules are in @capaian/domain. */
import { z } from 'zod';
import { JENIS_JABATAN, KELOMPOK_TALENTA, SkorPotensiSchema, TINGKAT_TALENTA } from '@capaian/domain';

const PegawaiRingkas = z.object({ id: z.uuid(), nama: z.string(), nip: z.string() });

export const PetaQuery = z.object({
  perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional(),
  jenisJabatan: z.enum(JENIS_JABATAN, { error: 'jenis jabatan tidak dikenal' }).optional(),
  /** The box whose people are listed (1–9). */
  kotak: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(9, 'paling besar 9').optional(),
});
export type PetaQuery = z.infer<typeof PetaQuery>;

export const AnggotaKotak = z.object({
  pegawai: PegawaiRingkas,
  jabatan: z.string().nullable(),
  jenisJabatan: z.enum(JENIS_JABATAN).nullable(),
  unit: z.string().nullable(),
  kotak: z.number().int(),
  kinerja: z.enum(TINGKAT_TALENTA),
  potensi: z.enum(TINGKAT_TALENTA),
  skorPotensi: z.number().int(),
  sumberPotensi: z.string(),
  tanggalPotensi: z.string(),
  predikat: z.array(z.string()),
});
export type AnggotaKotak = z.infer<typeof AnggotaKotak>;

export const PetaTalenta = z.object({
  kotak: z.array(z.object({ kotak: z.number().int(), kinerja: z.enum(TINGKAT_TALENTA), potensi: z.enum(TINGKAT_TALENTA), kelompok: z.enum(KELOMPOK_TALENTA), jumlah: z.number().int() })),
  /** In scope but not on the map: no annual result yet, or no potential score. */
  tanpaKinerja: z.number().int(),
  tanpaPotensi: z.number().int(),
  /** The people of the box asked for (at most 500). */
  anggota: z.array(AnggotaKotak),
  can: z.object({ catatPotensi: z.boolean(), impor: z.boolean() }),
});
export type PetaTalenta = z.infer<typeof PetaTalenta>;

export const PotensiInput = SkorPotensiSchema;
export type PotensiInput = z.infer<typeof PotensiInput>;
export const Potensi = z.object({ id: z.uuid(), skor: z.number().int(), sumber: z.string(), tanggal: z.string() });
export type Potensi = z.infer<typeof Potensi>;

export const ImporPotensiResult = z.object({ diimpor: z.number().int() });
export type ImporPotensiResult = z.infer<typeof ImporPotensiResult>;

export const Lowongan = z.object({ jabatan: z.object({ id: z.uuid(), nama: z.string(), jenis: z.enum(JENIS_JABATAN) }), unit: z.string(), perangkatDaerah: z.string().nullable() });
export const LowonganList = z.object({ items: z.array(Lowongan) });
export type LowonganList = z.infer<typeof LowonganList>;
export const CalonLowongan = z.object({ lowongan: Lowongan, kosong: z.boolean(), calon: z.array(AnggotaKotak.extend({ perangkatDaerahSama: z.boolean() })) });
export type CalonLowongan = z.infer<typeof CalonLowongan>;

/** One pegawai's place on the map (what the tim penilai sees beside a recommendation); null parts when not placed. */
export const TalentaPegawai = z.object({
  pegawai: PegawaiRingkas,
  kotak: z.number().int().nullable(),
  kelompok: z.enum(KELOMPOK_TALENTA).nullable(),
  kinerja: z.enum(TINGKAT_TALENTA).nullable(),
  potensi: z.enum(TINGKAT_TALENTA).nullable(),
  skorPotensi: z.number().int().nullable(),
  sumberPotensi: z.string().nullable(),
  predikat: z.array(z.string()),
});
export type TalentaPegawai = z.infer<typeof TalentaPegawai>;
