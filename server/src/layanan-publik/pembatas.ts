/**
 * Flood protection of the public feedback form, kept in this process's memory.
 *
 * - `PembatasLaju`: fixed-window counters per key (per IP, per device and service point) in a
 *   Map with expiry. Expired windows are swept as the map is used; when it holds `maksKunci`
 *   keys the oldest windows are evicted first (a Map iterates in insertion order and a window is
 *   inserted when it starts), so memory stays bounded under a flood of distinct keys.
 * - `tantangan`: a challenge token handed out with the form (GET) and required with the answer
 *   (POST): HMAC-SHA256 over the service point's code, the issue time and the device cookie, with
 *   the process's secret (config.publicFormSecret). Accepted from 3 s (a person needs time to
 *   fill the form) to 2 hours after issue. Nothing is stored per token.
 *
 * Several processes behind a load balancer: set PUBLIC_FORM_SECRET to the same value everywhere
 * (tokens then verify on any process; no sticky sessions needed). The counters stay per process,
 * so each process allows the limits on its own; a deployment that needs shared limits moves
 * `PembatasLaju` to Redis (INCR + PEXPIRE per key) behind the same two methods.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

interface Jendela {
  jumlah: number;
  berakhir: number;
}

export class PembatasLaju {
  private readonly jendela = new Map<string, Jendela>();
  private sapuBerikut = 0;

  constructor(private readonly maksKunci = 200_000) {}

  /** How many hits `kunci` has in its current window (0 when none or expired). */
  jumlah(kunci: string, now: number): number {
    const j = this.jendela.get(kunci);
    return j && j.berakhir > now ? j.jumlah : 0;
  }

  /** Counts one hit for `kunci` in a window of `lamaMs` starting at its first hit. */
  catat(kunci: string, lamaMs: number, now: number): void {
    this.sapu(now);
    const j = this.jendela.get(kunci);
    if (j && j.berakhir > now) {
      j.jumlah += 1;
      return;
    }
    if (j) this.jendela.delete(kunci);
    if (this.jendela.size >= this.maksKunci) {
      const tertua = this.jendela.keys().next();
      if (!tertua.done) this.jendela.delete(tertua.value);
    }
    this.jendela.set(kunci, { jumlah: 1, berakhir: now + lamaMs });
  }

  /** Seconds until `kunci`'s window ends (for Retry-After). */
  sisaDetik(kunci: string, now: number): number {
    const j = this.jendela.get(kunci);
    return j ? Math.max(1, Math.ceil((j.berakhir - now) / 1000)) : 1;
  }

  get ukuran(): number {
    return this.jendela.size;
  }

  /** Drops expired windows, at most once a second (one pass over the map: bounded by `maksKunci`). */
  private sapu(now: number): void {
    if (now < this.sapuBerikut) return;
    this.sapuBerikut = now + 1000;
    // Windows of different lengths interleave, so check them all; cheap next to a second of traffic.
    for (const [k, j] of this.jendela) if (j.berakhir <= now) this.jendela.delete(k);
  }
}

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
