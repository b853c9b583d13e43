import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { userAccount } from '../db/schema.js';

let now = new Date();
const t = await createTestContext({ clock: () => now });

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

  it('locks an account after 5 failures, shows the lock to admins, and an admin can unlock it', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.guru, password: `salah${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.guru, password: 'salah5' } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toBe('account_locked');
    // Even the right password is refused while locked.
    const right = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.guru, password: 'capaian2026' } });
    expect(right.statusCode).toBe(423);

    const list = await t.api('GET', '/api/v1/akun?terkunci=true', { as: NIP.adminBkpsdm });
    const items = list.json<{ items: Array<{ id: string; nip: string; terkunciSampai: string | null; gagalBerturut: number }> }>().items;
    const acc = items.find((a) => a.nip === NIP.guru);
    expect(acc?.terkunciSampai).not.toBeNull();
    expect(acc?.gagalBerturut).toBe(5);

    const audit = await t.api('GET', '/api/v1/audit?action=lock', { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string }> }>().items[0]?.summary).toContain(NIP.guru);

    const unlock = await t.api('POST', `/api/v1/akun/${acc?.id}/buka-kunci`, { as: NIP.adminBkpsdm });
    expect(unlock.statusCode).toBe(200);
    const again = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.guru, password: 'capaian2026' } });
    expect(again.statusCode).toBe(200);
  });

  it('lets a lock run out after 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.kapus, password: 'keliru99' } });
    expect((await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.kapus, password: 'capaian2026' } })).statusCode).toBe(423);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.kapus, password: 'capaian2026' } })).statusCode).toBe(200);
  });
});

describe('session', () => {
  it('answers 401 without a session and after logout', async () => {
    expect((await t.api('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const res = await t.api('POST', '/api/v1/auth/login', { body: { nip: NIP.pengawas, password: 'capaian2026' } });
    const cookie = `capaian_sesi=${res.cookies[0]?.value}`;
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
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
