/**
 * Database schema (Drizzle). Every tenant table carries `instansi_id` as the first column of
 * its primary key and of every foreign key, so the schema can later be distributed by
 * `instansi_id` (Citus) and a row can never point at another pemda's row.
 * Migrations are generated from this file into server/migrations/ and committed.
 */
import {
  CAPAIAN_ORGANISASI,
  EVALUASI_STATES,
  HASIL_PERBAIKAN,
  HUBUNGAN_360,
  JENIS_ASN,
  JENIS_KASUS,
  JENIS_PENGHARGAAN,
  JENIS_SANKSI,
  JENIS_KOMPETENSI,
  METODE_PELATIHAN,
  JENIS_ENTRI_AK,
  TPP_RUN_STATES,
  JENJANGS,
  RENCANA_PENGEMBANGAN_STATES,
  KASUS_STATES,
  RONDE_PENGHARGAAN_STATES,
  JENIS_BIMBINGAN,
  KEBERATAN_HASIL,
  KEBERATAN_STATES,
  PERIODE_KINDS,
  PREDIKATS,
  RATINGS,
  ROLES,
  SKP_STATES,
  STATUS_BIMBINGAN,
  STATUS_KEHADIRAN,
  STATUS_NOMINASI_360,
  STATUS_PEGAWAI,
  ZONA_WAKTU,
} from '@capaian/domain';
import { JENIS_REKOMENDASI } from '@capaian/contract/tim-penilai';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { checkIn } from './sql-list.js';

/** Period kinds of an assessment: the instansi's periodic kinds and the annual one. */
const JENIS_PERIODE_PENILAIAN = [...PERIODE_KINDS, 'TAHUNAN'] as const;

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const instansi = pgTable(
  'instansi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    jenis: text('jenis').notNull(),
    zonaWaktu: text('zona_waktu').notNull().default('WIB'),
    kepalaDaerahNama: text('kepala_daerah_nama'),
    kepalaDaerahJabatan: text('kepala_daerah_jabatan').notNull().default('Kepala Daerah'),
    /** The instansi's period for rencana aksi and periodic assessment. */
    periodeKinerja: text('periode_kinerja').notNull().default('BULANAN'),
    /** Remind a pegawai who has recorded no progress for this many days. */
    pengingatRealisasiHari: integer('pengingat_realisasi_hari').notNull().default(7),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('instansi_kode_uq').on(t.kode),
    check('instansi_jenis_ck', sql`${t.jenis} in ('PROVINSI','KABUPATEN','KOTA')`),
    check('instansi_zona_ck', checkIn(t.zonaWaktu, ZONA_WAKTU)),
    check('instansi_periode_ck', checkIn(t.periodeKinerja, PERIODE_KINDS)),
    check('instansi_pengingat_ck', sql`${t.pengingatRealisasiHari} between 1 and 60`),
  ],
);

/**
 * The instansi's aturan penilaian (domain `AturanPenilaianSchema`: curve, pimpinan mapping,
 * keberatan days, SKP deadlines, the pengelola review, suggestion thresholds), one row per version.
 * A version applies from `berlaku_mulai` (the first day of the period after the change); no row
 * means the domain defaults. One version per start date: a second change before it applies
 * replaces the pending one.
 */
export const aturanPenilaian = pgTable(
  'aturan_penilaian',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    versi: integer('versi').notNull(),
    berlakuMulai: date('berlaku_mulai', { mode: 'string' }).notNull(),
    isi: jsonb('isi').notNull(),
    dibuatOleh: uuid('dibuat_oleh'),
    dibuatAt: ts('dibuat_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'aturan_penilaian_pk', columns: [t.instansiId, t.versi] }),
    unique('aturan_penilaian_mulai_uq').on(t.instansiId, t.berlakuMulai),
    check('aturan_penilaian_versi_ck', sql`${t.versi} >= 1`),
  ],
);

export const unitKerja = pgTable(
  'unit_kerja',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    id: uuid('id').notNull().defaultRandom(),
    parentId: uuid('parent_id'),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    jenis: text('jenis').notNull(),
    /** A perangkat daerah (dinas, badan, kecamatan, sekretariat) rather than a unit inside one. */
    perangkatDaerah: boolean('perangkat_daerah').notNull().default(false),
    alamat: text('alamat'),
    aktif: boolean('aktif').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'unit_kerja_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'unit_kerja_parent_fk',
      columns: [t.instansiId, t.parentId],
      foreignColumns: [t.instansiId, t.id],
    }),
    unique('unit_kerja_kode_uq').on(t.instansiId, t.kode),
    index('unit_kerja_parent_ix').on(t.instansiId, t.parentId),
  ],
);

export const jabatan = pgTable(
  'jabatan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    jenis: text('jenis').notNull(),
    jenjang: text('jenjang'),
    /** This jabatan heads its unit: its holder (or the Plt/Plh in office) is the unit's pejabat penilai. */
    kepalaUnit: boolean('kepala_unit').notNull().default(false),
    kelas: integer('kelas'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'jabatan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'jabatan_unit_fk',
      columns: [t.instansiId, t.unitId],
      foreignColumns: [unitKerja.instansiId, unitKerja.id],
    }),
    unique('jabatan_kode_uq').on(t.instansiId, t.kode),
    index('jabatan_unit_ix').on(t.instansiId, t.unitId),
    uniqueIndex('jabatan_satu_kepala_uq')
      .on(t.instansiId, t.unitId)
      .where(sql`${t.kepalaUnit}`),
  ],
);

export const pegawai = pgTable(
  'pegawai',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    nip: text('nip').notNull(),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    jenisAsn: text('jenis_asn').notNull(),
    golongan: text('golongan').notNull(),
    jabatanId: uuid('jabatan_id').notNull(),
    tmtJabatan: date('tmt_jabatan', { mode: 'string' }),
    status: text('status').notNull().default('AKTIF'),
    email: text('email'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'pegawai_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'pegawai_jabatan_fk',
      columns: [t.instansiId, t.jabatanId],
      foreignColumns: [jabatan.instansiId, jabatan.id],
    }),
    unique('pegawai_nip_uq').on(t.instansiId, t.nip),
    index('pegawai_jabatan_ix').on(t.instansiId, t.jabatanId),
    index('pegawai_nama_ix').on(t.instansiId, t.nama),
    check('pegawai_jenis_asn_ck', checkIn(t.jenisAsn, JENIS_ASN)),
    check(
      'pegawai_status_ck',
      checkIn(t.status, STATUS_PEGAWAI),
    ),
  ],
);

/** Plt (pelaksana tugas) / Plh (pelaksana harian): acting in a head jabatan for a date range. */
export const penugasanPlt = pgTable(
  'penugasan_plt',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jabatanId: uuid('jabatan_id').notNull(),
    jenis: text('jenis').notNull(),
    tanggalMulai: date('tanggal_mulai', { mode: 'string' }).notNull(),
    tanggalSelesai: date('tanggal_selesai', { mode: 'string' }).notNull(),
    nomorSk: text('nomor_sk'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'penugasan_plt_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'penugasan_plt_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'penugasan_plt_jabatan_fk',
      columns: [t.instansiId, t.jabatanId],
      foreignColumns: [jabatan.instansiId, jabatan.id],
    }),
    index('penugasan_plt_jabatan_ix').on(t.instansiId, t.jabatanId, t.tanggalMulai),
    check('penugasan_plt_jenis_ck', sql`${t.jenis} in ('PLT','PLH')`),
    check('penugasan_plt_range_ck', sql`${t.tanggalSelesai} >= ${t.tanggalMulai}`),
  ],
);

export const userAccount = pgTable(
  'user_account',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** Login name: the pegawai's NIP. Unique across the deployment (a NIP is national). */
    nip: text('nip').notNull(),
    passwordHash: text('password_hash').notNull(),
    aktif: boolean('aktif').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: ts('last_login_at'),
    /** When the account finished the first-login tour (bantuan); null: it is shown. */
    turSelesaiPada: ts('tur_selesai_pada'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'user_account_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'user_account_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
    unique('user_account_nip_uq').on(t.nip),
    unique('user_account_pegawai_uq').on(t.instansiId, t.pegawaiId),
  ],
);

/** Roles of an account; PENGELOLA_KINERJA is scoped to one perangkat daerah (unit_id). */
export const userRole = pgTable(
  'user_role',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'user_role_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'user_role_user_fk',
      columns: [t.instansiId, t.userId],
      foreignColumns: [userAccount.instansiId, userAccount.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'user_role_unit_fk',
      columns: [t.instansiId, t.unitId],
      foreignColumns: [unitKerja.instansiId, unitKerja.id],
    }),
    index('user_role_user_ix').on(t.instansiId, t.userId),
    check(
      'user_role_role_ck',
      checkIn(t.role, ROLES),
    ),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    instansiId: uuid('instansi_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    foreignKey({
      name: 'session_user_fk',
      columns: [t.instansiId, t.userId],
      foreignColumns: [userAccount.instansiId, userAccount.id],
    }).onDelete('cascade'),
    index('session_user_ix').on(t.instansiId, t.userId),
  ],
);

/**
 * Devices that have signed in to an account (the hash of their login device cookie): their failed
 * logins are throttled on their own, apart from unknown devices' (auth/pembatas-masuk.ts).
 */
export const perangkatMasuk = pgTable(
  'perangkat_masuk',
  {
    instansiId: uuid('instansi_id').notNull(),
    userId: uuid('user_id').notNull(),
    perangkatHash: text('perangkat_hash').notNull(),
    dikenalAt: ts('dikenal_at').notNull().defaultNow(),
    terakhirAt: ts('terakhir_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'perangkat_masuk_pk', columns: [t.instansiId, t.userId, t.perangkatHash] }),
    foreignKey({
      name: 'perangkat_masuk_user_fk',
      columns: [t.instansiId, t.userId],
      foreignColumns: [userAccount.instansiId, userAccount.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Every NIP in the deployment, once: a NIP is national, so one person is a pegawai of one pemda
 * at a time. Kept by a trigger on `pegawai` (migration 0008), so every way a pegawai is written
 * (form, import, seed, CLI) is checked the same way; a collision is a unique violation on
 * `nip_terdaftar_pk`, answered 409 'nip_dipakai' without saying where. Not keyed by instansi on
 * purpose (with Citus: a reference table).
 */
export const nipTerdaftar = pgTable('nip_terdaftar', {
  nip: text('nip').notNull().primaryKey(),
  instansiId: uuid('instansi_id').notNull(),
  pegawaiId: uuid('pegawai_id').notNull(),
});

export const auditEvent = pgTable(
  'audit_event',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorNip: text('actor_nip'),
    actorNama: text('actor_nama'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    primaryKey({ name: 'audit_event_pk', columns: [t.instansiId, t.id] }),
    index('audit_event_time_ix').on(t.instansiId, t.occurredAt),
    index('audit_event_entity_ix').on(t.instansiId, t.entityType, t.entityId),
  ],
);

// ---------------------------------------------------------------------------
// Perencanaan: SKP
// ---------------------------------------------------------------------------

/** A unit's Perjanjian Kinerja for a year: strategic goals with indicators and targets. */
export const sasaranOrganisasi = pgTable(
  'sasaran_organisasi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    tahun: integer('tahun').notNull(),
    sasaran: text('sasaran').notNull(),
    indikator: text('indikator').notNull(),
    target: text('target').notNull(),
    urutan: integer('urutan').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sasaran_organisasi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'sasaran_organisasi_unit_fk',
      columns: [t.instansiId, t.unitId],
      foreignColumns: [unitKerja.instansiId, unitKerja.id],
    }),
    index('sasaran_organisasi_unit_ix').on(t.instansiId, t.unitId, t.tahun),
  ],
);

/** One SKP version of a pegawai for a year. A revision is a new row with versi + 1. */
export const skp = pgTable(
  'skp',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tahun: integer('tahun').notNull(),
    versi: integer('versi').notNull().default(1),
    status: text('status').notNull().default('DRAFT'),
    pendekatan: text('pendekatan').notNull().default('KUANTITATIF'),
    periodeMulai: date('periode_mulai', { mode: 'string' }).notNull(),
    periodeSelesai: date('periode_selesai', { mode: 'string' }).notNull(),
    /** Who assessed it, fixed when it is submitted and approved. */
    pejabatPenilaiId: uuid('pejabat_penilai_id'),
    dukunganSumberDaya: jsonb('dukungan_sumber_daya').$type<string[]>().notNull().default([]),
    skemaPertanggungjawaban: jsonb('skema_pertanggungjawaban').$type<string[]>().notNull().default([]),
    konsekuensi: jsonb('konsekuensi').$type<string[]>().notNull().default([]),
    /** Optimistic concurrency: every change increments it; a writer must send the one it read. */
    rowVersion: integer('row_version').notNull().default(1),
    diajukanAt: ts('diajukan_at'),
    disetujuiAt: ts('disetujui_at'),
    disetujuiOleh: uuid('disetujui_oleh'),
    /** SHA-256 of the approved content; the printed QR code verifies against it. */
    dokumenHash: text('dokumen_hash'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'skp_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'skp_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
    unique('skp_versi_uq').on(t.instansiId, t.pegawaiId, t.tahun, t.versi),
    index('skp_tahun_ix').on(t.instansiId, t.tahun, t.status),
    /** What waits on a pejabat penilai (their home, the command centre's per-rater recap). */
    index('skp_penilai_ix').on(t.instansiId, t.pejabatPenilaiId, t.tahun),
    /** Public document verification looks an SKP up by id alone. */
    index('skp_id_ix').on(t.id),
    check('skp_status_ck', checkIn(t.status, SKP_STATES)),
    check('skp_pendekatan_ck', sql`${t.pendekatan} in ('KUANTITATIF','KUALITATIF')`),
  ],
);

/** Rencana Hasil Kerja: a result of an SKP, cascaded from the superior's RHK it intervenes. */
export const rhk = pgTable(
  'rhk',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    skpId: uuid('skp_id').notNull(),
    jenis: text('jenis').notNull(),
    uraian: text('uraian').notNull(),
    /** The superior's RHK this one intervenes (a row of the superior's SKP). */
    rhkAtasanId: uuid('rhk_atasan_id'),
    /** For JPT and unit heads: the Perjanjian Kinerja goal it comes from. */
    sasaranOrganisasiId: uuid('sasaran_organisasi_id'),
    perspektif: text('perspektif'),
    /** "Penugasan dari": who proposed it, when the superior did. */
    penugasanDari: text('penugasan_dari'),
    urutan: integer('urutan').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'rhk_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'rhk_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    index('rhk_skp_ix').on(t.instansiId, t.skpId),
    index('rhk_atasan_ix').on(t.instansiId, t.rhkAtasanId),
    check('rhk_jenis_ck', sql`${t.jenis} in ('UTAMA','TAMBAHAN')`),
  ],
);

/** Indikator Kinerja Individu of an RHK, with its target. */
export const indikatorKinerja = pgTable(
  'indikator_kinerja',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    rhkId: uuid('rhk_id').notNull(),
    aspek: text('aspek').notNull(),
    uraian: text('uraian').notNull(),
    targetNilai: text('target_nilai'),
    targetSatuan: text('target_satuan'),
    targetTeks: text('target_teks'),
    urutan: integer('urutan').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'indikator_kinerja_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'indikator_kinerja_rhk_fk',
      columns: [t.instansiId, t.rhkId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('cascade'),
    index('indikator_kinerja_rhk_ix').on(t.instansiId, t.rhkId),
    check('indikator_aspek_ck', sql`${t.aspek} in ('KUANTITAS','KUALITAS','WAKTU','BIAYA')`),
  ],
);

/** The superior's ekspektasi khusus per BerAKHLAK value, for one SKP. */
export const skpPerilaku = pgTable(
  'skp_perilaku',
  {
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    kode: text('kode').notNull(),
    ekspektasi: text('ekspektasi').notNull(),
  },
  (t) => [
    primaryKey({ name: 'skp_perilaku_pk', columns: [t.instansiId, t.skpId, t.kode] }),
    foreignKey({
      name: 'skp_perilaku_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
  ],
);

/** The dialogue on an SKP: comments (on the SKP, an RHK or an indicator) and workflow steps. */
export const skpDialog = pgTable(
  'skp_dialog',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    skpId: uuid('skp_id').notNull(),
    pegawaiId: uuid('pegawai_id'),
    jenis: text('jenis').notNull(),
    targetJenis: text('target_jenis').notNull().default('SKP'),
    targetId: uuid('target_id'),
    pesan: text('pesan').notNull(),
    /** Order of the dialogue: several entries can share a transaction's timestamp. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'skp_dialog_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'skp_dialog_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    index('skp_dialog_skp_ix').on(t.instansiId, t.skpId, t.seq),
    check('skp_dialog_target_ck', sql`${t.targetJenis} in ('SKP','RHK','INDIKATOR')`),
  ],
);

/**
 * An SKP template for a jabatan (e.g. "Perawat Ahli Pertama"): RHK with indicators that a
 * pengelola kinerja or a superior applies to every pegawai holding that jabatan in one action.
 */
export const skpTemplate = pgTable(
  'skp_template',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    nama: text('nama').notNull(),
    /** Applies to pegawai whose jabatan has this name (in any unit of the scope). */
    jabatanNama: text('jabatan_nama').notNull(),
    /** Limits the template to a unit and the units below it (null: the whole instansi). */
    unitId: uuid('unit_id'),
    /** RHK with their indicators: [{ jenis, uraian, indikator: [{ aspek, uraian, targetNilai, targetSatuan, targetTeks }] }]. */
    isi: jsonb('isi').notNull(),
    dibuatOleh: uuid('dibuat_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'skp_template_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'skp_template_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
    index('skp_template_jabatan_ix').on(t.instansiId, t.jabatanNama),
  ],
);

/** In-app notifications (the bell): reminders, returned SKPs, feedback. */
export const notifikasi = pgTable(
  'notifikasi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jenis: text('jenis').notNull(),
    judul: text('judul').notNull(),
    pesan: text('pesan').notNull(),
    /** Where the notification leads in the app, e.g. /skp/<id>. */
    tautan: text('tautan'),
    /** Deduplication key for reminders (e.g. 'realisasi-kosong:2026-11-23'): one per pegawai. */
    kunci: text('kunci'),
    dibacaAt: ts('dibaca_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'notifikasi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'notifikasi_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    index('notifikasi_pegawai_ix').on(t.instansiId, t.pegawaiId, t.createdAt),
    uniqueIndex('notifikasi_kunci_uq').on(t.instansiId, t.pegawaiId, t.kunci),
  ],
);

/**
 * E-mail waiting to be sent (or kept, in embedded mode without SMTP, for admins to read).
 * A worker claims rows with FOR UPDATE SKIP LOCKED, so several server processes can send.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id'),
    kepada: text('kepada').notNull(),
    subjek: text('subjek').notNull(),
    isi: text('isi').notNull(),
    /** MENUNGGU (queued), TERKIRIM (sent), GAGAL (gave up), OUTBOX (no SMTP configured: kept for reading). */
    status: text('status').notNull().default('MENUNGGU'),
    percobaan: integer('percobaan').notNull().default(0),
    galat: text('galat'),
    createdAt: ts('created_at').notNull().defaultNow(),
    terkirimAt: ts('terkirim_at'),
  },
  (t) => [
    primaryKey({ name: 'email_outbox_pk', columns: [t.instansiId, t.id] }),
    index('email_outbox_status_ix').on(t.status, t.createdAt),
    index('email_outbox_instansi_ix').on(t.instansiId, t.createdAt),
    check('email_outbox_status_ck', sql`${t.status} in ('MENUNGGU','TERKIRIM','GAGAL','OUTBOX')`),
  ],
);

/** Rencana aksi: what the pegawai plans to do for an RHK (and optionally one indicator) in one period. */
export const rencanaAksi = pgTable(
  'rencana_aksi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    skpId: uuid('skp_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    indikatorId: uuid('indikator_id'),
    /** Period number within the year in the instansi's periodeKinerja (1–12 months, 1–4 quarters, 1–2 semesters). */
    periode: integer('periode').notNull(),
    periodeMulai: date('periode_mulai', { mode: 'string' }).notNull(),
    periodeSelesai: date('periode_selesai', { mode: 'string' }).notNull(),
    uraian: text('uraian').notNull(),
    /** Planned quantity (null for a qualitative action). */
    target: integer('target'),
    satuan: text('satuan'),
    dibuatOleh: uuid('dibuat_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'rencana_aksi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'rencana_aksi_skp_fk', columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }).onDelete('cascade'),
    foreignKey({ name: 'rencana_aksi_rhk_fk', columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
    foreignKey({
      name: 'rencana_aksi_indikator_fk',
      columns: [t.instansiId, t.indikatorId],
      foreignColumns: [indikatorKinerja.instansiId, indikatorKinerja.id],
    }).onDelete('set null'),
    index('rencana_aksi_skp_ix').on(t.instansiId, t.skpId, t.periode),
    index('rencana_aksi_rhk_ix').on(t.instansiId, t.rhkId),
    check('rencana_aksi_target_ck', sql`${t.target} is null or ${t.target} >= 0`),
  ],
);

/**
 * Realisasi (progress): one entry by a pegawai. The id is generated by the client, so a re-sent
 * entry (double tap, offline queue) is the same row: POST is idempotent.
 */
export const realisasi = pgTable(
  'realisasi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    rencanaAksiId: uuid('rencana_aksi_id'),
    indikatorId: uuid('indikator_id'),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    uraian: text('uraian').notNull(),
    /** Realised quantity (null for a qualitative entry). */
    jumlah: integer('jumlah'),
    /** Who recorded it (the pegawai, or a pengelola kinerja entering for a unit). */
    dicatatOleh: uuid('dicatat_oleh'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'realisasi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'realisasi_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'realisasi_skp_fk', columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }).onDelete('cascade'),
    foreignKey({ name: 'realisasi_rhk_fk', columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
    foreignKey({
      name: 'realisasi_rencana_aksi_fk',
      columns: [t.instansiId, t.rencanaAksiId],
      foreignColumns: [rencanaAksi.instansiId, rencanaAksi.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'realisasi_indikator_fk',
      columns: [t.instansiId, t.indikatorId],
      foreignColumns: [indikatorKinerja.instansiId, indikatorKinerja.id],
    }).onDelete('set null'),
    index('realisasi_pegawai_ix').on(t.instansiId, t.pegawaiId, t.tanggal),
    index('realisasi_rencana_aksi_ix').on(t.instansiId, t.rencanaAksiId),
    index('realisasi_skp_ix').on(t.instansiId, t.skpId),
    check('realisasi_jumlah_ck', sql`${t.jumlah} is null or ${t.jumlah} >= 0`),
  ],
);

/**
 * Monthly roll-up of realisasi (decision 0017): per pegawai, month and indicator the sum of
 * `jumlah` and the number of entries. Kept exact by statement triggers on realisasi (migration
 * 0021) in the same transaction as every write, including cascades; `capaian rekap periksa`
 * compares it with the entries and `capaian rekap bangun` rebuilds it. An entry without indicator
 * is kept under its rencana aksi (resolved to that plan's indicator when read); an entry with one
 * has a null rencana aksi here.
 */
export const realisasiBulanan = pgTable(
  'realisasi_bulanan',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The month's first day. */
    bulan: date('bulan', { mode: 'string' }).notNull(),
    indikatorId: uuid('indikator_id'),
    rencanaAksiId: uuid('rencana_aksi_id'),
    jumlah: bigint('jumlah', { mode: 'number' }).notNull(),
    entri: integer('entri').notNull(),
  },
  (t) => [
    unique('realisasi_bulanan_uq').on(t.instansiId, t.pegawaiId, t.bulan, t.indikatorId, t.rencanaAksiId).nullsNotDistinct(),
    check('realisasi_bulanan_entri_ck', sql`${t.entri} >= 0`),
  ],
);

/** Bukti dukung of a realisasi: a stored file (by storage key, never a user-given path) or a link. */
export const buktiDukung = pgTable(
  'bukti_dukung',
  {
    instansiId: uuid('instansi_id').notNull(),
    /** Client-generated too, so an offline re-send uploads once. */
    id: uuid('id').notNull(),
    realisasiId: uuid('realisasi_id').notNull(),
    jenis: text('jenis').notNull(),
    /** The original file name, for display and download only. */
    nama: text('nama').notNull(),
    /** FILE: the storage adapter's key; TAUTAN: null. */
    kunciPenyimpanan: text('kunci_penyimpanan'),
    /** FILE: the type detected from the content. */
    mime: text('mime'),
    ukuran: integer('ukuran'),
    sha256: text('sha256'),
    tautan: text('tautan'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'bukti_dukung_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'bukti_dukung_realisasi_fk',
      columns: [t.instansiId, t.realisasiId],
      foreignColumns: [realisasi.instansiId, realisasi.id],
    }).onDelete('cascade'),
    index('bukti_dukung_realisasi_ix').on(t.instansiId, t.realisasiId),
    check('bukti_dukung_jenis_ck', sql`${t.jenis} in ('FILE','TAUTAN')`),
  ],
);

/**
 * Umpan balik berkelanjutan: the superior's feedback on a realisasi or on behaviour (a BerAKHLAK
 * value), and replies (induk_id) from either side. Kept with the date, so assessment shows it again.
 */
export const umpanBalik = pgTable(
  'umpan_balik',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The pegawai the feedback is about. */
    pegawaiId: uuid('pegawai_id').notNull(),
    penulisId: uuid('penulis_id').notNull(),
    realisasiId: uuid('realisasi_id'),
    /** A BerAKHLAK kode when the feedback is about behaviour. */
    perilakuKode: text('perilaku_kode'),
    indukId: uuid('induk_id'),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    pesan: text('pesan').notNull(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'umpan_balik_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'umpan_balik_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'umpan_balik_penulis_fk', columns: [t.instansiId, t.penulisId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({
      name: 'umpan_balik_realisasi_fk',
      columns: [t.instansiId, t.realisasiId],
      foreignColumns: [realisasi.instansiId, realisasi.id],
    }).onDelete('cascade'),
    foreignKey({ name: 'umpan_balik_induk_fk', columns: [t.instansiId, t.indukId], foreignColumns: [t.instansiId, t.id] }).onDelete('cascade'),
    index('umpan_balik_pegawai_ix').on(t.instansiId, t.pegawaiId, t.tanggal),
    index('umpan_balik_realisasi_ix').on(t.instansiId, t.realisasiId),
  ],
);

/** Bimbingan kinerja / dialog kinerja: a coaching, mentoring or counselling session. */
export const bimbingan = pgTable(
  'bimbingan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The superior (pembimbing) at the time it was scheduled. */
    pembimbingId: uuid('pembimbing_id').notNull(),
    jenis: text('jenis').notNull(),
    jadwal: ts('jadwal').notNull(),
    tempat: text('tempat'),
    topik: text('topik').notNull(),
    status: text('status').notNull().default('DIJADWALKAN'),
    diusulkanOleh: uuid('diusulkan_oleh').notNull(),
    catatan: text('catatan'),
    /** The pegawai's feedback sheet: nine statements, each scored, plus a comment. */
    lembarUmpanBalik: jsonb('lembar_umpan_balik'),
    /** The superior's competence evaluation: items scored 1–5 with reasons. */
    evaluasiKompetensi: jsonb('evaluasi_kompetensi'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'bimbingan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'bimbingan_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'bimbingan_pembimbing_fk', columns: [t.instansiId, t.pembimbingId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    index('bimbingan_pegawai_ix').on(t.instansiId, t.pegawaiId, t.jadwal),
    index('bimbingan_pembimbing_ix').on(t.instansiId, t.pembimbingId, t.jadwal),
    check('bimbingan_jenis_ck', checkIn(t.jenis, JENIS_BIMBINGAN)),
    check('bimbingan_status_ck', checkIn(t.status, STATUS_BIMBINGAN)),
  ],
);

/** Agreed follow-up actions of a bimbingan, with a due date; shown on both dashboards. */
export const tindakLanjut = pgTable(
  'tindak_lanjut',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    bimbinganId: uuid('bimbingan_id').notNull(),
    uraian: text('uraian').notNull(),
    jatuhTempo: date('jatuh_tempo', { mode: 'string' }).notNull(),
    selesaiAt: ts('selesai_at'),
    urutan: integer('urutan').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'tindak_lanjut_pk', columns: [t.instansiId, t.id] }),
    foreignKey({
      name: 'tindak_lanjut_bimbingan_fk',
      columns: [t.instansiId, t.bimbinganId],
      foreignColumns: [bimbingan.instansiId, bimbingan.id],
    }).onDelete('cascade'),
    index('tindak_lanjut_bimbingan_ix').on(t.instansiId, t.bimbinganId),
  ],
);

/** Kehadiran: one attendance record per pegawai per day, imported from attendance machines. */
export const kehadiran = pgTable(
  'kehadiran',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    /** Local clock times 'HH:MM' in the instansi's zone. */
    jamMasuk: text('jam_masuk'),
    jamPulang: text('jam_pulang'),
    status: text('status').notNull(),
    diimporAt: ts('diimpor_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kehadiran_pk', columns: [t.instansiId, t.pegawaiId, t.tanggal] }),
    foreignKey({ name: 'kehadiran_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    check('kehadiran_status_ck', checkIn(t.status, STATUS_KEHADIRAN)),
  ],
);

// ---------------------------------------------------------------------------
// Penilaian (issue #6): periods, unit results, ratings, the curve, 360°, keberatan, tim penilai
// ---------------------------------------------------------------------------

/** An assessment period opened by BKPSDM: periodic (per the instansi's setting) or annual. */
export const periodePenilaian = pgTable(
  'periode_penilaian',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    jenis: text('jenis').notNull(),
    tahun: integer('tahun').notNull(),
    /** Position within the year (month 1–12, triwulan 1–4, semester 1–2, annual 1). */
    nomor: integer('nomor').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    /** Ratings are due by this date. */
    batasPenilaian: date('batas_penilaian', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('DIBUKA'),
    dibukaOleh: uuid('dibuka_oleh'),
    /** The aturan penilaian version in force on the period's first day, fixed when it was opened (null: the defaults). */
    aturanVersi: integer('aturan_versi'),
    ditutupAt: ts('ditutup_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'periode_penilaian_pk', columns: [t.instansiId, t.id] }),
    unique('periode_penilaian_uq').on(t.instansiId, t.tahun, t.jenis, t.nomor),
    check('periode_penilaian_jenis_ck', checkIn(t.jenis, JENIS_PERIODE_PENILAIAN)),
    check('periode_penilaian_status_ck', sql`${t.status} in ('DIBUKA','DITUTUP')`),
  ],
);

/** Capaian kinerja organisasi: a unit's result for a period, set by the leader one level up. */
export const capaianOrganisasi = pgTable(
  'capaian_organisasi',
  {
    instansiId: uuid('instansi_id').notNull(),
    periodeId: uuid('periode_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** The printed "Penetapan Predikat Kinerja Organisasi" is verified by this id (its QR code). */
    id: uuid('id').notNull().defaultRandom(),
    capaian: text('capaian').notNull(),
    justifikasi: text('justifikasi').notNull(),
    ditetapkanOleh: uuid('ditetapkan_oleh').notNull(),
    ditetapkanAt: ts('ditetapkan_at').notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'capaian_organisasi_pk', columns: [t.instansiId, t.periodeId, t.unitId] }),
    foreignKey({ name: 'capaian_organisasi_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'capaian_organisasi_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
    check('capaian_organisasi_ck', checkIn(t.capaian, CAPAIAN_ORGANISASI)),
    /** Public document verification looks a unit result up by id alone (like evaluasi_id_ix). */
    index('capaian_organisasi_id_ix').on(t.id),
  ],
);

/**
 * The evaluation of one pegawai in one period: ratings by the pejabat penilai, the predikat from
 * the matrix, the post-assessment discussion. `unit_id` is the unit whose curve it counts in.
 */
export const evaluasi = pgTable(
  'evaluasi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    periodeId: uuid('periode_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** Who rated, and the atasan pejabat penilai (decides a keberatan), fixed when rated. */
    pejabatPenilaiId: uuid('pejabat_penilai_id'),
    atasanPenilaiId: uuid('atasan_penilai_id'),
    status: text('status').notNull().default('DRAFT'),
    ratingHasilKerja: text('rating_hasil_kerja'),
    ratingPerilaku: text('rating_perilaku'),
    predikat: text('predikat'),
    umpanBalikHasilKerja: text('umpan_balik_hasil_kerja'),
    umpanBalikPerilaku: text('umpan_balik_perilaku'),
    /** Post-assessment discussion: { baik, perbaikan, rencanaPengembangan: string[], dicatatAt }. */
    diskusi: jsonb('diskusi'),
    /** When the final result was delivered to the pegawai (made final and visible): the keberatan window counts from here. */
    disampaikanAt: ts('disampaikan_at'),
    /** When the pegawai acknowledged the final result (informative; the window does not wait for it). */
    diterimaAt: ts('diterima_at'),
    finalAt: ts('final_at'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'evaluasi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'evaluasi_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'evaluasi_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'evaluasi_skp_fk', columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }),
    foreignKey({ name: 'evaluasi_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
    unique('evaluasi_pegawai_uq').on(t.instansiId, t.periodeId, t.pegawaiId),
    index('evaluasi_unit_ix').on(t.instansiId, t.periodeId, t.unitId),
    index('evaluasi_penilai_ix').on(t.instansiId, t.pejabatPenilaiId, t.periodeId),
    /** A pegawai's evaluations (progress in an assessed period is locked). */
    index('evaluasi_pegawai_ix').on(t.instansiId, t.pegawaiId),
    /** Public document verification looks an evaluation up by id alone (like skp_id_ix). */
    index('evaluasi_id_ix').on(t.id),
    check('evaluasi_status_ck', checkIn(t.status, EVALUASI_STATES)),
    check('evaluasi_rating_hk_ck', checkIn(t.ratingHasilKerja, RATINGS, true)),
    check('evaluasi_rating_pk_ck', checkIn(t.ratingPerilaku, RATINGS, true)),
    check('evaluasi_predikat_ck', checkIn(t.predikat, PREDIKATS, true)),
  ],
);

/** The rating and feedback the pejabat penilai gives one RHK in an evaluation. */
export const evaluasiRhk = pgTable(
  'evaluasi_rhk',
  {
    instansiId: uuid('instansi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    rating: text('rating').notNull(),
    umpanBalik: text('umpan_balik'),
  },
  (t) => [
    primaryKey({ name: 'evaluasi_rhk_pk', columns: [t.instansiId, t.evaluasiId, t.rhkId] }),
    foreignKey({ name: 'evaluasi_rhk_evaluasi_fk', columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }).onDelete('cascade'),
    foreignKey({ name: 'evaluasi_rhk_rhk_fk', columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
    check('evaluasi_rhk_rating_ck', checkIn(t.rating, RATINGS)),
  ],
);

/** Feedback per BerAKHLAK value in an evaluation. */
export const evaluasiPerilaku = pgTable(
  'evaluasi_perilaku',
  {
    instansiId: uuid('instansi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    kode: text('kode').notNull(),
    umpanBalik: text('umpan_balik').notNull(),
  },
  (t) => [
    primaryKey({ name: 'evaluasi_perilaku_pk', columns: [t.instansiId, t.evaluasiId, t.kode] }),
    foreignKey({ name: 'evaluasi_perilaku_evaluasi_fk', columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }).onDelete('cascade'),
  ],
);

/** Earlier values of a final evaluation changed by a keberatan decision (the old value stays). */
export const evaluasiRiwayat = pgTable(
  'evaluasi_riwayat',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    /** The evaluation as it was (ratings, predikat, status) before the change. */
    sebelum: jsonb('sebelum').notNull(),
    alasan: text('alasan').notNull(),
    olehId: uuid('oleh_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'evaluasi_riwayat_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'evaluasi_riwayat_evaluasi_fk', columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }).onDelete('cascade'),
    index('evaluasi_riwayat_ix').on(t.instansiId, t.evaluasiId),
  ],
);

/** A unit's results finalised for a period, with the curve check and any authorised override. */
export const finalisasiUnit = pgTable(
  'finalisasi_unit',
  {
    instansiId: uuid('instansi_id').notNull(),
    periodeId: uuid('periode_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** The distribution and the rules broken at finalisation ({ distribusi, pelanggaran }). */
    kurva: jsonb('kurva').notNull(),
    overrideAlasan: text('override_alasan'),
    overrideOleh: uuid('override_oleh'),
    olehId: uuid('oleh_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'finalisasi_unit_pk', columns: [t.instansiId, t.periodeId, t.unitId] }),
    foreignKey({ name: 'finalisasi_unit_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'finalisasi_unit_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
  ],
);

/** 360°: colleagues a pegawai nominates (peers, subordinates); the superior approves the list. */
export const nominasi360 = pgTable(
  'nominasi_360',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    periodeId: uuid('periode_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    penilaiId: uuid('penilai_id').notNull(),
    hubungan: text('hubungan').notNull(),
    status: text('status').notNull().default('DIUSULKAN'),
    /** Whether the nominee answered (the answer itself is stored without the nominee: jawaban_360). */
    sudahMenjawab: boolean('sudah_menjawab').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'nominasi_360_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'nominasi_360_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'nominasi_360_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'nominasi_360_penilai_fk', columns: [t.instansiId, t.penilaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    unique('nominasi_360_uq').on(t.instansiId, t.periodeId, t.pegawaiId, t.penilaiId),
    index('nominasi_360_penilai_ix').on(t.instansiId, t.penilaiId, t.periodeId),
    check('nominasi_360_hubungan_ck', checkIn(t.hubungan, HUBUNGAN_360)),
    check('nominasi_360_status_ck', checkIn(t.status, STATUS_NOMINASI_360)),
  ],
);

/**
 * 360° answers, deliberately without the respondent: only the subject, the relationship kind and
 * the scores per BerAKHLAK value. No timestamp finer than the date, so answers cannot be matched
 * to the nominations' order.
 */
export const jawaban360 = pgTable(
  'jawaban_360',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    periodeId: uuid('periode_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    hubungan: text('hubungan').notNull(),
    /** { [BerAKHLAK kode]: 1..5 } */
    skor: jsonb('skor').notNull(),
    saran: text('saran'),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    /** The batch it was filed in (domain `kelompokJawaban360`): summaries show full batches only. */
    kelompok: integer('kelompok').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'jawaban_360_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'jawaban_360_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'jawaban_360_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    index('jawaban_360_pegawai_ix').on(t.instansiId, t.periodeId, t.pegawaiId),
  ],
);

/** A service point (puskesmas, school, kelurahan office, counter) with a public QR code. */
export const titikLayanan = pgTable(
  'titik_layanan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    nama: text('nama').notNull(),
    /** The public code in the QR address (random, unguessable; looked up without a tenant). */
    kode: text('kode').notNull(),
    aktif: boolean('aktif').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'titik_layanan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'titik_layanan_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
    uniqueIndex('titik_layanan_kode_uq').on(t.kode),
    index('titik_layanan_unit_ix').on(t.instansiId, t.unitId),
  ],
);

/** One public (masyarakat) answer at a service point: scores 1–5, an optional comment and officer. No personal data. */
export const umpanBalikPublik = pgTable(
  'umpan_balik_publik',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    titikLayananId: uuid('titik_layanan_id').notNull(),
    /** The officer who served them, when the person chose one. */
    pegawaiId: uuid('pegawai_id'),
    kecepatan: integer('kecepatan').notNull(),
    keramahan: integer('keramahan').notNull(),
    kejelasan: integer('kejelasan').notNull(),
    keadilan: integer('keadilan').notNull(),
    komentar: text('komentar'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'umpan_balik_publik_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'umpan_balik_publik_titik_fk', columns: [t.instansiId, t.titikLayananId], foreignColumns: [titikLayanan.instansiId, titikLayanan.id] }).onDelete('cascade'),
    index('umpan_balik_publik_titik_ix').on(t.instansiId, t.titikLayananId, t.createdAt),
    index('umpan_balik_publik_pegawai_ix').on(t.instansiId, t.pegawaiId, t.createdAt),
    check('umpan_balik_publik_skor_ck', sql`${t.kecepatan} between 1 and 5 and ${t.keramahan} between 1 and 5 and ${t.kejelasan} between 1 and 5 and ${t.keadilan} between 1 and 5`),
  ],
);

/** Keberatan: the pegawai's objection to a final evaluation, decided by the atasan pejabat penilai. */
export const keberatan = pgTable(
  'keberatan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    alasan: text('alasan').notNull(),
    /** Attachments: [{ id, nama, kunciPenyimpanan, mime, ukuran }] stored by the storage adapter. */
    lampiran: jsonb('lampiran').notNull().default([]),
    status: text('status').notNull().default('DIAJUKAN'),
    /** Explanations asked and given: [{ dari: 'PEGAWAI'|'PENILAI'|'ATASAN', olehId, pesan, at }]. */
    klarifikasi: jsonb('klarifikasi').notNull().default([]),
    hasil: text('hasil'),
    alasanKeputusan: text('alasan_keputusan'),
    diputuskanOleh: uuid('diputuskan_oleh'),
    diputuskanAt: ts('diputuskan_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'keberatan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'keberatan_evaluasi_fk', columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }).onDelete('cascade'),
    unique('keberatan_evaluasi_uq').on(t.instansiId, t.evaluasiId),
    check('keberatan_status_ck', checkIn(t.status, KEBERATAN_STATES)),
    check('keberatan_hasil_ck', checkIn(t.hasil, KEBERATAN_HASIL, true)),
  ],
);

/** Tim penilai kinerja formed by BKPSDM for a year. */
export const timPenilai = pgTable(
  'tim_penilai',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    tahun: integer('tahun').notNull(),
    nama: text('nama').notNull(),
    nomorSk: text('nomor_sk'),
    /** Members: [{ pegawaiId, peran: 'KETUA'|'SEKRETARIS'|'ANGGOTA' }]. */
    anggota: jsonb('anggota').notNull().default([]),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'tim_penilai_pk', columns: [t.instansiId, t.id] }), index('tim_penilai_tahun_ix').on(t.instansiId, t.tahun)],
);

/** The tim penilai's recommendation for one pegawai (promotion, transfer, development, award). */
export const rekomendasiTim = pgTable(
  'rekomendasi_tim',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    timId: uuid('tim_id').notNull(),
    periodeId: uuid('periode_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jenis: text('jenis').notNull(),
    catatan: text('catatan').notNull(),
    olehId: uuid('oleh_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'rekomendasi_tim_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'rekomendasi_tim_tim_fk', columns: [t.instansiId, t.timId], foreignColumns: [timPenilai.instansiId, timPenilai.id] }).onDelete('cascade'),
    foreignKey({ name: 'rekomendasi_tim_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'rekomendasi_tim_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    index('rekomendasi_tim_pegawai_ix').on(t.instansiId, t.periodeId, t.pegawaiId),
    check('rekomendasi_tim_jenis_ck', checkIn(t.jenis, JENIS_REKOMENDASI)),
  ],
);

/**
 * A pembinaan case (tindak lanjut, PP 30/2019 BAB VI): proposed by the pemda's rules from final
 * results or attendance (`kunci` makes the same rule on the same results propose once), then
 * decided by people (domain KASUS_WORKFLOW). A rencana perbaikan kinerja lives on its case.
 */
export const kasusPembinaan = pgTable(
  'kasus_pembinaan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jenis: text('jenis').notNull(),
    kodeAturan: text('kode_aturan').notNull(),
    kunci: text('kunci').notNull(),
    dasarHukum: text('dasar_hukum').notNull(),
    alasan: text('alasan').notNull(),
    /** The final evaluations that fed it (empty for a discipline case). */
    evaluasiIds: uuid('evaluasi_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** A discipline case's month 'YYYY-MM' or year 'YYYY', and the figure reached. */
    rentang: text('rentang'),
    nilai: integer('nilai'),
    status: text('status').notNull().default('DIUSULKAN'),
    /** The rencana perbaikan agreed (domain RencanaPerbaikanSchema), or BKPSDM's follow-up note ({ catatan }). */
    rencana: jsonb('rencana'),
    /** Notes of the check-ins held: [{ tanggal, catatan, olehId, at }]. */
    catatanCheckIn: jsonb('catatan_check_in').notNull().default([]),
    hasil: text('hasil'),
    /** The outcome's note, or why the case was set aside or lapsed. */
    catatanAkhir: text('catatan_akhir'),
    ditanganiOleh: uuid('ditangani_oleh'),
    /** When the pegawai acknowledged the plan. */
    diakuiAt: ts('diakui_at'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'kasus_pembinaan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'kasus_pembinaan_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    unique('kasus_pembinaan_kunci_uq').on(t.instansiId, t.pegawaiId, t.kunci),
    index('kasus_pembinaan_status_ix').on(t.instansiId, t.status),
    check('kasus_pembinaan_jenis_ck', checkIn(t.jenis, JENIS_KASUS)),
    check('kasus_pembinaan_status_ck', checkIn(t.status, KASUS_STATES)),
    check('kasus_pembinaan_hasil_ck', checkIn(t.hasil, HASIL_PERBAIKAN, true)),
  ],
);

/**
 * An award round (penghargaan, PP 30/2019 BAB VI) on a period's final results: the pemda's (unit
 * null, BKPSDM) or a perangkat daerah's (its head). Decided with the decision's number and date.
 */
export const rondePenghargaan = pgTable(
  'ronde_penghargaan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    nama: text('nama').notNull(),
    periodeId: uuid('periode_id').notNull(),
    /** The perangkat daerah whose staff it is for; null: the whole pemda. */
    unitId: uuid('unit_id'),
    predikatMinimum: text('predikat_minimum').notNull(),
    status: text('status').notNull().default('DRAFT'),
    nomorKeputusan: text('nomor_keputusan'),
    tanggalKeputusan: date('tanggal_keputusan', { mode: 'string' }),
    dibuatOleh: uuid('dibuat_oleh'),
    diputuskanOleh: uuid('diputuskan_oleh'),
    diputuskanAt: ts('diputuskan_at'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'ronde_penghargaan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'ronde_penghargaan_periode_fk', columns: [t.instansiId, t.periodeId], foreignColumns: [periodePenilaian.instansiId, periodePenilaian.id] }).onDelete('cascade'),
    foreignKey({ name: 'ronde_penghargaan_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
    check('ronde_penghargaan_status_ck', checkIn(t.status, RONDE_PENGHARGAAN_STATES)),
    check('ronde_penghargaan_predikat_ck', checkIn(t.predikatMinimum, PREDIKATS)),
  ],
);

/** One award of a round to a pegawai: a candidate while the round is a draft, given once it is decided. */
export const penghargaan = pgTable(
  'penghargaan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    rondeId: uuid('ronde_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The final result it rests on. */
    evaluasiId: uuid('evaluasi_id').notNull(),
    jenis: text('jenis').notNull(),
    alasan: text('alasan'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'penghargaan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'penghargaan_ronde_fk', columns: [t.instansiId, t.rondeId], foreignColumns: [rondePenghargaan.instansiId, rondePenghargaan.id] }).onDelete('cascade'),
    foreignKey({ name: 'penghargaan_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'penghargaan_evaluasi_fk', columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }),
    unique('penghargaan_uq').on(t.instansiId, t.rondeId, t.pegawaiId, t.jenis),
    index('penghargaan_pegawai_ix').on(t.instansiId, t.pegawaiId),
    /** Public document verification (the piagam's QR) looks an award up by id alone. */
    index('penghargaan_id_ix').on(t.id),
    check('penghargaan_jenis_ck', checkIn(t.jenis, JENIS_PENGHARGAAN)),
  ],
);

/**
 * A sanction recorded by BKPSDM as an authorised official imposed it (PP 30/2019 Pasal 56–58, PP
 * 94/2021): its kind, legal basis, number and date, and who imposed it. Never changed: a
 * correction is a new record (`koreksiDari`) and the old one stays, marked `dikoreksiOleh`.
 */
export const sanksi = pgTable(
  'sanksi',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The pembinaan case it follows from, if any. */
    kasusId: uuid('kasus_id'),
    jenis: text('jenis').notNull(),
    dasarHukum: text('dasar_hukum').notNull(),
    nomor: text('nomor').notNull(),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    pejabatNama: text('pejabat_nama').notNull(),
    pejabatJabatan: text('pejabat_jabatan').notNull(),
    uraian: text('uraian').notNull(),
    dicatatOleh: uuid('dicatat_oleh'),
    diakuiAt: ts('diakui_at'),
    koreksiDari: uuid('koreksi_dari'),
    alasanKoreksi: text('alasan_koreksi'),
    dikoreksiOleh: uuid('dikoreksi_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sanksi_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'sanksi_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'sanksi_kasus_fk', columns: [t.instansiId, t.kasusId], foreignColumns: [kasusPembinaan.instansiId, kasusPembinaan.id] }),
    index('sanksi_pegawai_ix').on(t.instansiId, t.pegawaiId),
    check('sanksi_jenis_ck', checkIn(t.jenis, JENIS_SANKSI)),
  ],
);

/** The pemda's catalogue of training and workshops (pengembangan kompetensi). */
export const pelatihanKatalog = pgTable(
  'pelatihan_katalog',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The pemda's own code: what an import row updates. */
    kode: text('kode').notNull(),
    judul: text('judul').notNull(),
    jenisKompetensi: text('jenis_kompetensi').notNull(),
    metode: text('metode').notNull(),
    jp: integer('jp').notNull(),
    penyelenggara: text('penyelenggara').notNull(),
    /** Words that tie it to a need (domain `cocokkan`). */
    kataKunci: jsonb('kata_kunci').notNull().default([]),
    nilaiBerakhlak: jsonb('nilai_berakhlak').notNull().default([]),
    aktif: boolean('aktif').notNull().default(true),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'pelatihan_katalog_pk', columns: [t.instansiId, t.id] }),
    unique('pelatihan_katalog_kode_uq').on(t.instansiId, t.kode),
    check('pelatihan_katalog_jenis_ck', checkIn(t.jenisKompetensi, JENIS_KOMPETENSI)),
    check('pelatihan_katalog_metode_ck', checkIn(t.metode, METODE_PELATIHAN)),
    check('pelatihan_katalog_jp_ck', sql`${t.jp} between 1 and 500`),
  ],
);

/** A pegawai's individual development plan of a year (domain RENCANA_PENGEMBANGAN_WORKFLOW). */
export const rencanaPengembangan = pgTable(
  'rencana_pengembangan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tahun: integer('tahun').notNull(),
    status: text('status').notNull().default('DRAF'),
    /** The lines (domain RencanaPengembanganItemSchema). */
    items: jsonb('items').notNull(),
    catatan: text('catatan'),
    /** The superior's note when returning it. */
    catatanAtasan: text('catatan_atasan'),
    ditulisOleh: uuid('ditulis_oleh'),
    diajukanAt: ts('diajukan_at'),
    disepakatiOleh: uuid('disepakati_oleh'),
    disepakatiAt: ts('disepakati_at'),
    /** Earlier agreed versions, kept when revised: [{ items, catatan, disepakatiOleh, disepakatiAt, direvisiAt }]. */
    versiSebelumnya: jsonb('versi_sebelumnya').notNull().default([]),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'rencana_pengembangan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'rencana_pengembangan_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    unique('rencana_pengembangan_tahun_uq').on(t.instansiId, t.pegawaiId, t.tahun),
    check('rencana_pengembangan_status_ck', checkIn(t.status, RENCANA_PENGEMBANGAN_STATES)),
  ],
);

/** Completed training: counted towards the year's JP once its certificate is uploaded. */
export const riwayatPelatihan = pgTable(
  'riwayat_pelatihan',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The year it counts in (the year it ended). */
    tahun: integer('tahun').notNull(),
    pelatihanId: uuid('pelatihan_id'),
    judul: text('judul').notNull(),
    jenisKompetensi: text('jenis_kompetensi').notNull(),
    metode: text('metode').notNull(),
    jp: integer('jp').notNull(),
    penyelenggara: text('penyelenggara').notNull(),
    tanggalMulai: date('tanggal_mulai').notNull(),
    tanggalSelesai: date('tanggal_selesai').notNull(),
    nomorSertifikat: text('nomor_sertifikat'),
    sertifikatKunci: text('sertifikat_kunci'),
    sertifikatNama: text('sertifikat_nama'),
    sertifikatMime: text('sertifikat_mime'),
    sertifikatUkuran: integer('sertifikat_ukuran'),
    sertifikatSha256: text('sertifikat_sha256'),
    dicatatOleh: uuid('dicatat_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'riwayat_pelatihan_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'riwayat_pelatihan_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'riwayat_pelatihan_katalog_fk', columns: [t.instansiId, t.pelatihanId], foreignColumns: [pelatihanKatalog.instansiId, pelatihanKatalog.id] }),
    index('riwayat_pelatihan_tahun_ix').on(t.instansiId, t.tahun, t.pegawaiId),
    check('riwayat_pelatihan_jenis_ck', checkIn(t.jenisKompetensi, JENIS_KOMPETENSI)),
    check('riwayat_pelatihan_metode_ck', checkIn(t.metode, METODE_PELATIHAN)),
    check('riwayat_pelatihan_jp_ck', sql`${t.jp} between 1 and 500`),
  ],
);

/** The angka kredit ledger of a pejabat fungsional (domain buku-angka-kredit.ts): amounts in thousandths, exact. */
export const angkaKreditEntri = pgTable(
  'angka_kredit_entri',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jenis: text('jenis').notNull(),
    /** A conversion's final result, period, year, jenjang, predikat and months. */
    evaluasiId: uuid('evaluasi_id'),
    periodeId: uuid('periode_id'),
    tahun: integer('tahun'),
    tahunan: boolean('tahunan').notNull().default(false),
    jenjang: text('jenjang'),
    predikat: text('predikat'),
    bulan: integer('bulan'),
    /** The amount in thousandths of a point (3 decimals, as on the PAK). */
    nilaiMilli: integer('nilai_milli').notNull(),
    /** A manual entry's document (the last PAK, the integration decision). */
    nomorDokumen: text('nomor_dokumen'),
    tanggalDokumen: date('tanggal_dokumen'),
    keterangan: text('keterangan'),
    /** A correction names the entry it replaces; the replaced one names its correction. */
    koreksiDari: uuid('koreksi_dari'),
    dikoreksiOleh: uuid('dikoreksi_oleh'),
    dicatatOleh: uuid('dicatat_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    // Keyed by pegawai: a ledger is read whole, and one index less to keep at a finalisation's thousands of entries.
    primaryKey({ name: 'angka_kredit_entri_pk', columns: [t.instansiId, t.pegawaiId, t.id] }),
    foreignKey({ name: 'angka_kredit_entri_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    /** One counting conversion per final result. */
    uniqueIndex('angka_kredit_entri_evaluasi_uq').on(t.instansiId, t.evaluasiId).where(sql`${t.evaluasiId} IS NOT NULL AND ${t.dikoreksiOleh} IS NULL`),
    check('angka_kredit_entri_jenis_ck', checkIn(t.jenis, JENIS_ENTRI_AK)),
    check('angka_kredit_entri_jenjang_ck', checkIn(t.jenjang, JENJANGS, true)),
    check('angka_kredit_entri_nilai_ck', sql`${t.nilaiMilli} >= 0`),
  ],
);

/** A penetapan angka kredit (PAK): the ledger's balance fixed under a number and date, printed with QR verification. */
export const penetapanAngkaKredit = pgTable(
  'penetapan_angka_kredit',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    nomor: text('nomor').notNull(),
    tanggal: date('tanggal').notNull(),
    /** What it fixes: jenjang, golongan, the counted entries and the total (domain saldoAngkaKredit). */
    jenjang: text('jenjang').notNull(),
    golongan: text('golongan').notNull(),
    totalMilli: integer('total_milli').notNull(),
    rincian: jsonb('rincian').notNull(),
    ditetapkanOleh: uuid('ditetapkan_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'penetapan_angka_kredit_pk', columns: [t.instansiId, t.id] }),
    foreignKey({ name: 'penetapan_angka_kredit_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    unique('penetapan_angka_kredit_nomor_uq').on(t.instansiId, t.nomor),
    index('penetapan_angka_kredit_pegawai_ix').on(t.instansiId, t.pegawaiId),
  ],
);

/** The pemda's TPP scheme (domain SkemaTppSchema): one per instansi; changes are audited with the old value. */
export const skemaTpp = pgTable(
  'skema_tpp',
  {
    instansiId: uuid('instansi_id').notNull(),
    skema: jsonb('skema').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    diubahOleh: uuid('diubah_oleh'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'skema_tpp_pk', columns: [t.instansiId] })],
);

/** A monthly TPP calculation of the pemda or one perangkat daerah (domain TPP_RUN_WORKFLOW). */
export const tppRun = pgTable(
  'tpp_run',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** 'YYYY-MM'. */
    bulan: text('bulan').notNull(),
    /** The perangkat daerah, or null for the whole pemda. */
    unitId: uuid('unit_id'),
    versi: integer('versi').notNull().default(1),
    status: text('status').notNull().default('DRAF'),
    /** The scheme it was calculated with (so an approved run never changes). */
    skema: jsonb('skema').notNull(),
    jumlahPegawai: integer('jumlah_pegawai').notNull(),
    jumlahGagal: integer('jumlah_gagal').notNull(),
    totalDibayar: bigint('total_dibayar', { mode: 'number' }).notNull(),
    /** A keberatan decision changed a result it used: a correction may be due. */
    perluDitinjau: text('perlu_ditinjau'),
    menggantikan: uuid('menggantikan'),
    dibuatOleh: uuid('dibuat_oleh'),
    disetujuiOleh: uuid('disetujui_oleh'),
    disetujuiAt: ts('disetujui_at'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'tpp_run_pk', columns: [t.instansiId, t.id] }),
    index('tpp_run_bulan_ix').on(t.instansiId, t.bulan),
    check('tpp_run_status_ck', checkIn(t.status, TPP_RUN_STATES)),
  ],
);

/** One pegawai's TPP in a run: the amount paid and the whole breakdown, or why it could not be calculated. */
export const tppItem = pgTable(
  'tpp_item',
  {
    instansiId: uuid('instansi_id').notNull(),
    runId: uuid('run_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The perangkat daerah the pegawai belonged to that month (the bendahara's list). */
    perangkatDaerahId: uuid('perangkat_daerah_id'),
    kelas: integer('kelas'),
    predikat: text('predikat'),
    dibayar: bigint('dibayar', { mode: 'number' }),
    rincian: jsonb('rincian'),
    gagal: text('gagal'),
  },
  (t) => [
    primaryKey({ name: 'tpp_item_pk', columns: [t.instansiId, t.runId, t.pegawaiId] }),
    foreignKey({ name: 'tpp_item_run_fk', columns: [t.instansiId, t.runId], foreignColumns: [tppRun.instansiId, tppRun.id] }).onDelete('cascade'),
    index('tpp_item_pegawai_ix').on(t.instansiId, t.pegawaiId),
  ],
);

/** A pegawai's potential score (talent map): an assessment's result with its source and date; the latest counts. */
export const potensiPegawai = pgTable(
  'potensi_pegawai',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    pegawaiId: uuid('pegawai_id').notNull(),
    skor: integer('skor').notNull(),
    sumber: text('sumber').notNull(),
    tanggal: date('tanggal').notNull(),
    dicatatOleh: uuid('dicatat_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'potensi_pegawai_pk', columns: [t.instansiId, t.pegawaiId, t.id] }),
    foreignKey({ name: 'potensi_pegawai_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    check('potensi_pegawai_skor_ck', sql`${t.skor} between 0 and 100`),
  ],
);

/** The bendahara of a perangkat daerah for TPP: may download the approved payroll list of that perangkat daerah only. */
export const bendaharaTpp = pgTable(
  'bendahara_tpp',
  {
    instansiId: uuid('instansi_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    ditetapkanOleh: uuid('ditetapkan_oleh'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'bendahara_tpp_pk', columns: [t.instansiId, t.id] }),
    unique('bendahara_tpp_uq').on(t.instansiId, t.unitId, t.pegawaiId),
    index('bendahara_tpp_pegawai_ix').on(t.instansiId, t.pegawaiId),
    foreignKey({ name: 'bendahara_tpp_pegawai_fk', columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
    foreignKey({ name: 'bendahara_tpp_unit_fk', columns: [t.instansiId, t.unitId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }).onDelete('cascade'),
  ],
);
