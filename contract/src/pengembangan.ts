/**
 * Pengembangan kompetensi: the catalogue, a pegawai's development page (needs, suggestions, plan,
 * completed training, hours), the team and BKPSDM recaps, and the one-page "tindak lanjut saya".
 * The rules (what a need is, how a training matches, what counts towards the JP) are in
 * @capaian/domain; these are the shapes on the wire.
 */
import { z } from 'zod';
import {
  BERAKHLAK_KODE,
  JENIS_KASUS,
  JENIS_KOMPETENSI,
  JENIS_PENGHARGAAN,
  KASUS_STATES,
  METODE_PELATIHAN,
  PelatihanSchema,
  RENCANA_PENGEMBANGAN_ACTIONS,
  RENCANA_PENGEMBANGAN_STATES,
  RencanaPengembanganIsiSchema,
  RiwayatPelatihanSchema,
  SUMBER_KEBUTUHAN,
} from '@capaian/domain';

const Tahun = z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(2000, 'paling kecil 2000').max(2100, 'paling besar 2100');
const RowVersion = z.number({ error: 'wajib diisi (versi data yang Anda lihat)' }).int('harus bilangan bulat').min(1, 'paling kecil 1');
const PegawaiRingkas = z.object({ id: z.uuid(), nama: z.string(), nip: z.string() });

// --- Catalogue

export const PelatihanInput = PelatihanSchema;
export type PelatihanInput = z.infer<typeof PelatihanInput>;
export const PelatihanUbah = PelatihanSchema.extend({ rowVersion: RowVersion });
export type PelatihanUbah = z.infer<typeof PelatihanUbah>;

export const Pelatihan = z.object({
  id: z.uuid(),
  kode: z.string(),
  judul: z.string(),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI),
  metode: z.enum(METODE_PELATIHAN),
  jp: z.number().int(),
  penyelenggara: z.string(),
  kataKunci: z.array(z.string()),
  nilaiBerakhlak: z.array(z.enum(BERAKHLAK_KODE)),
  aktif: z.boolean(),
  rowVersion: z.number().int(),
});
export type Pelatihan = z.infer<typeof Pelatihan>;

export const KatalogQuery = z.object({
  q: z.string().trim().max(100, 'paling panjang 100 karakter').optional(),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI, { error: 'harus TEKNIS, MANAJERIAL atau SOSIAL_KULTURAL' }).optional(),
  /** Inactive entries too (BKPSDM's editing view). */
  semua: z.enum(['true', 'false'], { error: 'harus true atau false' }).optional(),
});
export type KatalogQuery = z.infer<typeof KatalogQuery>;
export const KatalogList = z.object({ items: z.array(Pelatihan), can: z.object({ ubah: z.boolean() }) });
export type KatalogList = z.infer<typeof KatalogList>;

export const ImporKatalogResult = z.object({ dibuat: z.number().int(), diperbarui: z.number().int() });
export type ImporKatalogResult = z.infer<typeof ImporKatalogResult>;

// --- A pegawai's development page

export const Kebutuhan = z.object({
  sumber: z.enum(SUMBER_KEBUTUHAN),
  uraian: z.string(),
  asal: z.string(),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI).nullable(),
  nilaiBerakhlak: z.enum(BERAKHLAK_KODE).nullable(),
});
export type Kebutuhan = z.infer<typeof Kebutuhan>;

export const Saran = z.object({
  pelatihan: Pelatihan,
  kebutuhan: z.array(z.object({ uraian: z.string(), sumber: z.enum(SUMBER_KEBUTUHAN), alasan: z.array(z.string()) })),
});
export type Saran = z.infer<typeof Saran>;

export const ItemRencana = z.object({
  pelatihanId: z.uuid().nullable(),
  judul: z.string(),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI),
  jp: z.number().int(),
  kebutuhan: z.string().nullable(),
  bulanTarget: z.number().int().nullable(),
});
export type ItemRencana = z.infer<typeof ItemRencana>;

export const Rencana = z.object({
  id: z.uuid(),
  status: z.enum(RENCANA_PENGEMBANGAN_STATES),
  items: z.array(ItemRencana),
  jp: z.number().int(),
  catatan: z.string().nullable(),
  catatanAtasan: z.string().nullable(),
  ditulisOleh: z.string().nullable(),
  diajukanAt: z.string().nullable(),
  disepakatiOleh: z.string().nullable(),
  disepakatiAt: z.string().nullable(),
  /** Earlier agreed versions kept by a revision. */
  versiSebelumnya: z.array(z.object({ items: z.array(ItemRencana), disepakatiAt: z.string().nullable(), direvisiAt: z.string() })),
  rowVersion: z.number().int(),
});
export type Rencana = z.infer<typeof Rencana>;

export const Riwayat = z.object({
  id: z.uuid(),
  pegawai: PegawaiRingkas,
  tahun: z.number().int(),
  pelatihanId: z.uuid().nullable(),
  judul: z.string(),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI),
  metode: z.enum(METODE_PELATIHAN),
  jp: z.number().int(),
  penyelenggara: z.string(),
  tanggalMulai: z.string(),
  tanggalSelesai: z.string(),
  nomorSertifikat: z.string().nullable(),
  /** The certificate's display name and size; null until uploaded (the JP does not count yet). */
  sertifikat: z.object({ nama: z.string(), mime: z.string(), ukuran: z.number().int() }).nullable(),
  dicatatOleh: z.string().nullable(),
  createdAt: z.string(),
  can: z.object({ unggahSertifikat: z.boolean(), hapus: z.boolean() }),
});
export type Riwayat = z.infer<typeof Riwayat>;

export const RekapJp = z.object({
  target: z.number().int(),
  selesai: z.number().int(),
  tanpaSertifikat: z.number().int(),
  terencana: z.number().int(),
  kekurangan: z.number().int(),
  memenuhi: z.boolean(),
});
export type RekapJp = z.infer<typeof RekapJp>;

export const PengembanganCan = z.object({
  ubahRencana: z.boolean(),
  ajukan: z.boolean(),
  sepakati: z.boolean(),
  kembalikan: z.boolean(),
  revisi: z.boolean(),
  catatPelatihan: z.boolean(),
});
export type PengembanganCan = z.infer<typeof PengembanganCan>;

export const PengembanganPegawai = z.object({
  pegawai: PegawaiRingkas.extend({ jabatan: z.string().nullable(), unit: z.string().nullable() }),
  tahun: z.number().int(),
  rencana: Rencana.nullable(),
  kebutuhan: z.array(Kebutuhan),
  saran: z.array(Saran),
  riwayat: z.array(Riwayat),
  jp: RekapJp,
  dasarHukum: z.string(),
  can: PengembanganCan,
});
export type PengembanganPegawai = z.infer<typeof PengembanganPegawai>;

export const TahunQuery = z.object({ tahun: Tahun.optional() });
export type TahunQuery = z.infer<typeof TahunQuery>;

export const SimpanRencana = RencanaPengembanganIsiSchema.extend({
  tahun: Tahun,
  /** The version seen; absent only when no plan exists yet. */
  rowVersion: RowVersion.optional(),
});
export type SimpanRencana = z.infer<typeof SimpanRencana>;

export const AksiRencana = z
  .object({
    tahun: Tahun,
    aksi: z.enum(RENCANA_PENGEMBANGAN_ACTIONS, { error: 'harus ajukan, sepakati, kembalikan atau revisi' }),
    rowVersion: RowVersion,
    catatan: z.string().trim().max(2000, 'paling panjang 2000 karakter').optional(),
  })
  .refine((v) => v.aksi !== 'kembalikan' || (v.catatan ?? '').length > 0, { error: 'tuliskan apa yang perlu diperbaiki', path: ['catatan'] });
export type AksiRencana = z.infer<typeof AksiRencana>;

export const RiwayatInput = RiwayatPelatihanSchema;
export type RiwayatInput = z.infer<typeof RiwayatInput>;

// --- Team view and the one-page summary

export const LINGKUP_RINGKASAN = ['SAYA', 'TIM'] as const;
export const RingkasanQuery = z.object({
  lingkup: z.enum(LINGKUP_RINGKASAN, { error: 'harus SAYA atau TIM' }).default('SAYA'),
  tahun: Tahun.optional(),
});
export type RingkasanQuery = z.infer<typeof RingkasanQuery>;

export const BarisRingkasan = z.object({
  pegawai: PegawaiRingkas.extend({ jabatan: z.string().nullable() }),
  penghargaan: z.array(z.object({ id: z.uuid(), jenis: z.enum(JENIS_PENGHARGAAN), nomor: z.string().nullable(), tanggal: z.string().nullable(), ronde: z.string() })),
  pembinaanTerbuka: z.array(z.object({ id: z.uuid(), jenis: z.enum(JENIS_KASUS), status: z.enum(KASUS_STATES), alasan: z.string() })),
  rencana: z.object({ status: z.enum(RENCANA_PENGEMBANGAN_STATES), jp: z.number().int(), jumlahKegiatan: z.number().int() }).nullable(),
  jp: RekapJp,
});
export type BarisRingkasan = z.infer<typeof BarisRingkasan>;
export const Ringkasan = z.object({ tahun: z.number().int(), items: z.array(BarisRingkasan) });
export type Ringkasan = z.infer<typeof Ringkasan>;

// --- BKPSDM's recap

export const RekapQuery = z.object({
  tahun: Tahun.optional(),
  /** One perangkat daerah: also the list of who is below the target. */
  perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional(),
});
export type RekapQuery = z.infer<typeof RekapQuery>;

export const RekapPengembangan = z.object({
  tahun: z.number().int(),
  targetJp: z.number().int(),
  dasarHukum: z.string(),
  perangkatDaerah: z.array(
    z.object({ unit: z.object({ id: z.uuid(), nama: z.string() }), jumlahPegawai: z.number().int(), memenuhi: z.number().int(), diBawahTarget: z.number().int(), rataJp: z.number() }),
  ),
  kebutuhanTerbanyak: z.array(z.object({ pelatihanId: z.uuid().nullable(), judul: z.string(), jenisKompetensi: z.enum(JENIS_KOMPETENSI), jumlahPegawai: z.number().int() })),
  /** With a perangkat daerah: its pegawai below the target, fewest hours first (at most 500). */
  diBawahTarget: z.array(z.object({ pegawai: PegawaiRingkas, unit: z.string(), jp: z.number().int(), kekurangan: z.number().int(), rencana: z.enum(RENCANA_PENGEMBANGAN_STATES).nullable() })).nullable(),
});
export type RekapPengembangan = z.infer<typeof RekapPengembangan>;
