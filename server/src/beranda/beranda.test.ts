import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { CapaianMassal } from '@capaian/contract/penilaian';
import type { AnalitikPenilai, Angka, BerandaPenilai, BerandaPimpinan, BerandaSaya, DaftarResult, Navigasi, PenilaiPage, PusatKendali, RegisterKeberatan } from '@capaian/contract/beranda';
import { PREDIKAT_LABEL } from '@capaian/domain';
import { createTestContext } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { seedInstansi } from '../seed/generator.js';

// The demo pemda with a year of data (SKPs, progress, feedback, last year's assessment finished,
// last month's period open), seeded for mid-December so this month's reporting is judged.
const t = await createTestContext({ clock: () => new Date('2026-12-16T03:00:00Z') });
const db = t.database.db;
const demo = await seedInstansi(db, { kode: 'KOTA-BERANDA', nama: 'Pemerintah Kota Beranda', pegawai: 150, seed: 11, nipPrefix: 8, fixedDemoNips: false, skpTahun: 2026, today: '2026-12-16' });
const nipOf = (key: string) => {
  const u = demo.demoUsers.find((d) => d.key === key);
  if (!u) throw new Error(`no demo user ${key}`);
  return u.nip;
};
const NIP = { pelaksana: nipOf('pelaksana'), pengawas: nipOf('pengawas'), kadis: nipOf('kadis'), sekda: nipOf('sekda'), pengelola: nipOf('pengelola'), adminBkpsdm: nipOf('adminBkpsdm') };
const DI = sql`instansi_id = ${demo.instansiId}`;

/** Every figure of a response, with where it sits. */
function angkaDi(x: unknown, path = ''): Array<{ path: string; a: Angka }> {
  if (!x || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  if (typeof o.nilai === 'number' && o.daftar && typeof o.daftar === 'object') return [{ path, a: o as unknown as Angka }];
  return Object.entries(o).flatMap(([k, v]) => angkaDi(v, `${path}.${k}`));
}

const qs = (f: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(f).flatMap(([k, v]): Array<[string, string]> => (v === undefined || v === null ? [] : [[k, String(v)]]))).toString();

/** Each figure equals the list it links to (row count, or the entries summed for feedback). */
async function cocokkan(as: string, body: unknown) {
  const all = angkaDi(body);
  expect(all.length).toBeGreaterThan(0);
  for (const { path, a } of all) {
    const res = await t.api('GET', `/api/v1/beranda/daftar?${qs({ ...a.daftar, pageSize: 100 })}`, { as });
    expect(res.statusCode, `${path} ${res.body}`).toBe(200);
    const d = res.json<DaftarResult>();
    expect(a.daftar.indikator === 'MENUNGGU_UMPAN_BALIK' ? d.jumlah : d.total, path).toBe(a.nilai);
    if (a.daftar.predikat) expect(d.judul, path).toBe(`Predikat kinerja: ${PREDIKAT_LABEL[a.daftar.predikat]}`);
    if (d.total <= 100) expect(d.items.length, path).toBe(d.total);
  }
  return all;
}

describe('homes: every figure matches the list behind it (demo data)', () => {
  it("the pegawai's own home", async () => {
    const res = await t.api('GET', '/api/v1/beranda/saya', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    const b = res.json<BerandaSaya>();
    expect(b).toMatchObject({ tahun: 2026, bulan: 12, hariIni: '2026-12-16' });
    expect(b.skp).not.toBeNull();
    // An SKP not yet approved is due, and past its deadline (31 January) in December.
    const skpDue = b.tenggat.find((x) => x.label === 'Batas persetujuan SKP');
    if (b.skp!.status === 'DISETUJUI') expect(skpDue).toBeUndefined();
    else expect(skpDue).toMatchObject({ lewat: true, tautan: `/skp/${b.skp!.id}` });
    // The month's rencana aksi and entries, counted independently.
    const [own] = await queryRows<{ entri: number }>(
      db,
      sql`SELECT count(*)::int AS entri FROM realisasi r JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id
           WHERE p.nip = ${NIP.pelaksana} AND r.tanggal BETWEEN '2026-12-01' AND '2026-12-31'`,
    );
    expect(b.progres.entri).toBe(own!.entri);
    expect(b.progres.tercapai).toBeLessThanOrEqual(b.progres.rencanaAksi);
    expect(b.hasilTerakhir).not.toBeNull();
  });

  it("the pejabat penilai's home: SKP waiting, not reported, feedback waiting, ratings due", async () => {
    const res = await t.api('GET', '/api/v1/beranda/penilai', { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const b = res.json<BerandaPenilai>();
    expect(b.jumlahBawahan).toBeGreaterThan(0);
    expect(b.penilaian.length).toBeGreaterThan(0);
    const all = await cocokkan(NIP.pengawas, b);
    expect(all.map((x) => x.a.daftar.indikator)).toEqual(expect.arrayContaining(['SKP_MENUNGGU', 'BELUM_LAPOR', 'MENUNGGU_UMPAN_BALIK', 'PENILAIAN_BELUM', 'PENILAIAN_SELESAI']));
    const p = b.penilaian[0]!;
    // Every rating assigned is either done or not.
    const [n] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM evaluasi e JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pejabat_penilai_id WHERE p.nip = ${NIP.pengawas} AND e.periode_id = ${p.periodeId}`,
    );
    expect(p.belum.nilai + p.selesai.nilai).toBe(n!.n);
  });

  it("the leaders' home: the kepala dinas sees the dinas per unit; the sekda the pemda per perangkat daerah", async () => {
    const kadis = (await t.api('GET', '/api/v1/beranda/pimpinan', { as: NIP.kadis })).json<BerandaPimpinan>();
    expect(kadis.cakupan.nama).toBe('Dinas Kesehatan');
    expect(kadis.pilihan.map((p) => p.nama)).toEqual(['Seluruh pemda', 'Dinas Kesehatan']);
    expect(kadis.unit.length).toBeGreaterThan(1);
    for (const u of kadis.unit) {
      expect(u.induk).toBe('Dinas Kesehatan');
      expect(u.tren).toHaveLength(12);
      expect(u.skpDisetujui.nilai).toBeLessThanOrEqual(u.pegawai);
    }
    // The rows add up to the dinas (its own pegawai placed in the dinas itself aside).
    expect(kadis.unit.reduce((a, u) => a + u.pegawai, 0)).toBeLessThanOrEqual(kadis.ringkasan.pegawai);
    await cocokkan(NIP.kadis, kadis);

    const sekda = (await t.api('GET', '/api/v1/beranda/pimpinan', { as: NIP.sekda })).json<BerandaPimpinan>();
    expect(sekda.cakupan).toEqual({ unitId: null, nama: 'Seluruh pemda' });
    expect(sekda.unit.map((u) => u.nama)).toContain('Dinas Kesehatan');
    expect(sekda.periode).not.toBeNull();
    const [{ n }] = (await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pegawai p WHERE p.${DI} AND p.status NOT IN ('PENSIUN', 'NONAKTIF')`,
    )) as [{ n: number }];
    expect(sekda.ringkasan.pegawai).toBe(n);
    await cocokkan(NIP.sekda, { ringkasan: sekda.ringkasan, unit: sekda.unit.slice(0, 3) });
  });

  it("BKPSDM's command centre: stage, per perangkat daerah, per pejabat penilai, keberatan", async () => {
    const res = await t.api('GET', '/api/v1/beranda/pusat-kendali', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const b = res.json<PusatKendali>();
    expect(b.tahap.tahap).toBe('PENILAIAN');
    expect(b.periode).not.toBeNull();
    expect(b.tahap.tenggat?.tanggal).toBe(b.periode!.batasPenilaian);
    expect(b.perangkatDaerah.reduce((a, r) => a + r.pegawai, 0)).toBe(b.ringkasan.pegawai);
    await cocokkan(NIP.adminBkpsdm, { ringkasan: b.ringkasan, pd: b.perangkatDaerah.slice(0, 4) });

    const penilai = (await t.api('GET', '/api/v1/beranda/pusat-kendali/penilai?pageSize=5', { as: NIP.adminBkpsdm })).json<PenilaiPage>();
    expect(penilai.items).toHaveLength(5);
    expect(penilai.total).toBeGreaterThan(5);
    const terbanyak = (r: PenilaiPage['items'][number]) => r.penilaianTotal - r.penilaianSelesai + r.skpMenunggu;
    expect(penilai.items.map(terbanyak)).toEqual([...penilai.items.map(terbanyak)].sort((x, y) => y - x));
    // The ratings per rater add up to the period's total.
    const semua = (await t.api('GET', '/api/v1/beranda/pusat-kendali/penilai?pageSize=100', { as: NIP.adminBkpsdm })).json<PenilaiPage>();
    const halaman = Math.ceil(semua.total / 100);
    let total = semua.items.reduce((a, r) => a + r.penilaianTotal, 0);
    for (let p = 2; p <= halaman; p++)
      total += (await t.api('GET', `/api/v1/beranda/pusat-kendali/penilai?pageSize=100&page=${p}`, { as: NIP.adminBkpsdm })).json<PenilaiPage>().items.reduce((a, r) => a + r.penilaianTotal, 0);
    const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM evaluasi WHERE periode_id = ${b.periode!.id} AND pejabat_penilai_id IS NOT NULL`)) as [{ n: number }];
    expect(total).toBe(n);

    const reg = (await t.api('GET', '/api/v1/beranda/pusat-kendali/keberatan?status=semua', { as: NIP.adminBkpsdm })).json<RegisterKeberatan>();
    const [{ k }] = (await queryRows<{ k: number }>(db, sql`SELECT count(*)::int AS k FROM keberatan WHERE ${DI}`)) as [{ k: number }];
    expect(reg.total).toBe(k);
    for (const r of reg.items) expect(r.batasPutusan > r.diajukanAt.slice(0, 10)).toBe(true);
    // The centre's open and overdue counts judge lateness as the register does (one domain rule).
    const terbuka = (await t.api('GET', '/api/v1/beranda/pusat-kendali/keberatan?status=terbuka&pageSize=100', { as: NIP.adminBkpsdm })).json<RegisterKeberatan>();
    expect(terbuka.total).toBe(b.ringkasan.keberatanTerbuka);
    expect(terbuka.total).toBeLessThanOrEqual(100);
    expect(terbuka.items.filter((r) => r.lewat).length).toBe(b.ringkasan.keberatanLewat);
  });
});

describe('scope', () => {
  it('a pelaksana has no leader home, no command centre, no pemda or unit lists; the menu says so', async () => {
    expect((await t.api('GET', '/api/v1/beranda/pimpinan', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/beranda/pusat-kendali', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=SKP_BELUM&lingkup=pemda', { as: NIP.pelaksana })).statusCode).toBe(403);
    const nav = (await t.api('GET', '/api/v1/beranda/navigasi', { as: NIP.pelaksana })).json<Navigasi>();
    expect(nav).toEqual({ tim: false, timPenilai: false, templat: false, pimpinan: false, kepalaPerangkatDaerah: false, pusatKendali: false, analitik: null });
    expect((await t.api('GET', '/api/v1/beranda/navigasi', { as: NIP.adminBkpsdm })).json<Navigasi>()).toMatchObject({ pimpinan: true, pusatKendali: true, analitik: 'semua' });
    expect((await t.api('GET', '/api/v1/beranda/navigasi', { as: NIP.pengawas })).json<Navigasi>()).toMatchObject({ tim: true, pimpinan: false, kepalaPerangkatDaerah: false, analitik: 'sendiri' });
    expect((await t.api('GET', '/api/v1/beranda/navigasi', { as: NIP.kadis })).json<Navigasi>()).toMatchObject({ tim: true, pimpinan: true, kepalaPerangkatDaerah: true });
    // A pelaksana's own team list is empty, not someone else's.
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=BELUM_LAPOR&lingkup=tim', { as: NIP.pelaksana })).json<DaftarResult>().total).toBe(0);
  });

  it('a kepala dinas without the pimpinan role sees their perangkat daerah only', async () => {
    await db.execute(sql`DELETE FROM user_role r USING user_account a WHERE a.instansi_id = r.instansi_id AND a.id = r.user_id AND a.nip = ${NIP.kadis} AND r.role = 'PIMPINAN'`);
    t.forgetSessions();
    const b = (await t.api('GET', '/api/v1/beranda/pimpinan', { as: NIP.kadis })).json<BerandaPimpinan>();
    expect(b.pilihan.map((p) => p.nama)).toEqual(['Dinas Kesehatan']);
    const sub = b.unit[0]!;
    expect((await t.api('GET', `/api/v1/beranda/pimpinan?unitId=${sub.unitId}`, { as: NIP.kadis })).statusCode).toBe(200);
    const [other] = await queryRows<{ id: string }>(db, sql`SELECT u.id FROM unit_kerja u WHERE u.${DI} AND u.perangkat_daerah AND u.nama <> 'Dinas Kesehatan' LIMIT 1`);
    // The sekda opens that perangkat daerah first, so its answer is cached: the cache never answers for someone the scope check refuses.
    expect((await t.api('GET', `/api/v1/beranda/pimpinan?unitId=${other!.id}`, { as: NIP.sekda })).statusCode).toBe(200);
    expect((await t.api('GET', `/api/v1/beranda/pimpinan?unitId=${other!.id}`, { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/beranda/daftar?indikator=SKP_BELUM&lingkup=unit&unitId=${other!.id}`, { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=SKP_BELUM&lingkup=pemda', { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=SKP_BELUM&lingkup=unit', { as: NIP.kadis })).json()).toMatchObject({ fields: { unitId: 'wajib diisi untuk lingkup unit' } });
    await db.execute(sql`INSERT INTO user_role (instansi_id, user_id, role) SELECT a.instansi_id, a.id, 'PIMPINAN' FROM user_account a WHERE a.nip = ${NIP.kadis}`);
    t.forgetSessions();
  });

  it("another pemda's administrator reaches nothing of this pemda", async () => {
    const other = await t.otherPemdaAdmin();
    const kadis = (await t.api('GET', '/api/v1/beranda/pimpinan', { as: NIP.sekda })).json<BerandaPimpinan>();
    const unitId = kadis.unit[0]!.unitId;
    expect((await t.api('GET', `/api/v1/beranda/pimpinan?unitId=${unitId}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/beranda/daftar?indikator=SKP_BELUM&lingkup=unit&unitId=${unitId}`, { as: other.nip })).statusCode).toBe(404);
    const pk = (await t.api('GET', '/api/v1/beranda/pusat-kendali', { as: other.nip })).json<PusatKendali>();
    expect(pk.perangkatDaerah.map((r) => r.unitId)).not.toContain(unitId);
  });

  it('validation names the field in Indonesian', async () => {
    const bad = await t.api('GET', '/api/v1/beranda/daftar?indikator=XYZ&lingkup=semua&bulan=13', { as: NIP.adminBkpsdm });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ fields: { indikator: 'indikator tidak dikenal', lingkup: 'harus tim, unit atau pemda', bulan: 'bulan 1–12' } });
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=PREDIKAT&lingkup=pemda&periodeId=00000000-0000-4000-8000-000000000000', { as: NIP.adminBkpsdm })).json()).toMatchObject({ fields: { predikat: 'wajib diisi untuk indikator PREDIKAT' } });
    expect((await t.api('GET', '/api/v1/beranda/daftar?indikator=PENILAIAN_BELUM&lingkup=pemda', { as: NIP.adminBkpsdm })).json()).toMatchObject({ fields: { periodeId: 'wajib diisi untuk indikator penilaian' } });
  });
});

describe('rater analytics', () => {
  it('BKPSDM sees every rater with the numbers behind each flag; a pejabat penilai only their own row', async () => {
    const all = (await t.api('GET', '/api/v1/beranda/analitik-penilai', { as: NIP.adminBkpsdm })).json<AnalitikPenilai>();
    expect(all.cakupan).toBe('semua');
    expect(all.periode).not.toBeNull();
    expect(all.penilai.length).toBeGreaterThan(3);
    expect(all.penilai.reduce((a, r) => a + r.jumlah, 0)).toBe(all.pemda.jumlah);
    expect(all.perangkatDaerah.reduce((a, r) => a + r.jumlah, 0)).toBeLessThanOrEqual(all.pemda.jumlah);
    for (const r of all.penilai) {
      expect(Object.values(r.distribusi).reduce((a, x) => a + x, 0)).toBe(r.jumlah);
      if (r.bendera.includes('MURAH')) expect(r.selisih).toBeGreaterThanOrEqual(0.5);
      if (r.bendera.includes('PELIT')) expect(r.selisih).toBeLessThanOrEqual(-0.5);
      if (r.bendera.includes('HALO')) expect(r.halo).toBeGreaterThanOrEqual(0.95);
    }
    const pengawasId = await t.pegawaiId(NIP.pengawas);
    const own = (await t.api('GET', `/api/v1/beranda/analitik-penilai?periodeId=${all.periode!.id}`, { as: NIP.pengawas })).json<AnalitikPenilai>();
    expect(own.cakupan).toBe('sendiri');
    expect(own.perangkatDaerah).toEqual([]);
    expect(own.penilai.every((r) => r.penilai.id === pengawasId)).toBe(true);
    expect(own.penilai[0]).toEqual(all.penilai.find((r) => r.penilai.id === pengawasId));
    const pd = all.perangkatDaerah[0]!.unitId;
    expect((await t.api('GET', `/api/v1/beranda/analitik-penilai?perangkatDaerahId=${pd}`, { as: NIP.pengawas })).statusCode).toBe(403);
  });
});

describe('reminders to everyone late', () => {
  it('BKPSDM only; one action sends the SKP and rating reminders once a day, audited', async () => {
    expect((await t.api('POST', '/api/v1/beranda/pusat-kendali/pengingat', { as: NIP.pengelola })).statusCode).toBe(403);
    const first = await t.api('POST', '/api/v1/beranda/pusat-kendali/pengingat', { as: NIP.adminBkpsdm });
    expect(first.statusCode).toBe(200);
    const r = first.json<{ skp: number; penilaian: number }>();
    const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM notifikasi WHERE ${DI} AND jenis = 'PENGINGAT_PENILAIAN'`)) as [{ n: number }];
    expect(n).toBe(r.penilaian);
    const again = (await t.api('POST', '/api/v1/beranda/pusat-kendali/pengingat', { as: NIP.adminBkpsdm })).json<{ skp: number; penilaian: number }>();
    expect(again).toEqual({ skp: 0, penilaian: 0 });
    const [{ a }] = (await queryRows<{ a: number }>(db, sql`SELECT count(*)::int AS a FROM audit_event WHERE ${DI} AND summary LIKE 'Pengingat keterlambatan dikirim%'`)) as [{ a: number }];
    expect(a).toBe(2);
  });
});

describe('capaian kinerja organisasi of a whole perangkat daerah on one screen', () => {
  it('lists every unit with its parent; BKPSDM sets several at once, all or none; others refused', async () => {
    const pk = (await t.api('GET', '/api/v1/beranda/pusat-kendali', { as: NIP.adminBkpsdm })).json<PusatKendali>();
    const periodeId = pk.periode!.id;
    const dinkes = pk.perangkatDaerah.find((r) => r.nama === 'Dinas Kesehatan')!.unitId;
    const lain = pk.perangkatDaerah.find((r) => r.nama !== 'Dinas Kesehatan')!.unitId;
    const url = `/api/v1/penilaian/periode/${periodeId}/capaian-massal`;
    const list = (await t.api('GET', `${url}?perangkatDaerahId=${dinkes}`, { as: NIP.adminBkpsdm })).json<CapaianMassal>();
    expect(list.items.length).toBeGreaterThan(3);
    expect(list.items[0]).toMatchObject({ unitId: expect.any(String), induk: expect.anything() });
    // Units of the same name are told apart by their parent.
    const pairs = new Set(list.items.map((i) => `${i.induk ?? ''}/${i.nama}`));
    expect(pairs.size).toBe(list.items.length);
    const open = list.items.filter((i) => i.bolehTetapkan).slice(0, 3);
    expect(open.length).toBe(3);
    const items = open.map((i, n) => ({ unitId: i.unitId, capaian: n === 0 ? 'ISTIMEWA' : 'BAIK', justifikasi: `Capaian sasaran PK ${i.nama}`, ...(i.rowVersion ? { rowVersion: i.rowVersion } : {}) }));

    expect((await t.api('PUT', url, { as: NIP.pelaksana, body: { perangkatDaerahId: dinkes, items } })).statusCode).toBe(403);
    // One bad row (a unit of another perangkat daerah) refuses all, naming the row.
    const bad = await t.api('PUT', url, { as: NIP.adminBkpsdm, body: { perangkatDaerahId: dinkes, items: [...items, { unitId: lain, capaian: 'BAIK', justifikasi: 'x' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ fields: { 'items.3.unitId': 'bukan unit perangkat daerah ini' } });
    const after = (await t.api('GET', `${url}?perangkatDaerahId=${dinkes}`, { as: NIP.adminBkpsdm })).json<CapaianMassal>();
    expect(after.items.filter((i) => open.some((o) => o.unitId === i.unitId)).map((i) => i.capaian)).toEqual(open.map((o) => o.capaian));

    const ok = await t.api('PUT', url, { as: NIP.adminBkpsdm, body: { perangkatDaerahId: dinkes, items } });
    expect(ok.statusCode).toBe(200);
    const saved = ok.json<CapaianMassal>();
    for (const it of items) expect(saved.items.find((i) => i.unitId === it.unitId)).toMatchObject({ capaian: it.capaian, justifikasi: it.justifikasi });
    const ids = items.map((i) => `${periodeId}:${i.unitId}`);
    const [{ a }] = (await queryRows<{ a: number }>(db, sql`SELECT count(*)::int AS a FROM audit_event WHERE ${DI} AND entity_type = 'capaian_organisasi' AND entity_id = ANY(${`{${ids.join(',')}}`}::text[])`)) as [{ a: number }];
    expect(a).toBe(3);
    // A stale version is refused by row.
    const stale = await t.api('PUT', url, { as: NIP.adminBkpsdm, body: { perangkatDaerahId: dinkes, items: [{ ...items[0]!, rowVersion: 99 }] } });
    expect(stale.json()).toMatchObject({ fields: { 'items.0.rowVersion': 'versi data sudah berubah' } });
    expect((await t.api('GET', `${url}`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ fields: { perangkatDaerahId: 'wajib diisi' } });
  });
});
