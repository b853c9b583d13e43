/**
 * Login throttling (issue #11) — no lock that an attacker controls:
 *
 * - Per client address: after `perIp.gagal` failed logins in `perIp.detik`, that address waits
 *   `perIp.blokDetik` (whatever NIPs it tries). A whole office behind one NAT shares it, so it is
 *   generous.
 * - Per account, in two kinds of bucket. A device that has signed in to this NIP before (it
 *   carries the login device cookie, recorded at its last successful login) has a bucket of its
 *   own; every other client shares the NIP's "unknown devices" bucket. After `perAkun.bebas`
 *   failures in a bucket, each further failure makes that bucket wait, doubling from
 *   `perAkun.dasarDetik` up to `perAkun.maksDetik`. An attacker's failures therefore hold back
 *   only unknown devices: the owner on their own phone still gets in.
 * - Unknown NIPs are throttled exactly like known ones, and every refusal reads the same, so
 *   neither the answers nor the waits tell which NIPs have accounts.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { pakai, tertahan, type PenyimpanPembatas } from '../core/pembatas.js';

export const BATAS_MASUK = {
  perIp: { gagal: 50, detik: 15 * 60, blokDetik: 15 * 60 },
  perAkun: { bebas: 5, dasarDetik: 30, maksDetik: 15 * 60, ingatDetik: 24 * 60 * 60 },
};
export type BatasMasuk = typeof BATAS_MASUK;

/** The bucket of one login attempt. */
export const kunciAkun = (nip: string, perangkatDikenal: string | null) => (perangkatDikenal ? `d:${perangkatDikenal}:${nip}` : `n:${nip}`);

export function buatPembatasMasuk(penyimpan: PenyimpanPembatas, batas: BatasMasuk = BATAS_MASUK) {
  const ip = penyimpan.buat({ nama: 'masuk_ip', poin: batas.perIp.gagal, detik: batas.perIp.detik });
  // Failures per bucket, remembered for a day after the last one…
  const gagal = penyimpan.buat({ nama: 'masuk_gagal', poin: 1_000_000, detik: batas.perAkun.ingatDetik });
  // …and the bucket's current wait (set with `block`).
  const tunggu: RateLimiterAbstract = penyimpan.buat({ nama: 'masuk_tunggu', poin: 1, detik: 1 });

  return {
    batas,
    /** Seconds this attempt must still wait (0: it may go ahead), and whose wait it is. */
    async periksa(alamat: string, kunci: string): Promise<{ detik: number; karena: 'ip' | 'akun' } | null> {
      const perIp = await tertahan(ip, alamat);
      if (perIp > 0) return { detik: perIp, karena: 'ip' };
      const perAkun = await tertahan(tunggu, kunci);
      return perAkun > 0 ? { detik: perAkun, karena: 'akun' } : null;
    },

    /** Counts a failure; returns the wait it starts (0 while under the free attempts). */
    async gagal(alamat: string, kunci: string): Promise<number> {
      const dariIp = await pakai(ip, alamat);
      if (dariIp.res.consumedPoints >= batas.perIp.gagal) await ip.block(alamat, batas.perIp.blokDetik);
      const { res } = await pakai(gagal, kunci);
      const lebih = res.consumedPoints - batas.perAkun.bebas;
      if (lebih < 0) return 0;
      const detik = Math.min(batas.perAkun.maksDetik, batas.perAkun.dasarDetik * 2 ** lebih);
      await tunggu.block(kunci, detik);
      return detik;
    },

    /** A successful login clears its own bucket (not the unknown devices' one, if it used another). */
    async berhasil(kunci: string): Promise<void> {
      await Promise.all([gagal.delete(kunci), tunggu.delete(kunci)]);
    },

    /** Failures from unknown devices for this NIP, and until when they are held back (for the accounts page). */
    async keadaan(nip: string, now: number): Promise<{ gagal: number; ditahanSampai: Date | null }> {
      const kunci = kunciAkun(nip, null);
      const [n, detik] = await Promise.all([gagal.get(kunci), tertahan(tunggu, kunci)]);
      return { gagal: n?.consumedPoints ?? 0, ditahanSampai: detik > 0 ? new Date(now + detik * 1000) : null };
    },

    /** An administrator releases the unknown devices' bucket of a NIP. */
    async lepas(nip: string): Promise<void> {
      await this.berhasil(kunciAkun(nip, null));
    },
  };
}

export type PembatasMasuk = ReturnType<typeof buatPembatasMasuk>;
