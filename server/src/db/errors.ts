/**
 * PostgreSQL errors as the server needs to tell them apart, whichever driver (pg, PGlite) raised
 * them and however Drizzle wrapped them (it puts the driver's error in `cause`).
 */
interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

function* rantai(e: unknown): Generator<PgErrorLike> {
  for (let x: unknown = e, i = 0; x && typeof x === 'object' && i < 6; x = (x as { cause?: unknown }).cause, i++) yield x as PgErrorLike;
}

/** The constraint of a unique violation (SQLSTATE 23505), or null when `e` is not one. */
export function pelanggaranUnik(e: unknown): string | null {
  for (const x of rantai(e)) {
    if (x.code !== '23505') continue;
    if (typeof x.constraint === 'string') return x.constraint;
    // PGlite may leave the constraint only in the message.
    const m = typeof x.message === 'string' ? /constraint "([^"]+)"/.exec(x.message) : null;
    return m?.[1] ?? '';
  }
  return null;
}

export const isUniqueViolation = (e: unknown): boolean => pelanggaranUnik(e) !== null;

/** A NIP that is already a pegawai's somewhere in the deployment (schema.ts `nipTerdaftar`). */
export const NIP_TERDAFTAR_PK = 'nip_terdaftar_pkey';
export const nipSudahTerdaftar = (e: unknown): boolean => pelanggaranUnik(e) === NIP_TERDAFTAR_PK;

/**
 * The database is away (refused connection, terminated session, failover, shutting down): the
 * request may succeed when retried, so it is answered 503 with Retry-After rather than 500.
 */
const KODE_TIDAK_TERSEDIA = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const PESAN_TIDAK_TERSEDIA = /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Cannot use a pool after calling end/i;

export function basisDataTidakTersedia(e: unknown): boolean {
  for (const x of rantai(e)) {
    if (typeof x.code === 'string' && KODE_TIDAK_TERSEDIA.has(x.code)) return true;
    if (typeof x.message === 'string' && PESAN_TIDAK_TERSEDIA.test(x.message)) return true;
  }
  return false;
}
