/**
 * The login throttle on a real Redis (127.0.0.1:6379, as in CI): two server processes behind a
 * load balancer share one count, and a Redis that goes away leaves each process counting alone
 * instead of letting every attempt through. Each run uses keys of its own (REDIS_PREFIX).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../core/config.js';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';

// The machine's Redis (started before every session and in CI).
const REDIS_URL = 'redis://127.0.0.1:6379';
const awalan = `uji_${randomUUID().replaceAll('-', '')}`;
const env = { REDIS_URL, REDIS_PREFIX: awalan };

// Process A: the test context; process B: a second app on the same database and the same Redis.
const a = await createTestContext({ env });
const konfigurasi = (e: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/capaian-test-unused', STORAGE_DIR: a.config.storageDir, JOBS: 'false', ...e });
const b = await buildApp({ database: a.database, config: konfigurasi(env), logger: false });
await b.app.ready();
const redis = new Redis(REDIS_URL);

afterAll(async () => {
  await b.app.close();
  const kunci = await redis.keys(`${awalan}_*`);
  if (kunci.length > 0) await redis.del(...kunci);
  redis.disconnect();
});

const masuk = (app: typeof b.app, nip: string, password: string, ip: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, headers: KLIEN, payload: { nip, password } });

describe('the login throttle on Redis', () => {
  it('is one count for every process: failures on A hold the account back on B', async () => {
    expect(a.services.penyimpanPembatas.jenis).toBe('redis');
    expect(await a.services.penyimpanPembatas.siap(10_000)).toBe(true);
    expect(await b.services.penyimpanPembatas.siap(10_000)).toBe(true);
    for (let i = 1; i <= 5; i++) expect((await masuk(a.app, NIP.kapus, `keliru-${i}x`, `10.20.0.${i}`)).statusCode).toBe(401);
    // The counts live in Redis, under this deployment's prefix.
    expect((await redis.keys(`${awalan}_masuk_gagal*`)).length).toBeGreaterThan(0);
    const ditahan = await masuk(b.app, NIP.kapus, 'capaian2026', '10.20.0.9');
    expect(ditahan.statusCode).toBe(429);
    expect(Number(ditahan.headers['retry-after'])).toBeGreaterThan(0);
    // An admin's release on B frees the account on A too.
    await b.services.pembatasMasuk.lepas(NIP.kapus);
    expect((await masuk(a.app, NIP.kapus, 'capaian2026', '10.20.0.10')).statusCode).toBe(200);
  });

  it('a Redis that cannot be reached leaves each process counting on its own, logins still work', async () => {
    const { app: lain, services } = await buildApp({ database: a.database, config: konfigurasi({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: awalan }), logger: false });
    try {
      await lain.ready();
      expect(await services.penyimpanPembatas.siap(200)).toBe(false);
      expect((await masuk(lain, NIP.guru, 'capaian2026', '10.21.0.1')).statusCode).toBe(200);
      for (let i = 1; i <= 5; i++) expect((await masuk(lain, NIP.guru, `keliru-${i}x`, `10.21.0.${i + 1}`)).statusCode).toBe(401);
      expect((await masuk(lain, NIP.guru, 'capaian2026', '10.21.0.9')).statusCode).toBe(429);
    } finally {
      await lain.close();
    }
  });
});
