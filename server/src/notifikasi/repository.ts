import { SKP_BERLAKU as SKP_BERLAKU_STATES } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { NAMA_BULAN } from '@capaian/domain';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { LIVE_CHANNEL } from '../core/events.js';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { emailOutbox, notifikasi } from '../db/schema.js';
import { isiEmailSql } from './email.js';

export type NotifikasiRow = typeof notifikasi.$inferSelect;
export type EmailOutboxRow = typeof emailOutbox.$inferSelect;

const NAMA_BULAN_SQL = sql`${`{${NAMA_BULAN.join(',')}}`}::text[]`;
/** '31 Maret 2026' from a date column. */
const tanggalSql = (d: SQL) => sql`(to_char(${d}, 'FMDD') || ' ' || (${NAMA_BULAN_SQL})[extract(month FROM ${d})::int] || ' ' || to_char(${d}, 'YYYY'))`;
/** Who gets reminders: pegawai on duty (not on leave, studying, inactive or retired). */
const BERTUGAS = sql`'AKTIF'`;
/** An approved SKP still in force (an approved SKP under revision is still the one in force). */
const SKP_BERLAKU = sqlList(SKP_BERLAKU_STATES);

/**
 * One statement: notifications from `source` (columns pegawai_id, jenis, judul, pesan, tautan, kunci),
 * skipping a (pegawai, kunci) pair that exists already (notifikasi_kunci_uq), and one e-mail in the
 * outbox per inserted notification whose pegawai has an address. With `live`, the live event
 * `{ jenis: 'notifikasi', instansiId, pegawaiId }` of `publish()` is sent per pegawai in SQL too (for thousands of rows).
 */
function notifikasiDanEmail(instansiId: string, source: SQL, at: Date | null, live: boolean) {
  return sql`WITH src AS (${source}),
    ins AS (
      INSERT INTO notifikasi (instansi_id, pegawai_id, jenis, judul, pesan, tautan, kunci, created_at)
      SELECT ${instansiId}::uuid, src.pegawai_id, src.jenis, src.judul, src.pesan, src.tautan, src.kunci,
             COALESCE(${at ? at.toISOString() : null}::timestamptz, now())
        FROM src
      ON CONFLICT (instansi_id, pegawai_id, kunci) DO NOTHING
      RETURNING instansi_id, id, pegawai_id, judul, pesan, tautan, created_at
    ),
    email AS (
      INSERT INTO email_outbox (instansi_id, pegawai_id, kepada, subjek, isi, created_at)
      SELECT ins.instansi_id, ins.pegawai_id, btrim(p.email), ins.judul, ${isiEmailSql(sql`ins.pesan`, sql`ins.tautan`)}, ins.created_at
        FROM ins
        JOIN pegawai p ON p.instansi_id = ins.instansi_id AND p.id = ins.pegawai_id
       WHERE btrim(COALESCE(p.email, '')) <> '' AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
      RETURNING id
    )${
      live
        ? sql`,
    live AS (
      SELECT pg_notify(${LIVE_CHANNEL}, json_build_object('jenis', 'notifikasi', 'instansiId', x.instansi_id, 'pegawaiId', x.pegawai_id)::text)
        FROM (SELECT DISTINCT instansi_id, pegawai_id FROM ins) x
    )
    SELECT (SELECT count(*) FROM ins)::int AS notifikasi, (SELECT count(*) FROM email)::int AS email, (SELECT count(*) FROM live)::int AS pegawai`
        : sql`
    SELECT ins.id, ins.pegawai_id FROM ins`
    }`;
}

/** Every query filters on the tenant and on the owner: another user's notification is never found. */
export const notifikasiRepository = {
  list(db: DbOrTx, instansiId: string, pegawaiId: string, belumDibaca: boolean, limit = 50) {
    return db
      .select()
      .from(notifikasi)
      .where(
        and(
          eq(notifikasi.instansiId, instansiId),
          eq(notifikasi.pegawaiId, pegawaiId),
          belumDibaca ? isNull(notifikasi.dibacaAt) : undefined,
        ),
      )
      .orderBy(desc(notifikasi.createdAt), desc(notifikasi.id))
      .limit(limit);
  },

  async countUnread(db: DbOrTx, instansiId: string, pegawaiId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), isNull(notifikasi.dibacaAt)));
    return row?.n ?? 0;
  },

  /** Marks one of the owner's notifications read (keeps the first reading time); null when not theirs. */
  async markRead(db: DbOrTx, instansiId: string, pegawaiId: string, id: string, at: Date) {
    const [row] = await db
      .update(notifikasi)
      .set({ dibacaAt: sql`COALESCE(${notifikasi.dibacaAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), eq(notifikasi.id, id)))
      .returning();
    return row ?? null;
  },

  async markAllRead(db: DbOrTx, instansiId: string, pegawaiId: string, at: Date) {
    const rows = await db
      .update(notifikasi)
      .set({ dibacaAt: at })
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), isNull(notifikasi.dibacaAt)))
      .returning({ id: notifikasi.id });
    return rows.length;
  },

  /** The same notification for some pegawai (and their e-mails); returns the rows inserted. */
  async insertMany(
    db: DbOrTx,
    instansiId: string,
    pegawaiIds: readonly string[],
    p: { jenis: string; judul: string; pesan: string; tautan: string | null; kunci: string | null },
    at: Date | null,
  ) {
    const rows = await queryRows<{ id: string; pegawai_id: string }>(
      db,
      notifikasiDanEmail(
        instansiId,
        sql`SELECT x.pid AS pegawai_id, ${p.jenis}::text AS jenis, ${p.judul}::text AS judul, ${p.pesan}::text AS pesan,
                   ${p.tautan}::text AS tautan, ${p.kunci}::text AS kunci
              FROM unnest(${uuidArray(pegawaiIds)}) AS x(pid)`,
        at,
        false,
      ),
    );
    return rows.map((r) => ({ id: r.id, pegawaiId: r.pegawai_id }));
  },

  /** Notifications (and e-mails and live events) from a query, set-based: for reminders to thousands. */
  async insertFrom(db: DbOrTx, instansiId: string, source: SQL, at: Date) {
    const [row] = await queryRows<{ notifikasi: number; email: number; pegawai: number }>(db, notifikasiDanEmail(instansiId, source, at, true));
    return row ?? { notifikasi: 0, email: 0, pegawai: 0 };
  },
};

/** The e-mail outbox: the admins' page (per instansi) and the sender (across instansi, rows claimed with SKIP LOCKED). */
export const emailOutboxRepository = {
  list(db: DbOrTx, instansiId: string, limit: number, offset: number) {
    return db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.instansiId, instansiId))
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(limit)
      .offset(offset);
  },

  async count(db: DbOrTx, instansiId: string) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.instansiId, instansiId));
    return row?.n ?? 0;
  },

  /**
   * Claims up to `limit` waiting e-mails, oldest first, skipping rows another sender holds and the
   * rows in `except`. A row that failed before is tried again from 1, 3, 7, 15 minutes after it was
   * queued (2^percobaan − 1). The locks last as long as the caller's transaction.
   */
  claim(db: DbOrTx, limit: number, now: Date, except: readonly string[] = []) {
    return queryRows<{ instansi_id: string; id: string; kepada: string; subjek: string; isi: string; percobaan: number }>(
      db,
      sql`SELECT instansi_id, id, kepada, subjek, isi, percobaan FROM email_outbox
           WHERE status = 'MENUNGGU'
             AND (percobaan = 0 OR created_at <= ${now.toISOString()}::timestamptz - make_interval(mins => (1 << least(percobaan, 20)) - 1))
             ${except.length ? sql`AND NOT (id = ANY(${uuidArray(except)}))` : sql``}
           ORDER BY created_at, id
           LIMIT ${limit}
           FOR UPDATE SKIP LOCKED`,
    );
  },

  /** Embedded mode without SMTP: waiting e-mails are kept as OUTBOX for admins to read. */
  async keepInOutbox(db: DbOrTx, limit: number) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE email_outbox e SET status = 'OUTBOX'
            FROM (SELECT instansi_id, id FROM email_outbox WHERE status = 'MENUNGGU' ORDER BY created_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED) w
           WHERE e.instansi_id = w.instansi_id AND e.id = w.id
          RETURNING e.id`,
    );
    return rows.length;
  },

  async markSent(db: DbOrTx, instansiId: string, id: string, at: Date) {
    await db
      .update(emailOutbox)
      .set({ status: 'TERKIRIM', terkirimAt: at, galat: null, percobaan: sql`${emailOutbox.percobaan} + 1` })
      .where(and(eq(emailOutbox.instansiId, instansiId), eq(emailOutbox.id, id)));
  },

  /** One more failed attempt; GAGAL once `maxPercobaan` attempts failed. */
  async markFailed(db: DbOrTx, instansiId: string, id: string, galat: string, maxPercobaan: number) {
    const [row] = await db
      .update(emailOutbox)
      .set({
        percobaan: sql`${emailOutbox.percobaan} + 1`,
        galat: galat.slice(0, 1000),
        status: sql`CASE WHEN ${emailOutbox.percobaan} + 1 >= ${maxPercobaan} THEN 'GAGAL' ELSE 'MENUNGGU' END`,
      })
      .where(and(eq(emailOutbox.instansiId, instansiId), eq(emailOutbox.id, id)))
      .returning({ status: emailOutbox.status });
    return row?.status ?? null;
  },
};

/** The reminders' queries: each is a notification source for `notifikasiRepository.insertFrom`. */
export const pengingatRepository = {
  /** Only one process runs the reminders at a time: a lock held until the transaction ends. */
  async tryLock(tx: DbOrTx) {
    const [row] = await queryRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(hashtext('capaian.pengingat')) AS ok`);
    return row?.ok ?? false;
  },

  instansi(db: DbOrTx, instansiId: string | undefined) {
    return queryRows<{ id: string; zona_waktu: string; pengingat_realisasi_hari: number }>(
      db,
      sql`SELECT id, zona_waktu, pengingat_realisasi_hari FROM instansi ${instansiId ? sql`WHERE id = ${instansiId}` : sql``} ORDER BY kode`,
    );
  },

  /**
   * Pegawai on duty with an SKP of the year approved at least `hari` days ago who recorded no
   * realisasi dated in the last `hari` days and got no such reminder in that time.
   */
  realisasiKosong(instansiId: string, m: { tahun: number; hariIni: string; sejakTanggal: string; sejak: Date; judul: string; pesan: string; kunci: string }) {
    const sejak = m.sejak.toISOString();
    return sql`
      SELECT DISTINCT s.pegawai_id, 'PENGINGAT_REALISASI'::text AS jenis, ${m.judul}::text AS judul, ${m.pesan}::text AS pesan,
             '/progres'::text AS tautan, ${m.kunci}::text AS kunci
        FROM skp s
        JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id AND p.status = ${BERTUGAS}
       WHERE s.instansi_id = ${instansiId} AND s.tahun = ${m.tahun} AND s.status IN ${SKP_BERLAKU}
         AND (s.disetujui_at IS NULL OR s.disetujui_at <= ${sejak}::timestamptz)
         AND s.periode_mulai <= ${m.sejakTanggal}::date AND s.periode_selesai >= ${m.hariIni}::date
         AND NOT EXISTS (SELECT 1 FROM realisasi r
                          WHERE r.instansi_id = s.instansi_id AND r.pegawai_id = s.pegawai_id AND r.tanggal > ${m.sejakTanggal}::date)
         AND NOT EXISTS (SELECT 1 FROM notifikasi n
                          WHERE n.instansi_id = s.instansi_id AND n.pegawai_id = s.pegawai_id
                            AND n.created_at > ${sejak}::timestamptz AND n.jenis = 'PENGINGAT_REALISASI')`;
  },

  /** Rencana aksi with a target whose period ends within the window, realised less than planned: once per rencana aksi. */
  rencanaAksi(instansiId: string, m: { hariIni: string; sampai: string; judul: string }) {
    return sql`
      SELECT s.pegawai_id, 'PENGINGAT_RENCANA_AKSI'::text AS jenis, ${m.judul}::text AS judul,
             concat('Rencana aksi "', ra.uraian, '" berakhir pada ', ${tanggalSql(sql`ra.periode_selesai`)},
                    '. Realisasi baru ', x.jumlah, ' dari target ', ra.target, COALESCE(' ' || ra.satuan, ''),
                    '. Catat realisasi Anda sebelum periode berakhir.') AS pesan,
             '/progres'::text AS tautan,
             concat('rencana-aksi:', ra.id, ':', to_char(ra.periode_selesai, 'YYYY-MM-DD')) AS kunci
        FROM rencana_aksi ra
        JOIN skp s ON s.instansi_id = ra.instansi_id AND s.id = ra.skp_id AND s.status IN ${SKP_BERLAKU}
        JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id AND p.status = ${BERTUGAS}
        CROSS JOIN LATERAL (SELECT COALESCE(sum(r.jumlah), 0)::int AS jumlah FROM realisasi r
                             WHERE r.instansi_id = ra.instansi_id AND r.rencana_aksi_id = ra.id) x
       WHERE ra.instansi_id = ${instansiId} AND ra.target IS NOT NULL
         AND ra.periode_selesai BETWEEN ${m.hariIni}::date AND ${m.sampai}::date
         AND x.jumlah < ra.target`;
  },

  /** Open tindak lanjut of a bimbingan not cancelled, due within the window: once per item, to the pegawai. */
  tindakLanjut(instansiId: string, m: { hariIni: string; sampai: string; judul: string }) {
    return sql`
      SELECT b.pegawai_id, 'PENGINGAT_TINDAK_LANJUT'::text AS jenis, ${m.judul}::text AS judul,
             concat('Tindak lanjut "', tl.uraian, '" dari bimbingan "', b.topik, '" jatuh tempo pada ',
                    ${tanggalSql(sql`tl.jatuh_tempo`)}, '.') AS pesan,
             concat('/bimbingan/', b.id) AS tautan,
             concat('tindak-lanjut:', tl.id, ':', to_char(tl.jatuh_tempo, 'YYYY-MM-DD')) AS kunci
        FROM tindak_lanjut tl
        JOIN bimbingan b ON b.instansi_id = tl.instansi_id AND b.id = tl.bimbingan_id AND b.status <> 'DIBATALKAN'
        JOIN pegawai p ON p.instansi_id = b.instansi_id AND p.id = b.pegawai_id AND p.status = ${BERTUGAS}
       WHERE tl.instansi_id = ${instansiId} AND tl.selesai_at IS NULL
         AND tl.jatuh_tempo BETWEEN ${m.hariIni}::date AND ${m.sampai}::date`;
  },
};
