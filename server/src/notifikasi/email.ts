/**
 * The plain-text e-mail of a notification. The outbox stores the app path of the link under a
 * placeholder; whoever shows or sends the e-mail renders it with the configured public address
 * (`config.publicUrl`), so `notify()` needs no configuration and a changed address applies to
 * e-mails still waiting.
 */
import { sql, type SQL } from 'drizzle-orm';

export const ALAMAT_PUBLIK = '{{PUBLIC_URL}}';
const PEMBUKA_TAUTAN = '\n\nBuka di Capaian: ';
const PENUTUP = '\n\n-- \nPesan ini dikirim otomatis oleh Capaian. Mohon tidak membalas e-mail ini.';

/** SQL for the stored body: the message, the link (an app path under the placeholder, or an absolute URL), the footer. */
export const isiEmailSql = (pesan: SQL, tautan: SQL) => sql`concat(${pesan}, ${PEMBUKA_TAUTAN}::text,
  CASE WHEN ${tautan} ~ '^https?://' THEN ${tautan} ELSE ${ALAMAT_PUBLIK}::text || COALESCE(${tautan}, '/') END,
  ${PENUTUP}::text)`;

/** The body as sent and as shown to admins: the placeholder replaced by the public address. */
export const renderIsi = (isi: string, publicUrl: string) => isi.replaceAll(ALAMAT_PUBLIK, publicUrl.replace(/\/+$/, ''));
