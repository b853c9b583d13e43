import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PERAN_PANDUAN, type KontenBantuan, type StatusTur } from '@capaian/contract/bantuan';
import { createTestContext, NIP } from '../../test/context.js';
import { readPdf } from '../../test/pdf.js';
import { auditEvent, userAccount } from '../db/schema.js';
import { FOLDER_GAMBAR } from './service.js';

const t = await createTestContext({ clock: () => new Date('2026-07-20T03:00:00Z') });
const ROUTER = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src/app/router.tsx'), 'utf8');

async function konten(): Promise<KontenBantuan> {
  const res = await t.api('GET', '/api/v1/bantuan', { as: NIP.pelaksana });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<KontenBantuan>();
}
const rata = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the help content (GET /bantuan)', () => {
  it('has a guide for every role, each naming sections that exist, and every section in some guide', async () => {
    const k = await konten();
    expect(k.panduan.map((p) => p.peran)).toEqual([...PERAN_PANDUAN]);
    const ids = new Set(k.bagian.map((b) => b.id));
    expect(ids.size).toBe(k.bagian.length);
    for (const p of k.panduan) for (const id of p.bagian) expect(ids, `${p.peran}: ${id}`).toContain(id);
    const dipakai = new Set(k.panduan.flatMap((p) => p.bagian));
    expect(k.bagian.filter((b) => !dipakai.has(b.id)).map((b) => b.id)).toEqual([]);
    expect(k.tur.length).toBeGreaterThanOrEqual(3);
  });

  it("uses the regulation's terms and explains them in the glossary", async () => {
    const k = await konten();
    const istilah = k.glosarium.map((g) => g.istilah);
    for (const i of ['SKP', 'RHK', 'Rencana aksi', 'Realisasi', 'Umpan balik', 'Predikat kinerja', 'Kurva distribusi', 'Keberatan', 'BerAKHLAK']) expect(istilah).toContain(i);
    expect(k.glosarium.find((g) => g.istilah === 'SKP')).toMatchObject({ kepanjangan: 'Sasaran Kinerja Pegawai', dasar: 'PermenPANRB 6/2022' });
  });

  it('maps pages to sections: every route a section names is a route of the web app, each in one section only', async () => {
    const k = await konten();
    const semua = k.bagian.flatMap((b) => b.rute);
    for (const r of semua) expect(ROUTER, r).toContain(`path: '${r}'`);
    expect(new Set(semua).size).toBe(semua.length);
    expect(k.bagian.find((b) => b.rute.includes('/skp'))?.id).toBe('skp-menyusun');
  });

  it('is the same for every pemda', async () => {
    const lain = await t.api('GET', '/api/v1/bantuan', { as: (await t.otherPemdaAdmin()).nip });
    expect(lain.statusCode).toBe(200);
    expect(lain.json()).toEqual(await konten());
  });
});

describe('screenshots (GET /bantuan/gambar/:nama)', () => {
  it('every screenshot the content references exists in docs/screenshots and is served as PNG', async () => {
    const k = await konten();
    const nama = [...new Set(k.bagian.flatMap((b) => b.gambar.map((g) => g.nama)))];
    expect(nama.length).toBeGreaterThanOrEqual(10);
    for (const n of nama) {
      const berkas = path.join(FOLDER_GAMBAR, n);
      expect(fs.existsSync(berkas), `${n} is missing from docs/screenshots (the browser tests take it)`).toBe(true);
      const res = await t.api('GET', `/api/v1/bantuan/gambar/${n}`, { as: NIP.pelaksana });
      expect(res.statusCode, n).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.rawPayload.equals(fs.readFileSync(berkas))).toBe(true);
    }
  });

  it('serves no other file: an unreferenced screenshot, another name or a path is refused', async () => {
    const k = await konten();
    const dirujuk = new Set(k.bagian.flatMap((b) => b.gambar.map((g) => g.nama)));
    const lain = fs.readdirSync(FOLDER_GAMBAR).find((f) => f.endsWith('.png') && !dirujuk.has(f));
    if (lain !== undefined) expect((await t.api('GET', `/api/v1/bantuan/gambar/${lain}`, { as: NIP.pelaksana })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/bantuan/gambar/tidak-ada.png', { as: NIP.pelaksana })).json()).toMatchObject({ error: 'not_found' });
    for (const n of ['..%2F..%2Fpackage.json', '..%2Fscreenshots%2Flogin.png', 'login.PNG', 'login.png%00', 'login']) {
      const res = await t.api('GET', `/api/v1/bantuan/gambar/${n}`, { as: NIP.pelaksana });
      expect([400, 404], n).toContain(res.statusCode);
    }
  });
});

describe('the printable guide per role (GET /bantuan/panduan/:peran.pdf)', () => {
  it.each([...PERAN_PANDUAN])('%s: the PDF holds the role, each of its sections with its steps, and the glossary', async (peran) => {
    const k = await konten();
    const panduan = k.panduan.find((p) => p.peran === peran)!;
    const res = await t.api('GET', `/api/v1/bantuan/panduan/${peran}.pdf`, { as: NIP.pelaksana });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`panduan-capaian-${peran}.pdf`);
    const { text, pages } = await readPdf(res.rawPayload);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain(panduan.judul);
    expect(text).toContain(rata(panduan.untuk));
    for (const id of panduan.bagian) {
      const b = k.bagian.find((x) => x.id === id)!;
      expect(text).toContain(b.judul);
      for (const langkah of b.langkah) expect(text).toContain(rata(langkah));
    }
    // Only this role's tasks: a section of no guide of this role is left out.
    const lain = k.bagian.find((b) => !panduan.bagian.includes(b.id))!;
    expect(text).not.toContain(lain.langkah[0]!);
    expect(text).toContain('Glosarium istilah');
    expect(text).toContain('Kurva distribusi');
    expect(text).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('refuses an unknown role with a 400 naming the field', async () => {
    const res = await t.api('GET', '/api/v1/bantuan/panduan/bupati.pdf', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { peran: 'peran tidak dikenal' } });
    expect((await t.api('GET', '/api/v1/bantuan/panduan/pegawai', { as: NIP.pelaksana })).statusCode).toBe(404);
  });
});

describe('behind the login', () => {
  it.each([
    ['GET', '/api/v1/bantuan'],
    ['GET', '/api/v1/bantuan/tur'],
    ['POST', '/api/v1/bantuan/tur/selesai'],
    ['GET', '/api/v1/bantuan/panduan/pegawai.pdf'],
    ['GET', '/api/v1/bantuan/gambar/login.png'],
  ] as const)('%s %s answers 401 to an anonymous caller', async (method, url) => {
    const res = await t.api(method, url, { as: null });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

describe('the first-login tour', () => {
  async function akun(nip: string) {
    const [row] = await t.database.db.select({ id: userAccount.id, instansiId: userAccount.instansiId }).from(userAccount).where(eq(userAccount.nip, nip));
    return row!;
  }

  it('is shown until the account finishes it, then never again; the first finish is audited, repeats change nothing', async () => {
    const awal = await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.pelaksana });
    expect(awal.json<StatusTur>()).toEqual({ selesai: false, selesaiPada: null, peran: ['pegawai'] });

    const selesai = await t.api('POST', '/api/v1/bantuan/tur/selesai', { as: NIP.pelaksana });
    expect(selesai.statusCode, selesai.body).toBe(200);
    expect(selesai.json<StatusTur>()).toEqual({ selesai: true, selesaiPada: '2026-07-20T03:00:00.000Z', peran: ['pegawai'] });
    const lagi = await t.api('POST', '/api/v1/bantuan/tur/selesai', { as: NIP.pelaksana });
    expect(lagi.json<StatusTur>().selesaiPada).toBe('2026-07-20T03:00:00.000Z');
    expect((await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.pelaksana })).json<StatusTur>().selesai).toBe(true);

    const a = await akun(NIP.pelaksana);
    const jejak = await t.database.db
      .select({ action: auditEvent.action, summary: auditEvent.summary, actorNip: auditEvent.actorNip, after: auditEvent.after })
      .from(auditEvent)
      .where(and(eq(auditEvent.instansiId, a.instansiId), eq(auditEvent.entityType, 'user_account'), eq(auditEvent.entityId, a.id)));
    expect(jejak.filter((j) => j.summary.includes('tur pengenalan'))).toEqual([
      { action: 'update', summary: 'Budi Santoso menyelesaikan tur pengenalan', actorNip: NIP.pelaksana, after: { turSelesai: true } },
    ]);

    // Each account has its own flag.
    expect((await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.perawat })).json<StatusTur>().selesai).toBe(false);
  });

  it('offers the guides that fit the account: pejabat penilai to whoever assesses someone, and the roles held', async () => {
    expect((await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.pengawas })).json<StatusTur>().peran).toEqual(['pegawai', 'pejabat-penilai']);
    expect((await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.adminSistem })).json<StatusTur>().peran).toEqual(expect.arrayContaining(['admin-sistem']));
    expect((await t.api('GET', '/api/v1/bantuan/tur', { as: NIP.pengelola })).json<StatusTur>().peran).toEqual(expect.arrayContaining(['pengelola-kinerja']));
  });
});
