import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { readPdf } from '../../test/pdf.js';
import { queryRows } from '../db/client.js';
import { umpanBalikPublik } from '../db/schema.js';
import { CATATAN_PRIVASI, PERTANYAAN_POSTER } from './poster.js';
import type { FormPublik, Titik, Tren } from '@capaian/contract/layanan-publik';

// Wednesday 11 March 2026, 09:00 WIB.
let now = new Date('2026-03-11T02:00:00Z');
const t = await createTestContext({ clock: () => now, env: { PUBLIC_URL: 'https://capaian.contoh.go.id' } });
const detik = (n: number) => {
  now = new Date(now.getTime() + n * 1000);
};
/**
 * The rate limiters count on the wall clock (rate-limiter-flexible): a test that crosses a limit's
 * window moves the system clock too, for Date only, and puts it back afterwards.
 */
async function denganJamSistem(fn: (maju: (n: number) => void) => Promise<void>) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  try {
    await fn((n) => {
      detik(n);
      vi.setSystemTime(Date.now() + n * 1000);
    });
  } finally {
    vi.useRealTimers();
  }
}

type Res = { statusCode: number; body: string; json<U>(): U };
async function ok<T>(res: Res, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

let instansiId = '';
const unit: Record<'pkm' | 'pkm2' | 'yanizin' | 'sd', string> = { pkm: '', pkm2: '', yanizin: '', sd: '' };
let sitiId = '';
let budiId = '';

beforeAll(async () => {
  const rows = await queryRows<{ kode: string; id: string; instansi_id: string }>(
    t.database.db,
    sql`SELECT u.kode, u.id, u.instansi_id FROM unit_kerja u JOIN instansi i ON i.id = u.instansi_id
         WHERE i.kode = 'KOTA-CONTOH' AND u.kode IN ('DINKES.PKM-01', 'DINKES.PKM-02', 'DPMPTSP.YANIZIN', 'DISDIK.SDN-001')`,
  );
  const by = new Map(rows.map((r) => [r.kode, r.id]));
  instansiId = rows[0]!.instansi_id;
  unit.pkm = by.get('DINKES.PKM-01')!;
  unit.pkm2 = by.get('DINKES.PKM-02')!;
  unit.yanizin = by.get('DPMPTSP.YANIZIN')!;
  unit.sd = by.get('DISDIK.SDN-001')!;
  sitiId = await t.pegawaiId(NIP.perawat);
  budiId = await t.pegawaiId(NIP.pelaksana);
});

/** Opens the public form as a browser would (no session), keeping the device cookie it is given. */
async function bukaForm(kode: string, o: { perangkat?: string; ip?: string } = {}) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/publik/layanan/${kode}`,
    remoteAddress: o.ip ?? '127.0.0.1',
    headers: o.perangkat ? { cookie: `capaian_perangkat=${o.perangkat}` } : {},
  });
  const baru = res.cookies.find((c) => c.name === 'capaian_perangkat');
  return { res, perangkat: baru?.value ?? o.perangkat, cookie: baru, form: res.statusCode === 200 ? res.json<FormPublik>() : null };
}

function kirim(kode: string, body: Record<string, unknown>, o: { perangkat?: string | undefined; ip?: string; sesi?: string } = {}) {
  const cookies = [o.perangkat ? `capaian_perangkat=${o.perangkat}` : '', o.sesi ?? ''].filter(Boolean).join('; ');
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/publik/layanan/${kode}`,
    remoteAddress: o.ip ?? '127.0.0.1',
    headers: cookies ? { ...KLIEN, cookie: cookies } : { ...KLIEN },
    payload: body,
  });
}
const skor = { kecepatan: 4, keramahan: 5, kejelasan: 3, keadilan: 4 };

/** A form opened on a fresh device, answered 5 s later. */
async function jawabSegar(kode: string, body: Record<string, unknown>, ip = '127.0.0.1') {
  const { perangkat, form } = await bukaForm(kode, { ip });
  detik(5);
  return kirim(kode, { ...body, tantangan: form!.tantangan.token }, { perangkat, ip });
}

let pkm: Titik;
let izin: Titik;

describe('service points', () => {
  it('the head of a puskesmas adds a service point with a random code and a QR address', async () => {
    const res = await t.api('POST', '/api/v1/layanan-publik/titik', { as: NIP.kapus, body: { unitId: unit.pkm, nama: 'Loket Pendaftaran Pasien' } });
    pkm = await ok<Titik>(res, 201);
    expect(pkm).toMatchObject({ unitId: unit.pkm, unitNama: 'UPT Puskesmas Asemrowo', nama: 'Loket Pendaftaran Pasien', aktif: true, can: { ubah: true, unduhPoster: true } });
    expect(pkm.kode).toMatch(/^[a-z2-9]{10}$/);
    expect(pkm.tautan).toBe(`https://capaian.contoh.go.id/l/${pkm.kode}`);
    const audit = await ok<{ items: Array<{ summary: string }> }>(await t.api('GET', `/api/v1/audit?entityType=titik_layanan&entityId=${pkm.id}`, { as: NIP.adminBkpsdm }));
    expect(audit.items[0]?.summary).toBe('Titik layanan dibuat: Loket Pendaftaran Pasien (UPT Puskesmas Asemrowo)');
  });

  it('the pengelola kinerja of the dinas and BKPSDM add points too; codes differ', async () => {
    const a = await ok<Titik>(await t.api('POST', '/api/v1/layanan-publik/titik', { as: NIP.pengelola, body: { unitId: unit.pkm2, nama: 'Poli Umum' } }), 201);
    izin = await ok<Titik>(await t.api('POST', '/api/v1/layanan-publik/titik', { as: NIP.adminBkpsdm, body: { unitId: unit.yanizin, nama: 'Loket Perizinan' } }), 201);
    expect(new Set([pkm.kode, a.kode, izin.kode]).size).toBe(3);
  });

  it('others may not manage service points; another pemda does not find them', async () => {
    for (const nip of [NIP.pelaksana, NIP.perawat, NIP.kasek]) {
      const res = await t.api('POST', '/api/v1/layanan-publik/titik', { as: nip, body: { unitId: unit.pkm, nama: 'Loket' } });
      expect(res.statusCode, nip).toBe(403);
    }
    expect((await t.api('GET', '/api/v1/layanan-publik/titik', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('PUT', `/api/v1/layanan-publik/titik/${pkm.id}`, { as: NIP.kasek, body: { unitId: unit.pkm, nama: 'X Y Z' } })).statusCode).toBe(403);
    const unknown = await t.api('POST', '/api/v1/layanan-publik/titik', { as: NIP.adminBkpsdm, body: { unitId: randomUUID(), nama: 'Loket' } });
    expect(unknown.json()).toMatchObject({ fields: { unitId: 'unit kerja tidak ditemukan' } });
    const short = await t.api('POST', '/api/v1/layanan-publik/titik', { as: NIP.adminBkpsdm, body: { unitId: unit.pkm, nama: 'X' } });
    expect(short.json()).toMatchObject({ fields: { nama: 'paling sedikit 3 karakter' } });
    const other = await t.otherPemdaAdmin();
    for (const [m, url] of [['GET', `/api/v1/layanan-publik/titik/${pkm.id}`], ['GET', `/api/v1/layanan-publik/titik/${pkm.id}/poster.pdf`]] as const)
      expect((await t.api(m, url, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('PUT', `/api/v1/layanan-publik/titik/${pkm.id}`, { as: other.nip, body: { unitId: unit.pkm, nama: 'Diambil' } })).statusCode).toBe(404);
  });

  it('lists the points in the caller’s charge', async () => {
    const kapus = await ok<{ items: Titik[]; can: { buat: boolean } }>(await t.api('GET', '/api/v1/layanan-publik/titik', { as: NIP.kapus }));
    expect(kapus.items.map((i) => i.nama)).toEqual(['Loket Pendaftaran Pasien']);
    const pengelola = await ok<{ items: Titik[] }>(await t.api('GET', '/api/v1/layanan-publik/titik', { as: NIP.pengelola }));
    expect(pengelola.items.map((i) => i.nama).sort()).toEqual(['Loket Pendaftaran Pasien', 'Poli Umum']);
    const admin = await ok<{ items: Titik[] }>(await t.api('GET', '/api/v1/layanan-publik/titik', { as: NIP.adminBkpsdm }));
    expect(admin.items).toHaveLength(3);
    const byUnit = await ok<{ items: Titik[] }>(await t.api('GET', `/api/v1/layanan-publik/titik?unitId=${unit.yanizin}`, { as: NIP.adminBkpsdm }));
    expect(byUnit.items.map((i) => i.id)).toEqual([izin.id]);
  });

  it('prints an A4 poster with the QR address, the question, the point, its unit and the privacy note', async () => {
    const res = await t.api('GET', `/api/v1/layanan-publik/titik/${pkm.id}/poster.pdf`, { as: NIP.kapus });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="poster-umpan-balik-loket-pendaftaran-pasien.pdf"');
    const { pages, text } = await readPdf(res.rawPayload);
    expect(pages).toHaveLength(1);
    for (const s of [PERTANYAAN_POSTER, 'Loket Pendaftaran Pasien', 'UPT Puskesmas Asemrowo', pkm.tautan, CATATAN_PRIVASI, 'Kecepatan']) expect(text).toContain(s);
    expect((await t.api('GET', `/api/v1/layanan-publik/titik/${pkm.id}/poster.pdf`, { as: NIP.pelaksana })).statusCode).toBe(403);
  });
});

describe('the public form', () => {
  it('opens without a session: the point, its officers (names only) and a challenge; a device cookie is set', async () => {
    const { res, cookie, form } = await bukaForm(pkm.kode);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(cookie).toMatchObject({ name: 'capaian_perangkat', path: '/api/v1/publik', httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(form).toMatchObject({ nama: 'Loket Pendaftaran Pasien', unitNama: 'UPT Puskesmas Asemrowo', tantangan: { minimalDetik: 3, berlakuDetik: 7200 }, komentarMaks: 500 });
    expect(form!.petugas).toContainEqual({ id: sitiId, nama: expect.stringContaining('Siti Nurhaliza') });
    expect(form!.petugas.every((p) => Object.keys(p).join() === 'id,nama')).toBe(true);
    expect(form!.petugas.map((p) => p.id)).not.toContain(budiId);
    // A returning device keeps its cookie.
    const again = await bukaForm(pkm.kode, { perangkat: cookie!.value });
    expect(again.cookie).toBeUndefined();
  });

  it('answers 404 for an unknown or malformed code, and for a deactivated point', async () => {
    expect((await bukaForm('zzzzzzzzzz')).res.statusCode).toBe(404);
    expect((await bukaForm('BUKAN-KODE')).res.statusCode).toBe(404);
    const res = await kirim('zzzzzzzzzz', { ...skor, tantangan: 'x' });
    expect(res.statusCode).toBe(404);
    const poli = (await ok<{ items: Titik[] }>(await t.api('GET', `/api/v1/layanan-publik/titik?unitId=${unit.pkm2}`, { as: NIP.pengelola }))).items[0]!;
    expect((await bukaForm(poli.kode)).res.statusCode).toBe(200);
    await ok(await t.api('PUT', `/api/v1/layanan-publik/titik/${poli.id}`, { as: NIP.pengelola, body: { unitId: unit.pkm2, nama: 'Poli Umum', aktif: false } }));
    expect((await bukaForm(poli.kode)).res.statusCode).toBe(404);
  });

  it('refuses an answer without a challenge (400), too early (429), from another device or point, or expired (400)', async () => {
    const { perangkat, form } = await bukaForm(pkm.kode);
    const tanpa = await kirim(pkm.kode, skor, { perangkat });
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json()).toMatchObject({ error: 'validation_failed', fields: { tantangan: expect.stringContaining('muat ulang') } });
    const cepat = await kirim(pkm.kode, { ...skor, tantangan: form!.tantangan.token }, { perangkat });
    expect(cepat.statusCode).toBe(429);
    expect(cepat.headers['retry-after']).toBe('3');
    expect(cepat.json()).toMatchObject({ error: 'terlalu_banyak', message: 'Mohon tunggu beberapa detik, lalu kirim kembali.' });
    detik(5);
    const tanpaCookie = await kirim(pkm.kode, { ...skor, tantangan: form!.tantangan.token });
    expect(tanpaCookie.json()).toMatchObject({ error: 'tantangan_tidak_valid', fields: { tantangan: 'tidak valid; muat ulang formulir' } });
    const lain = await bukaForm(izin.kode, { perangkat });
    detik(5);
    expect((await kirim(pkm.kode, { ...skor, tantangan: lain.form!.tantangan.token }, { perangkat })).json()).toMatchObject({ error: 'tantangan_tidak_valid' });
    const palsu = form!.tantangan.token.slice(0, -2) + (form!.tantangan.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await kirim(pkm.kode, { ...skor, tantangan: palsu }, { perangkat })).statusCode).toBe(400);
    detik(2 * 3600);
    const basi = await kirim(pkm.kode, { ...skor, tantangan: form!.tantangan.token }, { perangkat });
    expect(basi.statusCode).toBe(400);
    expect(basi.json()).toMatchObject({ error: 'tantangan_kedaluwarsa' });
  });

  it('accepts an answer after 3 s; stores nothing personal', async () => {
    const res = await jawabSegar(pkm.kode, { ...skor, komentar: '  Antrean cepat, petugas ramah.  ', pegawaiId: sitiId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ terima: true });
    const cols = await queryRows<{ column_name: string }>(
      t.database.db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'umpan_balik_publik' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => c.column_name)).toEqual([
      'instansi_id', 'id', 'titik_layanan_id', 'pegawai_id', 'kecepatan', 'keramahan', 'kejelasan', 'keadilan', 'komentar', 'created_at',
    ]);
    const [row] = await queryRows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM umpan_balik_publik WHERE titik_layanan_id = ${pkm.id}`);
    expect(row).toMatchObject({ pegawai_id: sitiId, kecepatan: 4, keramahan: 5, kejelasan: 3, keadilan: 4, komentar: 'Antrean cepat, petugas ramah.' });
    expect(JSON.stringify(row)).not.toContain('127.0.0.1');
  });

  it('the officer must be of the point’s unit; the comment at most 500 characters; scores 1–5', async () => {
    const budi = await jawabSegar(pkm.kode, { ...skor, pegawaiId: budiId });
    expect(budi.statusCode).toBe(400);
    expect(budi.json()).toMatchObject({ fields: { pegawaiId: 'bukan petugas di titik layanan ini' } });
    const panjang = await jawabSegar(pkm.kode, { ...skor, komentar: 'x'.repeat(501) });
    expect(panjang.json()).toMatchObject({ fields: { komentar: 'paling banyak 500 karakter' } });
    const enam = await jawabSegar(pkm.kode, { ...skor, keadilan: 6, kecepatan: 0 });
    expect(enam.json()).toMatchObject({ fields: { keadilan: 'paling besar 5', kecepatan: 'paling kecil 1' } });
  });

  it('limits a device to 5 answers per point per day (429), other points still open', async () =>
    denganJamSistem(async (maju) => {
      const { perangkat } = await bukaForm(pkm.kode, { ip: '10.0.0.7' });
      for (let i = 0; i < 6; i++) {
        const { form } = await bukaForm(pkm.kode, { perangkat, ip: '10.0.0.7' });
        maju(4);
        const res = await kirim(pkm.kode, { ...skor, tantangan: form!.tantangan.token }, { perangkat, ip: '10.0.0.7' });
        expect(res.statusCode, `${i}: ${res.body}`).toBe(i < 5 ? 201 : 429);
        if (i === 5) expect(res.json<{ message: string }>().message).toMatch(/kembali besok/);
      }
      const { form } = await bukaForm(izin.kode, { perangkat, ip: '10.0.0.7' });
      maju(4);
      expect((await kirim(izin.kode, { ...skor, tantangan: form!.tantangan.token }, { perangkat, ip: '10.0.0.7' })).statusCode).toBe(201);
      maju(24 * 3600);
      const besok = await bukaForm(pkm.kode, { perangkat, ip: '10.0.0.7' });
      maju(4);
      expect((await kirim(pkm.kode, { ...skor, tantangan: besok.form!.tantangan.token }, { perangkat, ip: '10.0.0.7' })).statusCode).toBe(201);
    }));

  it('limits an IP address to 30 answers per 10 minutes (429 with Retry-After), whatever the devices', async () =>
    denganJamSistem(async (maju) => {
      const ip = '10.9.8.7';
      const forms = await Promise.all(Array.from({ length: 31 }, () => bukaForm(pkm.kode, { ip })));
      maju(4);
      for (const [i, f] of forms.entries()) {
        const res = await kirim(pkm.kode, { ...skor, tantangan: f.form!.tantangan.token }, { perangkat: f.perangkat, ip });
        expect(res.statusCode, `${i}: ${res.body}`).toBe(i < 30 ? 201 : 429);
        if (i === 30) {
          expect(res.json<{ message: string }>().message).toBe('Terlalu banyak umpan balik dari jaringan ini. Silakan coba lagi dalam 10 menit.');
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(590);
        }
      }
      // Another address is not affected; the same one is again after the window.
      expect((await jawabSegar(pkm.kode, skor, '10.9.8.8')).statusCode).toBe(201);
      maju(10 * 60);
      expect((await jawabSegar(pkm.kode, skor, ip)).statusCode).toBe(201);
    }));

  it('accepts each challenge token once', async () => {
    const { perangkat, form } = await bukaForm(izin.kode, { ip: '10.4.4.4' });
    detik(4);
    const body = { ...skor, tantangan: form!.tantangan.token };
    expect((await kirim(izin.kode, body, { perangkat, ip: '10.4.4.4' })).statusCode).toBe(201);
    const lagi = await kirim(izin.kode, body, { perangkat, ip: '10.4.4.4' });
    expect(lagi.statusCode).toBe(400);
    expect(lagi.json()).toMatchObject({ error: 'tantangan_tidak_valid', fields: { tantangan: 'sudah dipakai; muat ulang formulir' } });
  });

  it('ignores a session cookie: the public answer is the same for a signed-in browser', async () => {
    const sesi = await t.login(NIP.pelaksana);
    const { perangkat, form } = await bukaForm(izin.kode, { ip: '10.5.5.5' });
    detik(4);
    const res = await kirim(izin.kode, { ...skor, tantangan: form!.tantangan.token }, { perangkat, ip: '10.5.5.5', sesi });
    expect(res.statusCode).toBe(201);
  });
});

describe('trends', () => {
  beforeAll(async () => {
    // Earlier weeks at the puskesmas (Mondays 2 and 23 February 2026, WIB), one naming Siti.
    await t.database.db.insert(umpanBalikPublik).values([
      { instansiId, titikLayananId: pkm.id, kecepatan: 2, keramahan: 3, kejelasan: 4, keadilan: 5, createdAt: new Date('2026-02-02T01:00:00Z') },
      { instansiId, titikLayananId: pkm.id, kecepatan: 4, keramahan: 5, kejelasan: 2, keadilan: 3, komentar: 'Ruang tunggu panas.', createdAt: new Date('2026-02-02T03:00:00Z') },
      { instansiId, titikLayananId: pkm.id, pegawaiId: sitiId, kecepatan: 5, keramahan: 5, kejelasan: 5, keadilan: 5, createdAt: new Date('2026-02-22T18:00:00Z') },
    ]);
  });

  it('shows weekly averages per aspect and counts per unit, point and officer to the unit’s head', async () => {
    const tren = await ok<Tren>(await t.api('GET', `/api/v1/layanan-publik/tren?unitId=${unit.pkm}&dari=2026-02-01&sampai=2026-02-28`, { as: NIP.kapus }));
    expect(tren).toMatchObject({ dari: '2026-02-01', sampai: '2026-02-28', total: { jumlah: 3, rataRata: { kecepatan: 3.67, keramahan: 4.33, kejelasan: 3.67, keadilan: 4.33 } } });
    expect(tren.mingguan).toEqual([
      { minggu: '2026-02-02', jumlah: 2, rataRata: { kecepatan: 3, keramahan: 4, kejelasan: 3, keadilan: 4 } },
      // 18:00 UTC on Sunday 22 February is Monday 23 February in WIB.
      { minggu: '2026-02-23', jumlah: 1, rataRata: { kecepatan: 5, keramahan: 5, kejelasan: 5, keadilan: 5 } },
    ]);
    expect(tren.perUnit).toEqual([expect.objectContaining({ unitId: unit.pkm, unitNama: 'UPT Puskesmas Asemrowo', jumlah: 3 })]);
    expect(tren.perTitik).toEqual([expect.objectContaining({ titikId: pkm.id, nama: 'Loket Pendaftaran Pasien', jumlah: 3 })]);
    expect(tren.perPetugas).toEqual([expect.objectContaining({ pegawaiId: sitiId, jumlah: 1, mingguan: [expect.objectContaining({ minggu: '2026-02-23' })] })]);
    expect(tren.komentar).toEqual([{ tanggal: '2026-02-02', titikNama: 'Loket Pendaftaran Pasien', petugasNama: null, komentar: 'Ruang tunggu panas.' }]);
  });

  it('defaults to the last 12 weeks of everything in the caller’s charge; filters by officer', async () => {
    const tren = await ok<Tren>(await t.api('GET', '/api/v1/layanan-publik/tren', { as: NIP.kapus }));
    expect(tren.dari).toBe('2025-12-22');
    expect(tren.total.jumlah).toBeGreaterThan(40);
    expect(tren.komentar[0]).toMatchObject({ komentar: 'Antrean cepat, petugas ramah.', petugasNama: expect.stringContaining('Siti Nurhaliza') });
    const siti = await ok<Tren>(await t.api('GET', `/api/v1/layanan-publik/tren?pegawaiId=${sitiId}&dari=2026-01-01`, { as: NIP.kapus }));
    expect(siti.total.jumlah).toBe(2);
    expect(siti.perPetugas.map((p) => p.pegawaiId)).toEqual([sitiId]);
  });

  it('is readable by the unit’s head and superiors, the pengelola of the PD, BKPSDM and PIMPINAN only', async () => {
    const url = `/api/v1/layanan-publik/tren?unitId=${unit.pkm}&dari=2026-02-01&sampai=2026-02-28`;
    for (const nip of [NIP.kapus, NIP.kadis, NIP.pengelola, NIP.adminBkpsdm, NIP.sekda]) {
      const res = await t.api('GET', url, { as: nip });
      expect(res.statusCode, nip).toBe(200);
      expect(res.json<Tren>().total.jumlah, nip).toBe(3);
    }
    for (const nip of [NIP.pelaksana, NIP.perawat, NIP.guru, NIP.kasek, NIP.pengawas]) {
      expect((await t.api('GET', url, { as: nip })).statusCode, nip).toBe(403);
    }
    expect((await t.api('GET', `/api/v1/layanan-publik/tren?pegawaiId=${sitiId}`, { as: NIP.kasek })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/layanan-publik/tren', { as: NIP.perawat })).statusCode).toBe(403);
    // The head of a school sees only the school's (empty) trend by default.
    expect((await ok<Tren>(await t.api('GET', '/api/v1/layanan-publik/tren', { as: NIP.kasek }))).total).toEqual({ jumlah: 0, rataRata: null });
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', url, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/layanan-publik/tren?titikId=${pkm.id}`, { as: other.nip })).statusCode).toBe(404);
    expect((await ok<Tren>(await t.api('GET', '/api/v1/layanan-publik/tren', { as: other.nip }))).total.jumlah).toBe(0);
    const bad = await t.api('GET', '/api/v1/layanan-publik/tren?dari=2026-03-01&sampai=2026-02-01', { as: NIP.kapus });
    expect(bad.json()).toMatchObject({ fields: { sampai: 'tidak boleh sebelum tanggal dari' } });
    const long = await t.api('GET', '/api/v1/layanan-publik/tren?dari=2024-01-01&sampai=2026-02-01', { as: NIP.kapus });
    expect(long.json()).toMatchObject({ fields: { dari: 'rentang paling lama satu tahun' } });
  });
});
