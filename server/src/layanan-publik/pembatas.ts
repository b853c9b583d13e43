/**
 * The challenge of the public feedback form: a token handed out with the form (GET) and required
 * with the answer (POST): HMAC-SHA256 over the service point's code, the issue time and the device
 * cookie, with the process's secret (config.publicFormSecret). Accepted from 3 s (a person needs
 * time to fill the form) to 2 hours after issue, once (the service remembers used tokens in the
 * rate-limit store until they expire). The flood limits are rate limiters (core/pembatas.ts).
 *
 * Several processes behind a load balancer: set PUBLIC_FORM_SECRET to the same value everywhere
 * (tokens then verify on any process) and REDIS_URL (limits and used tokens shared).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TANTANGAN_MIN_MS = 3_000;
export const TANTANGAN_MAKS_MS = 2 * 60 * 60 * 1000;

const mac = (secret: Buffer, kode: string, terbit: number, perangkat: string) =>
  createHmac('sha256', secret).update(`v1|${kode}|${terbit}|${perangkat}`).digest().subarray(0, 18);

/** A token for the form of service point `kode` shown to device `perangkat` at `now` (ms). */
export function buatTantangan(secret: Buffer, kode: string, perangkat: string, now: number): string {
  return `${now.toString(36)}.${mac(secret, kode, now, perangkat).toString('base64url')}`;
}

export type HasilTantangan = { ok: true } | { ok: false; alasan: 'tidak_valid' | 'kedaluwarsa' | 'terlalu_cepat'; tungguMs?: number };

/** Checks a token against the service point, the device and the clock. */
export function periksaTantangan(secret: Buffer, token: string, kode: string, perangkat: string, now: number): HasilTantangan {
  const m = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{24})$/.exec(token);
  if (!m) return { ok: false, alasan: 'tidak_valid' };
  const terbit = Number.parseInt(m[1]!, 36);
  const diberikan = Buffer.from(m[2]!, 'base64url');
  const seharusnya = mac(secret, kode, terbit, perangkat);
  if (diberikan.length !== seharusnya.length || !timingSafeEqual(diberikan, seharusnya)) return { ok: false, alasan: 'tidak_valid' };
  const umur = now - terbit;
  if (umur > TANTANGAN_MAKS_MS) return { ok: false, alasan: 'kedaluwarsa' };
  if (umur < TANTANGAN_MIN_MS) return { ok: false, alasan: 'terlalu_cepat', tungguMs: TANTANGAN_MIN_MS - umur };
  return { ok: true };
}
