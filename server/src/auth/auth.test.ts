import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { userAccount } from '../db/schema.js';

let now = new Date();
const t = await createTestContext({ clock: () => now });

/** A login as a browser sends it: from an address, with the login device cookie if it has one. */
function masuk(nip: string, password: string, o: { ip: string; perangkat?: string | undefined }) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: o.ip,
    headers: { ...KLIEN, ...(o.perangkat ? { cookie: `capaian_perangkat_masuk=${o.perangkat}` } : {}) },
    payload: { nip, password },
  });
}

describe('login', () => {
  it('logs in with NIP and password and sets an HttpOnly SameSite session cookie', async () => {
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.pelaksana, password: 'capaian2026' } });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'capaian_sesi');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `capaian_sesi=${c?.value}` } });
    expect(me.json()).toMatchObject({ nip: NIP.pelaksana, nama: 'Budi Santoso', roles: ['PEGAWAI'], can: { kelolaAkun: false } });
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await t.database.db.select().from(userAccount).where(eq(userAccount.nip, NIP.pelaksana));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password with an Indonesian message', async () => {
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.perawat, password: 'salah123' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'invalid_credentials', message: 'NIP atau kata sandi salah.' });
  });

  it('gives an unknown NIP the same answer as a wrong password', async () => {
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: '199901012020011999', password: 'x' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('invalid_credentials');
  });

  it('names the bad field of a malformed body', async () => {
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: '12345', password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { nip: 'NIP harus 18 digit angka' } });
  });

  it('holds back only unknown devices after 5 failures: the owner on their own device still gets in', async () => {
    // The owner signs in once from their phone: the phone becomes a known device of the account.
    const hp = await masuk(NIP.guru, 'capaian2026', { ip: '10.1.0.1' });
    expect(hp.statusCode).toBe(200);
    const perangkat = hp.cookies.find((c) => c.name === 'capaian_perangkat_masuk');
    expect(perangkat).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });

    // An attacker elsewhere guesses: five wrong answers, then a wait (with Retry-After), even for the right password.
    for (let i = 1; i <= 5; i++) expect((await masuk(NIP.guru, `salah${i}x`, { ip: '10.9.0.1' })).statusCode).toBe(401);
    const ditahan = await masuk(NIP.guru, 'capaian2026', { ip: '10.9.0.2' });
    expect(ditahan.statusCode).toBe(429);
    expect(ditahan.json()).toMatchObject({ error: 'terlalu_banyak', details: { cobaLagiDetik: 30 } });
    expect(ditahan.json().message).toContain('Coba lagi dalam 1 menit');
    expect(ditahan.headers['retry-after']).toBe('30');

    // The owner's phone is not held back.
    expect((await masuk(NIP.guru, 'capaian2026', { ip: '10.1.0.1', perangkat: perangkat?.value })).statusCode).toBe(200);
    // A forged device cookie is just an unknown device.
    expect((await masuk(NIP.guru, 'capaian2026', { ip: '10.1.0.1', perangkat: 'A'.repeat(22) })).statusCode).toBe(429);
    await t.services.pembatasMasuk.lepas(NIP.guru);
  });

  it('throttles an unknown NIP exactly like a known one, with the same answers', async () => {
    const tanpaAkun = '199901012020011777';
    const jawaban = async (nip: string) => {
      const r: Array<[number, unknown]> = [];
      for (let i = 1; i <= 6; i++) {
        const res = await masuk(nip, `keliru-${i}x`, { ip: `10.8.0.${i}` });
        r.push([res.statusCode, res.json()]);
      }
      return r;
    };
    const dikenal = await jawaban(NIP.kapus);
    expect(dikenal.map(([s]) => s)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await jawaban(tanpaAkun)).toEqual(dikenal);
    await t.services.pembatasMasuk.lepas(NIP.kapus);
  });

  it('shows the hold to admins (failures, until when), who can release it; audited with the real actor', async () => {
    for (let i = 1; i <= 5; i++) await masuk(NIP.pengawas, `salah-${i}x`, { ip: '10.7.0.1' });
    const list = await t.api('GET', `/api/v1/akun?q=${NIP.pengawas}`, { as: NIP.adminBkpsdm });
    const acc = list.json<{ items: Array<{ id: string; nip: string; terkunciSampai: string | null; gagalBerturut: number }> }>().items[0];
    expect(acc).toMatchObject({ nip: NIP.pengawas, gagalBerturut: 5 });
    expect(Date.parse(acc?.terkunciSampai ?? '')).toBeGreaterThan(Date.now());
    expect((await masuk(NIP.pengawas, 'capaian2026', { ip: '10.7.0.2' })).statusCode).toBe(429);

    const lepas = await t.api('POST', `/api/v1/akun/${acc?.id}/buka-kunci`, { as: NIP.adminBkpsdm });
    expect(lepas.json()).toMatchObject({ terkunciSampai: null, gagalBerturut: 0 });
    const audit = await t.api('GET', '/api/v1/audit?action=unlock', { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string; actorNip: string | null }> }>().items[0]).toMatchObject({ actorNip: NIP.adminBkpsdm });
    expect((await masuk(NIP.pengawas, 'capaian2026', { ip: '10.7.0.2' })).statusCode).toBe(200);
  });

  it('holds back a client address after many failures, whatever NIPs it tries; other addresses go on', async () => {
    const { perIp } = t.services.pembatasMasuk.batas;
    for (let i = 0; i < perIp.gagal; i++) {
      const nip = `19990101202001${String(1000 + i).slice(-4)}`;
      expect((await masuk(nip, 'tebakan1', { ip: '10.6.6.6' })).statusCode).toBe(401);
    }
    const res = await masuk(NIP.kadis, 'capaian2026', { ip: '10.6.6.6' });
    expect(res.statusCode).toBe(429);
    expect(res.json().message).toContain('dari jaringan ini');
    expect((await masuk(NIP.kadis, 'capaian2026', { ip: '10.6.6.7' })).statusCode).toBe(200);
  });

  it('tells a deactivated account apart only to someone who knows its password', async () => {
    const [acc] = await t.database.db.select().from(userAccount).where(eq(userAccount.nip, NIP.perawat));
    await t.database.db.update(userAccount).set({ aktif: false }).where(eq(userAccount.id, acc!.id));
    try {
      expect((await masuk(NIP.perawat, 'bukan-sandinya1', { ip: '10.5.0.1' })).json()).toMatchObject({ error: 'invalid_credentials' });
      expect((await masuk(NIP.perawat, 'capaian2026', { ip: '10.5.0.1' })).json()).toMatchObject({ error: 'account_disabled' });
    } finally {
      await t.database.db.update(userAccount).set({ aktif: true }).where(eq(userAccount.id, acc!.id));
    }
  });
});

describe('session', () => {
  it('answers 401 without a session and after logout', async () => {
    expect((await t.api('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.pengawas, password: 'capaian2026' } });
    const cookie = `capaian_sesi=${res.cookies[0]?.value}`;
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...KLIEN, cookie } });
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toBe('Silakan masuk terlebih dahulu.');
  });

  it('expires a session after its lifetime', async () => {
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.kadis, password: 'capaian2026' } });
    const cookie = `capaian_sesi=${res.cookies[0]?.value}`;
    now = new Date(now.getTime() + 8 * 86_400_000);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('change password', () => {
  it('checks the old password and the rules, then works with the new one only', async () => {
    const nip = NIP.sekda;
    const wrongOld = await t.api('POST', '/api/v1/auth/password', { as: nip, body: { passwordLama: 'bukan', passwordBaru: 'baru12345' } });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.json().fields).toEqual({ passwordLama: 'kata sandi lama salah' });
    const weak = await t.api('POST', '/api/v1/auth/password', { as: nip, body: { passwordLama: 'capaian2026', passwordBaru: 'pendek' } });
    expect(weak.json().fields).toEqual({ passwordBaru: 'paling sedikit 8 karakter' });
    const ok = await t.api('POST', '/api/v1/auth/password', { as: nip, body: { passwordLama: 'capaian2026', passwordBaru: 'Rahasia2027' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.api('POST', '/api/v1/auth/login', { body: { nip, password: 'capaian2026' } })).statusCode).toBe(401);
    expect((await t.api('POST', '/api/v1/auth/login', { body: { nip, password: 'Rahasia2027' } })).statusCode).toBe(200);
  });
});
