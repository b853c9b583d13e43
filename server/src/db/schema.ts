/**
 * Database schema (Drizzle). Every tenant table carries `instansi_id` as the first column of
 * its primary key and of every foreign key, so the schema can later be distributed by
 * `instansi_id` (Citus) and a row can never point at another pemda's row.
 * Migrations are generated from this file into server/migrations/ and committed.
 */
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
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('instansi_kode_uq').on(t.kode),
    check('instansi_jenis_ck', sql`${t.jenis} in ('PROVINSI','KABUPATEN','KOTA')`),
    check('instansi_zona_ck', sql`${t.zonaWaktu} in ('WIB','WITA','WIT')`),
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
    check('pegawai_jenis_asn_ck', sql`${t.jenisAsn} in ('PNS','PPPK')`),
    check(
      'pegawai_status_ck',
      sql`${t.status} in ('AKTIF','CUTI','TUGAS_BELAJAR','NONAKTIF','PENSIUN')`,
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
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastFailedAt: ts('last_failed_at'),
    lockedUntil: ts('locked_until'),
    lastLoginAt: ts('last_login_at'),
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
      sql`${t.role} in ('PEGAWAI','PENGELOLA_KINERJA','ADMIN_BKPSDM','PIMPINAN','ADMIN_SISTEM')`,
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
