import { describe, expect, it } from 'vitest';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { AppError } from '../core/errors.js';
import { addInstansi } from './service.js';

const t = await createTestContext();

describe('onboarding a new pemda', () => {
  it('creates the instansi with a first admin who can log in and sees only their own pemda', async () => {
    const r = await addInstansi(t.database.db, {
      kode: 'KAB-BUNGO',
      nama: 'Pemerintah Kabupaten Bungo',
      jenis: 'KABUPATEN',
      adminNip: '198811042010011003',
      adminNama: 'Ahmad Fauzi',
    });
    expect(r.passwordSementara).toMatch(/^[A-Za-z0-9]{12}$/);
    const cookie = await t.login('198811042010011003', r.passwordSementara);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ mustChangePassword: true, instansi: { nama: 'Pemerintah Kabupaten Bungo' }, can: { kelolaAkun: true, impor: true } });
    // A temporary password opens nothing but changing it.
    expect((await t.app.inject({ url: '/api/v1/unit-kerja', headers: { cookie } })).json()).toMatchObject({ error: 'wajib_ganti_password' });
    const ganti = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie, ...KLIEN },
      payload: { passwordLama: r.passwordSementara, passwordBaru: 'AdminBungo2026!' },
    });
    expect(ganti.statusCode).toBe(204);
    const units = await t.app.inject({ url: '/api/v1/unit-kerja', headers: { cookie } });
    expect(units.json<Array<{ kode: string }>>().map((u) => u.kode)).toEqual(['SETDA']);
    const list = await t.app.inject({ url: '/api/v1/pegawai', headers: { cookie } });
    expect(list.json()).toMatchObject({ total: 1 });
  });

  it('refuses a taken code, a bad NIP and a NIP that already has an account, naming each field', async () => {
    const err = await addInstansi(t.database.db, {
      kode: 'KOTA-CONTOH',
      nama: 'Duplikat',
      jenis: 'KOTA',
      adminNip: NIP.pelaksana,
      adminNama: 'Siapa Saja',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields).toEqual({ kode: 'kode instansi sudah dipakai', adminNip: 'NIP ini sudah punya akun di deployment ini' });
    const bad = await addInstansi(t.database.db, { kode: 'KOTA-X', nama: 'Kota X', jenis: 'KOTA', adminNip: '123', adminNama: 'A B' }).catch((e: unknown) => e);
    expect((bad as AppError).fields?.adminNip).toContain('18 digit');
  });
});
