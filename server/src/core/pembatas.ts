/**
 * Rate limits (login throttling, the public form's flood limits, single-use challenge tokens)
 * through rate-limiter-flexible: in this process's memory by default, or in Redis when
 * REDIS_URL is set so that several processes behind a load balancer share one count. If Redis
 * is unreachable, each limiter falls back to its in-memory twin (its "insurance"): limits are
 * then per process rather than gone.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface OpsiPembatas {
  /** Names the limiter's keys (e.g. 'masuk_ip'). */
  nama: string;
  /** Points allowed per window. */
  poin: number;
  /** Window length in seconds. */
  detik: number;
  /** Seconds a key stays blocked after going over (0: only until its window ends). */
  blokDetik?: number;
}

export interface PenyimpanPembatas {
  readonly jenis: 'memori' | 'redis';
  buat(o: OpsiPembatas): RateLimiterAbstract;
  /** Resolves true once the shared store answers (memory: at once), false after `ms` without it. */
  siap(ms: number): Promise<boolean>;
  tutup(): Promise<void>;
}

interface Pencatat {
  warn(o: object, msg: string): void;
}

export function buatPenyimpanPembatas(redisUrl: string | undefined, log?: Pencatat, awalan = 'capaian'): PenyimpanPembatas {
  const opsi = (o: OpsiPembatas) => ({ keyPrefix: `${awalan}_${o.nama}`, points: o.poin, duration: o.detik, blockDuration: o.blokDetik ?? 0 });
  if (!redisUrl) return { jenis: 'memori', buat: (o) => new RateLimiterMemory(opsi(o)), siap: async () => true, tutup: async () => {} };
  // No offline queue: while Redis is away a command fails at once and the insurance limiter answers.
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  let lapor = 0;
  redis.on('error', (err: Error) => {
    // An unhandled 'error' event would end the process; one line a minute is enough.
    if (Date.now() - lapor > 60_000) {
      lapor = Date.now();
      log?.warn({ err: err.message }, 'Redis tidak terjangkau: batas laju memakai memori proses ini');
    }
  });
  return {
    jenis: 'redis',
    buat: (o) => new RateLimiterRedis({ ...opsi(o), storeClient: redis, insuranceLimiter: new RateLimiterMemory(opsi(o)) }),
    siap: (ms) =>
      redis.status === 'ready'
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const selesai = (v: boolean) => {
              clearTimeout(waktu);
              redis.off('ready', siap);
              resolve(v);
            };
            const siap = () => selesai(true);
            const waktu = setTimeout(() => selesai(false), ms);
            redis.on('ready', siap);
          }),
    tutup: async () => {
      redis.disconnect();
    },
  };
}

/** The answer of `consume` whether it was allowed or refused (the library rejects with a RateLimiterRes). */
export async function pakai(limiter: RateLimiterAbstract, kunci: string, poin = 1): Promise<{ boleh: boolean; res: RateLimiterRes }> {
  try {
    return { boleh: true, res: await limiter.consume(kunci, poin) };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { boleh: false, res: e };
    throw e;
  }
}

/** Whether `kunci` is over its limit now, and for how many more seconds. */
export async function tertahan(limiter: RateLimiterAbstract, kunci: string): Promise<number> {
  const res = await limiter.get(kunci);
  if (!res || res.consumedPoints <= limiter.points || res.msBeforeNext <= 0) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Seconds until `kunci` may be counted again when it has used all its points (0: room left). */
export async function sisaPenuh(limiter: RateLimiterAbstract, kunci: string): Promise<number> {
  const res = await limiter.get(kunci);
  if (!res || res.consumedPoints < limiter.points || res.msBeforeNext <= 0) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
