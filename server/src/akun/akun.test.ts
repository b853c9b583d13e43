import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, DEMO_PASSWORD, KLIEN, NIP } from '../../test/context.js';
import { instansi, pegawai, unitKerja, userAccount } from '../db/schema.js';

const t = await createTestContext();
/** The demo kepala sekolah (not in NIP). */
const KASEK = '197406081999031003';

interface AkunDto {
  id: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  aktif: boolean;
  roles: Array<{ role: string; unitId: string | null; unitNama: string | null }>;
  gagalBerturut: number;
  terkunciSampai: string | null;
  wajibGantiPassword: boolean;
  can: Record<string, boolean>;
}
interface AkunPage {
  items: AkunDto[];
  total: number;
  page: number;
  pageSize: number;
}

async function akunOf(nip: string): Promise<AkunDto> {
  const res = await t.api('GET', `/api/v1/akun?q=${nip}`, { as: NIP.adminBkpsdm });
  expect(res.statusCode).toBe(200);
  const a = res.json<AkunPage>().items.find((x) => x.nip === nip);
  if (!a) throw new Error(`no account ${nip}`);
  return a;
}

const login = (nip: string, password: string) => t.api('POST', '/api/v1/auth/login', { body: { nip, password } });

async function cookieOf(nip: string, password: string): Promise<string> {
  const res = await login(nip, password);
  expect(res.statusCode).toBe(200);
  return `capaian_sesi=${res.cookies.find((c) => c.name === 'capaian_sesi')?.value}`;
}

async function unitId(kode: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: unitKerja.id })
    .from(unitKerja)
    .innerJoin(instansi, eq(instansi.id, unitKerja.instansiId))
    .where(and(eq(instansi.kode, 'KOTA-CONTOH'), eq(unitKerja.kode, kode)));
  if (!row) throw new Error(`no unit ${kode}`);
  return row.id;
}

describe('list', () => {
  it('lists the accounts of the instansi with their roles', async () => {
    const res = await t.api('GET', '/api/v1/akun?pageSize=5', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const page = res.json<AkunPage>();
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(userAccount)
      .innerJoin(instansi, eq(instansi.id, userAccount.instansiId))
      .where(eq(instansi.kode, 'KOTA-CONTOH'));
    expect(page).toMatchObject({ page: 1, pageSize: 5, total: count?.n });
    expect(page.items).toHaveLength(5);

    const pengelola = await akunOf(NIP.pengelola);
    expect(pengelola).toMatchObject({ nama: 'Fitri Handayani', aktif: true, wajibGantiPassword: false });
    expect(pengelola.roles).toEqual([
      { role: 'PEGAWAI', unitId: null, unitNama: null },
      { role: 'PENGELOLA_KINERJA', unitId: await unitId('DINKES'), unitNama: 'Dinas Kesehatan' },
    ]);
    expect(pengelola.can).toEqual({ read: true, update: true, resetPassword: true, unlock: true, deactivate: true });
    // One's own account: no reset or deactivation through this screen.
    expect((await akunOf(NIP.adminBkpsdm)).can).toMatchObject({ resetPassword: false, deactivate: false });
  });

  it('filters by role', async () => {
    const res = await t.api('GET', '/api/v1/akun?role=ADMIN_SISTEM', { as: NIP.adminBkpsdm });
    expect(res.json<AkunPage>().items.map((a) => a.nip)).toEqual([NIP.adminSistem]);
  });

  it('forbids a plain pegawai', async () => {
    const res = await t.api('GET', '/api/v1/akun', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden', message: 'Anda tidak berwenang mengelola akun.' });
    // Pimpinan and pengelola do not manage accounts either.
    expect((await t.api('GET', '/api/v1/akun', { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/akun', { as: NIP.pengelola })).statusCode).toBe(403);
  });
});

describe('reset password', () => {
  it('gives a temporary password that must be changed; the old one and old sessions stop working', async () => {
    const oldCookie = await cookieOf(NIP.perawat, DEMO_PASSWORD);
    const acc = await akunOf(NIP.perawat);
    const res = await t.api('POST', `/api/v1/akun/${acc.id}/reset-password`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const { passwordSementara } = res.json<{ passwordSementara: string }>();
    expect(typeof passwordSementara).toBe('string');
    expect(passwordSementara.length).toBeGreaterThanOrEqual(8);
    expect(passwordSementara).not.toBe(DEMO_PASSWORD);

    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: oldCookie } })).statusCode).toBe(401);
    const old = await login(NIP.perawat, DEMO_PASSWORD);
    expect(old.statusCode).toBe(401);
    expect(old.json()).toMatchObject({ error: 'invalid_credentials' });

    const fresh = await login(NIP.perawat, passwordSementara);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual({ ok: true, wajibGantiPassword: true });
    const cookie = `capaian_sesi=${fresh.cookies.find((c) => c.name === 'capaian_sesi')?.value}`;
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ nip: NIP.perawat, mustChangePassword: true });
    expect((await akunOf(NIP.perawat)).wajibGantiPassword).toBe(true);

    const audit = await t.api('GET', `/api/v1/audit?action=password&entityId=${acc.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string; actorNip: string }> }>().items[0]).toMatchObject({
      summary: `Kata sandi akun ${NIP.perawat} diatur ulang`,
      actorNip: NIP.adminBkpsdm,
    });
  });

  it('a temporary password allows nothing but changing it', async () => {
    const acc = await akunOf(NIP.pengawas);
    const { passwordSementara } = (await t.api('POST', `/api/v1/akun/${acc.id}/reset-password`, { as: NIP.adminBkpsdm })).json<{ passwordSementara: string }>();
    const cookie = await cookieOf(NIP.pengawas, passwordSementara);
    const get = (url: string) => t.app.inject({ url, headers: { cookie } });
    for (const url of ['/api/v1/skp', '/api/v1/akun', '/api/v1/notifikasi', '/api/v1/pegawai']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toEqual({ error: 'wajib_ganti_password', message: 'Ganti kata sandi sementara Anda terlebih dahulu.' });
    }
    expect((await get('/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: true });
    const ganti = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie, ...KLIEN },
      payload: { passwordLama: passwordSementara, passwordBaru: 'sandiBaru2026!' },
    });
    expect(ganti.statusCode).toBe(204);
    expect((await get('/api/v1/skp')).statusCode).toBe(200);
  });

  it('nobody resets the password of, deactivates or re-roles an account with more privilege', async () => {
    const sistem = await akunOf(NIP.adminSistem);
    expect(sistem.can).toEqual({ read: true, update: false, resetPassword: false, unlock: false, deactivate: false });
    for (const [method, url, body] of [
      ['POST', `/api/v1/akun/${sistem.id}/reset-password`, undefined],
      ['PUT', `/api/v1/akun/${sistem.id}/status`, { aktif: false }],
      ['PUT', `/api/v1/akun/${sistem.id}/peran`, { roles: [{ role: 'PEGAWAI' }, { role: 'ADMIN_SISTEM' }] }],
      ['POST', `/api/v1/akun/${sistem.id}/buka-kunci`, undefined],
    ] as const) {
      const res = await t.api(method, url, { as: NIP.adminBkpsdm, body });
      expect(res.statusCode, url).toBe(403);
    }
    const after = await t.database.db.select().from(userAccount).where(eq(userAccount.nip, NIP.adminSistem));
    expect(after[0]).toMatchObject({ aktif: true, mustChangePassword: false });
    // A system admin covers a BKPSDM admin: allowed.
    const bkpsdm = await akunOf(NIP.adminBkpsdm);
    expect(bkpsdm.can.update).toBe(true);
  });

  it('refuses resetting one\'s own password here', async () => {
    const acc = await akunOf(NIP.adminBkpsdm);
    const res = await t.api('POST', `/api/v1/akun/${acc.id}/reset-password`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'use_change_password' });
  });
});

describe('roles', () => {
  it('only a system admin may grant the system-admin role', async () => {
    const acc = await akunOf(NIP.guru);
    const res = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, {
      as: NIP.adminBkpsdm,
      body: { roles: [{ role: 'ADMIN_SISTEM' }, { role: 'PEGAWAI' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'validation_failed',
      fields: { 'roles.0.role': 'peran ini di atas wewenang Anda; hanya yang memegang peran setara yang dapat memberikannya' },
    });
    expect((await akunOf(NIP.guru)).roles.map((r) => r.role)).toEqual(['PEGAWAI']);

    const ok = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, {
      as: NIP.adminSistem,
      body: { roles: [{ role: 'PEGAWAI' }, { role: 'ADMIN_SISTEM' }] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<AkunDto>().roles.map((r) => r.role)).toEqual(['ADMIN_SISTEM', 'PEGAWAI']);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: await cookieOf(NIP.guru, DEMO_PASSWORD) } });
    expect(me.json()).toMatchObject({ roles: expect.arrayContaining(['ADMIN_SISTEM', 'PEGAWAI']), can: { kelolaAkun: true } });

    // Nor may a BKPSDM admin take it away again: the account is now above their authority.
    const strip = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, { as: NIP.adminBkpsdm, body: { roles: [{ role: 'PEGAWAI' }] } });
    expect(strip.statusCode).toBe(403);
    expect(strip.json()).toMatchObject({ error: 'forbidden' });

    const audit = await t.api('GET', `/api/v1/audit?entityType=user_account&entityId=${acc.id}&action=update`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ actorNip: string; before: unknown; after: unknown }> }>().items[0]).toMatchObject({
      actorNip: NIP.adminSistem,
      before: { roles: [{ role: 'PEGAWAI' }] },
      after: { roles: [{ role: 'PEGAWAI' }, { role: 'ADMIN_SISTEM' }] },
    });
  });

  it('requires a perangkat daerah for a pengelola kinerja', async () => {
    const acc = await akunOf(NIP.kapus);
    const res = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, {
      as: NIP.adminBkpsdm,
      body: { roles: [{ role: 'PEGAWAI' }, { role: 'PENGELOLA_KINERJA' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { 'roles.1.unitId': 'pengelola kinerja harus ditetapkan untuk satu perangkat daerah' } });

    const notPd = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, {
      as: NIP.adminBkpsdm,
      body: { roles: [{ role: 'PEGAWAI' }, { role: 'PENGELOLA_KINERJA', unitId: await unitId('DINKES.UMPEG') }] },
    });
    expect(notPd.json()).toMatchObject({ fields: { 'roles.1.unitId': 'harus berupa perangkat daerah' } });

    const ok = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, {
      as: NIP.adminBkpsdm,
      body: { roles: [{ role: 'PEGAWAI' }, { role: 'PENGELOLA_KINERJA', unitId: await unitId('DINKES') }] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<AkunDto>().roles).toContainEqual({ role: 'PENGELOLA_KINERJA', unitId: await unitId('DINKES'), unitNama: 'Dinas Kesehatan' });
    // The new pengelola now sees the Dinas Kesehatan list.
    const list = await t.app.inject({ url: '/api/v1/pegawai?pageSize=1', headers: { cookie: await cookieOf(NIP.kapus, DEMO_PASSWORD) } });
    expect(list.statusCode).toBe(200);
  });

  it('refuses an unknown role with a field error', async () => {
    const acc = await akunOf(NIP.kapus);
    const res = await t.api('PUT', `/api/v1/akun/${acc.id}/peran`, { as: NIP.adminBkpsdm, body: { roles: [{ role: 'RAJA' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { 'roles.0.role': expect.any(String) } });
  });
});

describe('status', () => {
  it('a deactivated account cannot log in and loses its sessions', async () => {
    const cookie = await cookieOf(KASEK, DEMO_PASSWORD);
    const acc = await akunOf(KASEK);
    const res = await t.api('PUT', `/api/v1/akun/${acc.id}/status`, { as: NIP.adminBkpsdm, body: { aktif: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: acc.id, aktif: false });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);

    const denied = await login(KASEK, DEMO_PASSWORD);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({ error: 'account_disabled', message: 'Akun ini dinonaktifkan. Hubungi admin BKPSDM.' });

    const back = await t.api('PUT', `/api/v1/akun/${acc.id}/status`, { as: NIP.adminBkpsdm, body: { aktif: true } });
    expect(back.json()).toMatchObject({ aktif: true });
    expect((await login(KASEK, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses deactivating oneself', async () => {
    const acc = await akunOf(NIP.adminBkpsdm);
    const res = await t.api('PUT', `/api/v1/akun/${acc.id}/status`, { as: NIP.adminBkpsdm, body: { aktif: false } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'cannot_deactivate_self' });
  });
});

describe('create', () => {
  it('refuses a second account for the same pegawai', async () => {
    const acc = await akunOf(NIP.pelaksana);
    const res = await t.api('POST', '/api/v1/akun', { as: NIP.adminBkpsdm, body: { pegawaiId: acc.pegawaiId, roles: [{ role: 'PEGAWAI' }] } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: 'account_exists', message: 'Pegawai ini sudah memiliki akun.', fields: { pegawaiId: 'sudah memiliki akun' } });
  });

  it('creates an account for a pegawai without one, with a temporary password', async () => {
    const [jab] = await t.database.db
      .select({ jabatanId: pegawai.jabatanId })
      .from(pegawai)
      .where(eq(pegawai.nip, NIP.pelaksana));
    const p = await t.api('POST', '/api/v1/pegawai', {
      as: NIP.adminBkpsdm,
      body: { nip: '199606062020122003', nama: 'Maya Anggraini', jenisAsn: 'PNS', golongan: 'II/c', jabatanId: jab?.jabatanId },
    });
    expect(p.statusCode).toBe(201);
    const pegawaiId = p.json<{ id: string }>().id;
    expect((await login('199606062020122003', DEMO_PASSWORD)).statusCode).toBe(401);

    const res = await t.api('POST', '/api/v1/akun', { as: NIP.adminBkpsdm, body: { pegawaiId, roles: [{ role: 'PEGAWAI' }] } });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ akun: AkunDto; passwordSementara: string }>();
    expect(body.akun).toMatchObject({ pegawaiId, nip: '199606062020122003', nama: 'Maya Anggraini', aktif: true, wajibGantiPassword: true });
    expect(body.akun.roles).toEqual([{ role: 'PEGAWAI', unitId: null, unitNama: null }]);
    const first = await login('199606062020122003', body.passwordSementara);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ ok: true, wajibGantiPassword: true });
  });

  it('refuses an unknown pegawai and an empty role list', async () => {
    const unknown = await t.api('POST', '/api/v1/akun', {
      as: NIP.adminBkpsdm,
      body: { pegawaiId: '00000000-0000-4000-8000-000000000000', roles: [{ role: 'PEGAWAI' }] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ fields: { pegawaiId: 'pegawai tidak ditemukan' } });
    const acc = await akunOf(NIP.pelaksana);
    const empty = await t.api('POST', '/api/v1/akun', { as: NIP.adminBkpsdm, body: { pegawaiId: acc.pegawaiId, roles: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ fields: { roles: 'paling sedikit satu peran' } });
  });
});
