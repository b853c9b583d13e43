/**
 * Issue #11's request-level hardening, across features: cross-site writes, security headers,
 * unstorable text, the error shape of 414/431, NIP uniqueness across pemda, replays with another
 * body, uploads over the limit in parallel, and the SKP audit's row version.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestContext, KLIEN, NIP } from '../test/context.js';
import { penilaianFixture } from '../test/penilaian-fixture.js';
import { queryRows } from './db/client.js';
import type { RealisasiBeranda } from '@capaian/contract/realisasi';

const t = await createTestContext({ env: { UPLOAD_MAX_MB: '1', PUBLIC_URL: 'https://capaian.contoh.go.id' } });

describe('cross-site writes', () => {
  const tulis = async (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/notifikasi/baca-semua', headers: { cookie: await t.login(NIP.pelaksana), ...headers } });

  it('refuses a write without the X-Capaian header, from another Origin, or marked cross-site; reads need nothing', async () => {
    const tanpa = await tulis({});
    expect(tanpa.statusCode).toBe(403);
    expect(tanpa.json()).toEqual({ error: 'asal_ditolak', message: 'Permintaan ditolak: header x-capaian tidak ada. Buka Capaian dari alamatnya sendiri lalu coba lagi.' });
    expect((await tulis({ ...KLIEN, origin: 'https://jahat.example' })).json()).toMatchObject({ error: 'asal_ditolak' });
    expect((await tulis({ ...KLIEN, origin: 'null' })).json()).toMatchObject({ error: 'asal_ditolak' });
    expect((await tulis({ ...KLIEN, 'sec-fetch-site': 'cross-site' })).json()).toMatchObject({ error: 'asal_ditolak' });
    // A text/plain form post (what a cross-site form can send) never reaches the route.
    expect((await tulis({ 'content-type': 'text/plain' })).statusCode).toBe(403);
    // The site itself (by Host or by PUBLIC_URL) is fine.
    expect((await tulis({ ...KLIEN, origin: 'http://localhost:80' })).statusCode).toBe(200);
    expect((await tulis({ ...KLIEN, origin: 'https://capaian.contoh.go.id', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    const baca = await t.app.inject({ url: '/api/v1/notifikasi', headers: { cookie: await t.login(NIP.pelaksana), origin: 'https://jahat.example' } });
    expect(baca.statusCode).toBe(200);
  });

  it('guards the login and the public form the same way', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: NIP.pelaksana, password: 'capaian2026' } });
    expect(login.json()).toMatchObject({ error: 'asal_ditolak' });
    const publik = await t.app.inject({ method: 'POST', url: '/api/v1/publik/layanan/abcdefghjk', payload: {} });
    expect(publik.json()).toMatchObject({ error: 'asal_ditolak' });
  });
});

describe('security headers', () => {
  it('sends a strict CSP, nosniff, no framing and a same-origin referrer policy', async () => {
    for (const url of ['/health', '/api/v1/auth/me', '/api/v1/tidak-ada']) {
      const res = await t.app.inject({ url });
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses NUL in a body, a query or a path with 400 naming the field, public routes included', async () => {
    const body = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: { id: randomUUID(), rhkId: randomUUID(), tanggal: '2026-03-02', uraian: 'rapat\u0000' } });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ error: 'validation_failed', fields: { uraian: 'berisi karakter yang tidak dapat disimpan (NUL atau teks rusak)' } });
    const query = await t.api('GET', '/api/v1/pegawai?q=ab%00c', { as: NIP.adminBkpsdm });
    expect(query.json()).toMatchObject({ fields: { q: expect.stringContaining('NUL') } });
    const path = await t.api('GET', '/api/v1/publik/layanan/abc%00defgh', { as: null });
    expect(path.statusCode).toBe(400);
    expect(path.json()).toMatchObject({ fields: { kode: expect.stringContaining('NUL') } });
    const bersarang = await t.api('PUT', `/api/v1/skp/${randomUUID()}/ekspektasi`, { as: NIP.kapus, body: { rowVersion: 1, ekspektasi: { AKUNTABEL: 'x\u0000' } } });
    expect(bersarang.json()).toMatchObject({ fields: { 'ekspektasi.AKUNTABEL': expect.stringContaining('NUL') } });
  });

  it('refuses a lone surrogate (text that is not Unicode)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/realisasi',
      headers: { cookie: await t.login(NIP.pelaksana), ...KLIEN, 'content-type': 'application/json' },
      payload: `{"id":"${randomUUID()}","rhkId":"${randomUUID()}","tanggal":"2026-03-02","uraian":"a\\ud800b"}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { uraian: expect.stringContaining('teks rusak') } });
  });
});

describe('the error shape before routing', () => {
  it('answers an overlong path parameter 414 and oversized headers 431, both as { error, message }', async () => {
    const long = await t.app.inject({ url: `/api/v1/pegawai/${'a'.repeat(500)}`, headers: { cookie: await t.login(NIP.adminBkpsdm) } });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({ error: 'uri_terlalu_panjang', message: 'Alamat terlalu panjang.' });
    const bad = await t.app.inject({ url: '/api/v1/pegawai/%zz' });
    expect(bad.json()).toEqual({ error: 'bad_request', message: 'Alamat atau permintaan tidak valid.' });

    // Header overflow is Node's parser's: only a real socket shows it.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const s = net.createConnection(port, '127.0.0.1', () => s.write(`GET /api/v1/pegawai?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`));
      let d = '';
      s.on('data', (c) => (d += c.toString()));
      s.on('end', () => resolve(d));
      s.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1.1 431 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ error: 'header_terlalu_besar', message: 'Alamat atau header permintaan terlalu besar.' });
  });
});

describe('a NIP is unique across the deployment', () => {
  it('another pemda cannot add a pegawai with a NIP used here: 409 that says nothing more', async () => {
    const lain = await t.otherPemdaAdmin();
    const [jab] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM jabatan WHERE instansi_id = ${lain.instansiId} LIMIT 1`);
    const res = await t.api('POST', '/api/v1/pegawai', {
      as: lain.nip,
      body: { nip: NIP.pelaksana, nama: 'Orang Lain', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: jab!.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: 'nip_dipakai',
      message: 'NIP ini sudah terdaftar di Capaian dan tidak dapat dipakai lagi. Periksa kembali NIP-nya atau hubungi admin sistem.',
      fields: { nip: 'sudah terdaftar' },
    });
    expect(res.body).not.toContain('Budi');
    expect(res.body).not.toContain('KOTA-CONTOH');
  });

  it('the database itself refuses a second registration, whatever path wrote it', async () => {
    const lain = await t.otherPemdaAdmin();
    const [jab] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM jabatan WHERE instansi_id = ${lain.instansiId} LIMIT 1`);
    await expect(
      t.database.db.execute(
        sql`INSERT INTO pegawai (instansi_id, nip, nama, jenis_asn, golongan, jabatan_id) VALUES (${lain.instansiId}, ${NIP.kapus}, 'Salinan', 'PNS', 'III/a', ${jab!.id})`,
      ),
    ).rejects.toThrow();
    const [n] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM pegawai WHERE nip = ${NIP.kapus}`);
    expect(n?.n).toBe(1);
  });
});

const fx = await penilaianFixture(t);
const skpPelaksana = await fx.skpDisetujui(fx.id.pelaksana, 2026);

describe('progress and evidence', () => {  async function beranda() {
    const res = await t.api('GET', '/api/v1/realisasi/saya?tahun=2026', { as: NIP.pelaksana });
    return res.json<RealisasiBeranda>();
  }

  it('a replay of a client id with another body is refused, not answered with the stored entry', async () => {
    const b = await beranda();
    const rhk = b.rhk[0]!;
    const entri = { id: randomUUID(), rhkId: rhk.id, tanggal: b.hariIni, uraian: 'Menyusun laporan bulanan' };
    expect((await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: entri })).statusCode).toBe(201);
    // The same again (an offline re-send): the stored entry, nothing new.
    const lagi = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: entri });
    expect(lagi.statusCode).toBe(200);
    const lain = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: { ...entri, uraian: 'Isi yang lain' } });
    expect(lain.statusCode).toBe(409);
    expect(lain.json()).toMatchObject({ error: 'id_dipakai' });
  });

  it('parallel uploads over the limit are all refused 413 and nothing is stored cut off', async () => {
    await fx.realisasiDenganBukti(fx.id.pelaksana, skpPelaksana, 0, 1, '2026-03-10');
    const b = await beranda();
    const entri = b.terakhir[0]!;
    const [sebelum] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM bukti_dukung WHERE realisasi_id = ${entri.id}`);
    const berkasSebelum = fs.readdirSync(t.config.storageDir, { recursive: true }).length;
    const cookie = await t.login(NIP.pelaksana);
    // A PDF of 1 MiB + 1 byte: just over UPLOAD_MAX_MB=1.
    const isi = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1024 * 1024 - 8)]);
    const unggah = () => {
      const boundary = `----capaian${randomBytes(8).toString('hex')}`;
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="id"\r\n\r\n${randomUUID()}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        isi,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({ method: 'POST', url: `/api/v1/realisasi/${entri.id}/bukti`, headers: { cookie, ...KLIEN, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const hasil = await Promise.all(Array.from({ length: 8 }, unggah));
    for (const r of hasil) {
      expect(r.statusCode).toBe(413);
      expect(r.json()).toEqual({ error: 'berkas_terlalu_besar', message: 'Berkas terlalu besar: paling besar 1 MB.', fields: { file: 'paling besar 1 MB' } });
    }
    const [sesudah] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM bukti_dukung WHERE realisasi_id = ${entri.id}`);
    expect(sesudah?.n).toBe(sebelum?.n);
    expect(fs.readdirSync(t.config.storageDir, { recursive: true }).length).toBe(berkasSebelum);
  });

  it('a multipart body cut off before its end is a 400 naming the file field, not a 500', async () => {
    await fx.realisasiDenganBukti(fx.id.pelaksana, skpPelaksana, 0, 1, '2026-03-11');
    const entri = (await beranda()).terakhir[0]!;
    const cookie = await t.login(NIP.pelaksana);
    const payload = Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abc');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/realisasi/${entri.id}/bukti`, headers: { cookie, ...KLIEN, 'content-type': 'multipart/form-data; boundary=x' }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { file: expect.stringContaining('terputus') } });
  });
});

describe('the SKP audit', () => {
  it('records the row version the change produced, not the one the client sent', async () => {
    const baru = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2029 } });
    expect(baru.statusCode).toBe(201);
    const skp = baru.json<{ id: string; rowVersion: number }>();
    const ubah = await t.api('PUT', `/api/v1/skp/${skp.id}`, {
      as: NIP.pelaksana,
      body: { rowVersion: skp.rowVersion, pendekatan: 'KUALITATIF', dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    });
    expect(ubah.statusCode).toBe(200);
    const [ev] = await queryRows<{ before: { rowVersion: number }; after: { rowVersion: number; pendekatan: string } }>(
      t.database.db,
      sql`SELECT before, after FROM audit_event WHERE entity_type = 'skp' AND entity_id = ${skp.id} AND action = 'update' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(ev?.before.rowVersion).toBe(skp.rowVersion);
    expect(ev?.after).toMatchObject({ rowVersion: skp.rowVersion + 1, pendekatan: 'KUALITATIF' });
  });
});
