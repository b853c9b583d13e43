import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { nipError } from '@capaian/domain';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { instansi, jabatan, pegawai, skp, skpTemplate, unitKerja } from '../db/schema.js';
import type { Actor } from '../core/actor.js';
import type { AppError } from '../core/errors.js';
import type { SkpDetail } from '@capaian/contract/skp';

// Early January, like the SKP tests.
const t = await createTestContext({ clock: () => new Date('2026-01-10T03:00:00Z') });
const db = t.database.db;

interface Ringkas { id: string; nama: string; jabatanNama: string; unitId: string | null; can: Record<string, boolean> }
interface Sasaran { tahun: number; items: Array<{ pegawaiId: string; namaLengkap: string; unitNama: string; skp: { status: string } | null; tindakan: string; alasan: string | null }> }

const ind = (uraian: string, nilai: string | null = '100', satuan: string | null = 'persen') => ({ aspek: 'KUANTITAS', uraian, targetNilai: nilai, targetSatuan: satuan, targetTeks: null });
const rhkT = (uraian: string, jenis = 'UTAMA') => ({ jenis, uraian, indikator: [ind(`Persentase ${uraian.toLowerCase()}`), { aspek: 'WAKTU', uraian: 'Tepat waktu', targetNilai: '12', targetSatuan: 'bulan', targetTeks: null }] });
const body = (o: { nama?: string; jabatanNama?: string; unitId?: string | null; isi?: unknown[] } = {}) => ({
  nama: o.nama ?? 'Templat uji',
  jabatanNama: o.jabatanNama ?? 'Perawat Ahli Pertama',
  unitId: o.unitId ?? null,
  isi: o.isi ?? [rhkT('Pelayanan pasien')],
});

let demoId = '';
let otherId = '';
const unit = async (kode: string, inst = demoId) => {
  const [u] = await db.select().from(unitKerja).where(and(eq(unitKerja.instansiId, inst), eq(unitKerja.kode, kode)));
  return u!;
};
const actorOf = async (nip: string): Promise<Actor> => {
  const cookie = await t.login(nip);
  const token = decodeURIComponent(cookie.split('=')[1]!);
  const a = await t.services.auth.actorFromToken(token);
  if (!a) throw new Error('no actor');
  return a;
};

beforeAll(async () => {
  const rows = await db.select().from(instansi);
  demoId = rows.find((r) => r.kode === 'KOTA-CONTOH')!.id;
  otherId = rows.find((r) => r.kode === 'KAB-LAIN')!.id;
});

describe('SKP templates: CRUD, validation and policy', () => {
  it('ships the demo templates (seed) and lists them with `can`', async () => {
    const res = await t.api('GET', '/api/v1/skp-template', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const list = res.json<{ items: Ringkas[]; can: { buat: boolean; seluruhInstansi: boolean } }>();
    expect(list.can).toEqual({ buat: true, seluruhInstansi: true });
    expect(list.items.map((i) => i.jabatanNama).sort()).toEqual(
      ['Guru Ahli Pertama', 'Pengadministrasi Perkantoran', 'Pengelola Pengaduan Masyarakat', 'Perawat Ahli Pertama', 'Verifikator Perizinan'],
    );
    expect(list.items.every((i) => i.can.ubah && i.can.terapkan)).toBe(true);
    const perawat = list.items.find((i) => i.jabatanNama === 'Perawat Ahli Pertama')!;
    expect(perawat.unitId).toBe((await unit('DINKES')).id);
    const d = (await t.api('GET', `/api/v1/skp-template/${perawat.id}`, { as: NIP.adminBkpsdm })).json<{ isi: Array<{ indikator: Array<{ targetNilai: string; targetSatuan: string }> }> }>();
    expect(d.isi.length).toBeGreaterThanOrEqual(3);
    expect(d.isi.flatMap((r) => r.indikator).every((i) => /^\d+$/.test(i.targetNilai) && i.targetSatuan)).toBe(true);
    // The other pemda has its own copies.
    expect(await db.select().from(skpTemplate).where(eq(skpTemplate.instansiId, otherId))).toHaveLength(5);

    // The pengelola kinerja of Dinas Kesehatan sees their perangkat daerah's and the instansi-wide ones.
    const p = (await t.api('GET', '/api/v1/skp-template', { as: NIP.pengelola })).json<{ items: Ringkas[]; can: Record<string, boolean> }>();
    expect(p.items.map((i) => i.jabatanNama).sort()).toEqual(['Pengadministrasi Perkantoran', 'Perawat Ahli Pertama']);
    expect(p.items.find((i) => i.unitId === null)!.can).toEqual({ read: true, ubah: false, hapus: false, terapkan: true });
    expect(p.items.find((i) => i.unitId !== null)!.can).toMatchObject({ ubah: true, terapkan: true });
    expect(p.can).toEqual({ buat: true, seluruhInstansi: false });
  });

  it('refuses bad content naming each field', async () => {
    const noTarget = await t.api('POST', '/api/v1/skp-template', {
      as: NIP.adminBkpsdm,
      body: body({ isi: [{ ...rhkT('Pelayanan'), indikator: [ind('Mutu', null, null)] }] }),
    });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json().fields).toMatchObject({ 'isi.0.indikator.0.targetNilai': 'target wajib diisi (nilai dan satuan, atau uraian kualitatif)' });
    const noUnit = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ isi: [rhkT('A'), { ...rhkT('B'), indikator: [ind('X', '90', null)] }] }) });
    expect(noUnit.json().fields).toMatchObject({ 'isi.1.indikator.0.targetSatuan': 'satuan target wajib diisi' });
    const empty = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: { ...body({ isi: [] }), nama: ' ' } });
    expect(empty.json().fields).toMatchObject({ nama: 'wajib diisi', isi: 'paling sedikit satu RHK' });
    const tooMany = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ isi: Array.from({ length: 31 }, (_, i) => rhkT(`R${i}`)) }) });
    expect(tooMany.json().fields).toMatchObject({ isi: 'paling banyak 30 RHK' });
    const badJenis = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ isi: [{ ...rhkT('A'), jenis: 'LAIN', indikator: Array.from({ length: 11 }, () => ind('x')) }] }) });
    expect(Object.keys(badJenis.json().fields as object)).toEqual(expect.arrayContaining(['isi.0.jenis', 'isi.0.indikator']));
  });

  it('create, read, update, delete (audited)', async () => {
    const created = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ nama: 'Perawat — umum', isi: [rhkT('Asuhan'), rhkT('Penyuluhan', 'TAMBAHAN')] }) });
    expect(created.statusCode).toBe(201);
    const c = created.json<Ringkas & { isi: unknown[]; dibuatOleh: string | null; jumlahRhk: number; jumlahIndikator: number }>();
    expect(c).toMatchObject({ nama: 'Perawat — umum', unitId: null, jumlahRhk: 2, jumlahIndikator: 4, can: { ubah: true, hapus: true } });
    expect(c.dibuatOleh).toBeTruthy();
    const upd = await t.api('PUT', `/api/v1/skp-template/${c.id}`, { as: NIP.adminBkpsdm, body: body({ nama: 'Perawat — diubah', isi: [rhkT('Asuhan')] }) });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({ nama: 'Perawat — diubah', jumlahRhk: 1 });
    expect((await t.api('DELETE', `/api/v1/skp-template/${c.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(204);
    expect((await t.api('GET', `/api/v1/skp-template/${c.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_event WHERE instansi_id = ${demoId} AND entity_type = 'skp_template' AND entity_id = ${c.id} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('policy: plain pegawai 403, pengelola stays inside their perangkat daerah, pejabat penilai their unit, other pemda 404', async () => {
    for (const [m, url] of [['GET', '/api/v1/skp-template'], ['POST', '/api/v1/skp-template']] as const)
      expect((await t.api(m, url, { as: NIP.pelaksana, ...(m === 'POST' ? { body: body() } : {}) })).statusCode).toBe(403);

    const disdik = await unit('DISDIK');
    const dinkes = await unit('DINKES');
    const pkm = await unit('DINKES.PKM-01');
    const outside = await t.api('POST', '/api/v1/skp-template', { as: NIP.pengelola, body: body({ unitId: disdik.id }) });
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ error: 'forbidden', fields: { unitId: 'di luar unit kerja yang Anda kelola' } });
    expect((await t.api('POST', '/api/v1/skp-template', { as: NIP.pengelola, body: body({ unitId: null }) })).statusCode).toBe(403);
    const inside = await t.api('POST', '/api/v1/skp-template', { as: NIP.pengelola, body: body({ unitId: pkm.id }) });
    expect(inside.statusCode).toBe(201);
    // Nor may they move it out of Dinas Kesehatan.
    const moved = await t.api('PUT', `/api/v1/skp-template/${inside.json<Ringkas>().id}`, { as: NIP.pengelola, body: body({ unitId: disdik.id }) });
    expect(moved.statusCode).toBe(403);

    // An instansi-wide template: readable and applicable by the pengelola, not theirs to change.
    const wide = (await t.api('GET', '/api/v1/skp-template', { as: NIP.adminBkpsdm })).json<{ items: Ringkas[] }>().items.find((i) => i.unitId === null)!;
    expect((await t.api('GET', `/api/v1/skp-template/${wide.id}`, { as: NIP.pengelola })).statusCode).toBe(200);
    expect((await t.api('DELETE', `/api/v1/skp-template/${wide.id}`, { as: NIP.pengelola })).statusCode).toBe(403);
    // The Dinas Pendidikan template is out of their reach: not found.
    const guru = (await t.api('GET', '/api/v1/skp-template', { as: NIP.adminBkpsdm })).json<{ items: Ringkas[] }>().items.find((i) => i.jabatanNama === 'Guru Ahli Pertama')!;
    expect((await t.api('GET', `/api/v1/skp-template/${guru.id}`, { as: NIP.pengelola })).statusCode).toBe(404);

    // A pejabat penilai (the kepala puskesmas) may create a template for their own unit only.
    const kapusUnit = await queryRows<{ unit_id: string }>(db, sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.instansi_id = ${demoId} AND p.nip = ${NIP.kapus}`);
    const own = await t.api('POST', '/api/v1/skp-template', { as: NIP.kapus, body: body({ unitId: kapusUnit[0]!.unit_id }) });
    expect(own.statusCode).toBe(201);
    expect((await t.api('POST', '/api/v1/skp-template', { as: NIP.kapus, body: body({ unitId: dinkes.id }) })).statusCode).toBe(403);

    // Another pemda's template is simply not found, even for the BKPSDM admin.
    const [foreign] = await db.select().from(skpTemplate).where(eq(skpTemplate.instansiId, otherId));
    for (const m of ['GET', 'PUT', 'DELETE'] as const)
      expect((await t.api(m, `/api/v1/skp-template/${foreign!.id}`, { as: NIP.adminBkpsdm, ...(m === 'PUT' ? { body: body() } : {}) })).statusCode).toBe(404);
    expect((await t.api('POST', `/api/v1/skp-template/${foreign!.id}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2026 } })).statusCode).toBe(404);
  });

  it('preview lists the active holders of the jabatan in scope, limited for a pejabat penilai to their bawahan', async () => {
    const perawat = (await t.api('GET', '/api/v1/skp-template', { as: NIP.adminBkpsdm })).json<{ items: Ringkas[] }>().items.find((i) => i.jabatanNama === 'Perawat Ahli Pertama' && i.unitId)!;
    const expected = await queryRows<{ id: string }>(
      db,
      sql`SELECT p.id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
            LEFT JOIN unit_kerja up ON up.instansi_id = u.instansi_id AND up.id = u.parent_id
            LEFT JOIN unit_kerja upp ON upp.instansi_id = up.instansi_id AND upp.id = up.parent_id
           WHERE p.instansi_id = ${demoId} AND j.nama = 'Perawat Ahli Pertama' AND p.status NOT IN ('PENSIUN','NONAKTIF')
             AND ${perawat.unitId} IN (u.id, up.id, upp.id)`,
    );
    expect(expected.length).toBeGreaterThan(1);
    const res = await t.api('GET', `/api/v1/skp-template/${perawat.id}/sasaran?tahun=2026`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const s = res.json<Sasaran>();
    expect(s.tahun).toBe(2026);
    expect(s.items.map((i) => i.pegawaiId).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(s.items.every((i) => i.skp === null && i.tindakan === 'BUAT')).toBe(true);

    // The kepala puskesmas sees only the nurses they assess.
    const kapus = await actorOf(NIP.kapus);
    const bawahan = new Set(await t.services.organisasi.bawahanOf(demoId, kapus.pegawaiId));
    const k = (await t.api('GET', `/api/v1/skp-template/${perawat.id}/sasaran?tahun=2026`, { as: NIP.kapus })).json<Sasaran>();
    expect(k.items.length).toBeGreaterThan(0);
    expect(k.items.length).toBeLessThan(s.items.length);
    expect(k.items.every((i) => bawahan.has(i.pegawaiId))).toBe(true);
    // A plain pegawai may not preview.
    expect((await t.api('GET', `/api/v1/skp-template/${perawat.id}/sasaran?tahun=2026`, { as: NIP.pelaksana })).statusCode).toBe(403);
  });
});

describe('applying a template to a jabatan held by 50 pegawai', () => {
  const JABATAN = 'Penyuluh Sosial Ahli Pertama';
  let templateId = '';
  let ids: string[] = [];
  const countSkp = async () =>
    (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM skp WHERE instansi_id = ${demoId} AND tahun = 2026 AND pegawai_id = ANY(${`{${ids.join(',')}}`}::uuid[])`))[0]!.n;
  const countAudit = async () =>
    (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_event WHERE instansi_id = ${demoId} AND entity_id = ${templateId}`))[0]!.n;

  beforeAll(async () => {
    const dinsos = await unit('DINSOS');
    const [j] = await db.insert(jabatan).values({ instansiId: demoId, unitId: dinsos.id, kode: 'UJI-PENYULUH-SOS', nama: JABATAN, jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA' }).returning();
    const rows = Array.from({ length: 50 }, (_, i) => {
      const lahir = `1990${String(1 + Math.floor(i / 28)).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      const nip = `${lahir}201503${1 + (i % 2)}${String(900 + i).padStart(3, '0')}`;
      expect(nipError(nip, 'PNS')).toBeNull();
      return { instansiId: demoId, nip, nama: `Penyuluh Uji ${String(i + 1).padStart(2, '0')}`, jenisAsn: 'PNS', golongan: 'III/a', jabatanId: j!.id };
    });
    ids = (await db.insert(pegawai).values(rows).returning({ id: pegawai.id })).map((r) => r.id);
    // A retired holder of the same jabatan is not a target.
    await db.insert(pegawai).values({ instansiId: demoId, nip: '196001012015031999', nama: 'Penyuluh Pensiun', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: j!.id, status: 'PENSIUN' });
    const res = await t.api('POST', '/api/v1/skp-template', {
      as: NIP.adminBkpsdm,
      // Lower case on purpose: the jabatan name matches case-insensitively.
      body: body({ nama: 'Penyuluh Sosial', jabatanNama: 'penyuluh sosial ahli pertama', unitId: dinsos.id, isi: [rhkT('Penyuluhan sosial kepada keluarga rentan'), rhkT('Pendampingan penerima bantuan sosial'), rhkT('Laporan penyuluhan', 'TAMBAHAN')] }),
    });
    expect(res.statusCode).toBe(201);
    templateId = res.json<Ringkas>().id;
  });

  it('previews all 50 (not the retired one) as new drafts', async () => {
    const s = (await t.api('GET', `/api/v1/skp-template/${templateId}/sasaran?tahun=2026`, { as: NIP.adminBkpsdm })).json<Sasaran>();
    expect(s.items).toHaveLength(50);
    expect(new Set(s.items.map((i) => i.pegawaiId))).toEqual(new Set(ids));
    expect(s.items.every((i) => i.tindakan === 'BUAT')).toBe(true);
  });

  it('a failure in the middle of the transaction leaves nothing behind', async () => {
    const before = await countAudit();
    // The dialogue rows are written after the SKPs, RHK and indicators: make that insert fail.
    await db.execute(sql.raw(`CREATE FUNCTION uji_gagal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'gagal uji'; END $$`));
    await db.execute(sql.raw(`CREATE TRIGGER uji_gagal BEFORE INSERT ON skp_dialog FOR EACH ROW EXECUTE FUNCTION uji_gagal()`));
    try {
      const res = await t.api('POST', `/api/v1/skp-template/${templateId}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2026 } });
      expect(res.statusCode).toBe(500);
    } finally {
      await db.execute(sql.raw('DROP TRIGGER uji_gagal ON skp_dialog'));
      await db.execute(sql.raw('DROP FUNCTION uji_gagal()'));
    }
    expect(await countSkp()).toBe(0);
    expect((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM rhk WHERE instansi_id = ${demoId} AND penugasan_dari = 'Templat: Penyuluh Sosial'`))[0]!.n).toBe(0);
    expect(await countAudit()).toBe(before);

    // A pegawai of another pemda among the ids: refused naming the entry, nothing created.
    const [foreign] = await db.select({ id: pegawai.id }).from(pegawai).where(eq(pegawai.instansiId, otherId)).limit(1);
    const admin = await actorOf(NIP.adminBkpsdm);
    const err = await t.services.skpTemplate.terapkan(admin, templateId, { tahun: 2026, pegawaiIds: [...ids, foreign!.id] }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err).toMatchObject({ status: 400, id: 'validation_failed', fields: { 'pegawaiIds.50': expect.stringContaining('bukan sasaran') } });
    expect(await countSkp()).toBe(0);
  });

  it('creates 50 draft SKPs in one transaction with the template RHK, indicators and dialogue', async () => {
    const before = await countAudit();
    const res = await t.api('POST', `/api/v1/skp-template/${templateId}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2026 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dibuat: 50, ditambahkan: 0, dilewati: [] });
    const [c] = await queryRows<{ skp: number; draft: number; waktu: number; rhk: number; ind: number; dialog: number; periode: number }>(
      db,
      sql`SELECT count(*)::int AS skp, count(*) FILTER (WHERE s.status = 'DRAFT' AND s.versi = 1 AND s.row_version = 1)::int AS draft,
                 count(DISTINCT s.created_at)::int AS waktu,
                 count(*) FILTER (WHERE s.periode_mulai = '2026-01-01' AND s.periode_selesai = '2026-12-31')::int AS periode,
                 (SELECT count(*) FROM rhk r WHERE r.instansi_id = ${demoId} AND r.penugasan_dari = 'Templat: Penyuluh Sosial')::int AS rhk,
                 (SELECT count(*) FROM indikator_kinerja i JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id
                   WHERE r.instansi_id = ${demoId} AND r.penugasan_dari = 'Templat: Penyuluh Sosial')::int AS ind,
                 (SELECT count(*) FROM skp_dialog d WHERE d.instansi_id = ${demoId} AND d.jenis = 'TEMPLAT' AND d.pesan = 'Dibuat dari templat Penyuluh Sosial')::int AS dialog
            FROM skp s WHERE s.instansi_id = ${demoId} AND s.tahun = 2026 AND s.pegawai_id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
    );
    // now() is the transaction's start time: one timestamp for all 50 means one transaction.
    expect(c).toEqual({ skp: 50, draft: 50, waktu: 1, periode: 50, rhk: 150, ind: 300, dialog: 50 });
    const audit = await queryRows<{ summary: string; after: { dibuat: string[]; jumlah: { dibuat: number } } }>(
      db,
      sql`SELECT summary, after FROM audit_event WHERE instansi_id = ${demoId} AND entity_id = ${templateId} ORDER BY id DESC LIMIT 1`,
    );
    expect(await countAudit()).toBe(before + 1);
    expect(audit[0]!.after.jumlah.dibuat).toBe(50);
    expect(new Set(audit[0]!.after.dibuat)).toEqual(new Set(ids));

    // The SKP reads like any other: RHK with "penugasan dari" and the dialogue entry.
    const [one] = await db.select().from(skp).where(and(eq(skp.instansiId, demoId), eq(skp.pegawaiId, ids[0]!)));
    const d = (await t.api('GET', `/api/v1/skp/${one!.id}`, { as: NIP.adminBkpsdm })).json<SkpDetail>();
    expect(d.hasilKerja.map((h) => [h.jenis, h.uraian, h.penugasanDari, h.indikator.length])).toEqual([
      ['UTAMA', 'Penyuluhan sosial kepada keluarga rentan', 'Templat: Penyuluh Sosial', 2],
      ['UTAMA', 'Pendampingan penerima bantuan sosial', 'Templat: Penyuluh Sosial', 2],
      ['TAMBAHAN', 'Laporan penyuluhan', 'Templat: Penyuluh Sosial', 2],
    ]);
    expect(d.dialog).toEqual([expect.objectContaining({ jenis: 'TEMPLAT', pesan: 'Dibuat dari templat Penyuluh Sosial' })]);
  });

  it('re-applying appends only new RHK to drafts (row_version bumped) and skips approved SKPs with a reason', async () => {
    await db.update(skp).set({ status: 'DISETUJUI' }).where(and(eq(skp.instansiId, demoId), eq(skp.pegawaiId, ids[0]!)));
    await db.update(skp).set({ status: 'DIKEMBALIKAN' }).where(and(eq(skp.instansiId, demoId), eq(skp.pegawaiId, ids[1]!)));
    const dinsos = await unit('DINSOS');
    const put = await t.api('PUT', `/api/v1/skp-template/${templateId}`, {
      as: NIP.adminBkpsdm,
      body: body({
        nama: 'Penyuluh Sosial',
        jabatanNama: JABATAN,
        unitId: dinsos.id,
        // One existing RHK typed differently (case, spaces) is still the same RHK; one new.
        isi: [rhkT('  PENYULUHAN sosial kepada keluarga rentan '), rhkT('Pendampingan penerima bantuan sosial'), rhkT('Pemutakhiran data terpadu kesejahteraan sosial')],
      }),
    });
    expect(put.statusCode).toBe(200);
    const preview = (await t.api('GET', `/api/v1/skp-template/${templateId}/sasaran?tahun=2026`, { as: NIP.adminBkpsdm })).json<Sasaran>();
    expect(preview.items.filter((i) => i.tindakan === 'TAMBAH')).toHaveLength(49);
    expect(preview.items.find((i) => i.pegawaiId === ids[0])).toMatchObject({ tindakan: 'LEWATI', skp: { status: 'DISETUJUI' } });

    const res = await t.api('POST', `/api/v1/skp-template/${templateId}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2026 } });
    expect(res.statusCode).toBe(200);
    const r = res.json<{ dibuat: number; ditambahkan: number; dilewati: Array<{ pegawaiId: string; nama: string; alasan: string }> }>();
    expect(r).toMatchObject({ dibuat: 0, ditambahkan: 49 });
    expect(r.dilewati).toEqual([{ pegawaiId: ids[0], nama: 'Penyuluh Uji 01', alasan: expect.stringContaining('Disetujui') }]);

    const perSkp = await queryRows<{ pegawai_id: string; n: number; row_version: number }>(
      db,
      sql`SELECT s.pegawai_id, s.row_version, (SELECT count(*) FROM rhk r WHERE r.instansi_id = s.instansi_id AND r.skp_id = s.id)::int AS n
            FROM skp s WHERE s.instansi_id = ${demoId} AND s.pegawai_id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
    );
    const approved = perSkp.find((p) => p.pegawai_id === ids[0])!;
    expect(approved).toMatchObject({ n: 3, row_version: 1 });
    const others = perSkp.filter((p) => p.pegawai_id !== ids[0]);
    expect(others).toHaveLength(49);
    expect(others.every((p) => p.n === 4 && p.row_version === 2)).toBe(true);

    // Applying once more changes nothing: every RHK is there already.
    const again = (await t.api('POST', `/api/v1/skp-template/${templateId}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2026, pegawaiIds: [ids[1], ids[2]] } })).json<{
      dibuat: number;
      ditambahkan: number;
      dilewati: Array<{ alasan: string }>;
    }>();
    expect(again).toMatchObject({ dibuat: 0, ditambahkan: 0 });
    expect(again.dilewati.map((d) => d.alasan)).toEqual(['semua RHK templat sudah ada pada SKP ini', 'semua RHK templat sudah ada pada SKP ini']);
  });
});

describe('default rencana aksi in a template', () => {
  it('are kept in the template and created for the RHK of the drafts it makes, in the instansi period kind', async () => {
    const isi = [
      { ...rhkT('Pembelajaran kelas'), rencanaAksi: [{ periode: 1, uraian: 'Menyusun modul ajar', target: 4, satuan: 'modul' }, { periode: 2, uraian: 'Melaksanakan asesmen' }] },
      rhkT('Ekstrakurikuler', 'TAMBAHAN'),
    ];
    const created = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ nama: 'Guru dengan rencana aksi', jabatanNama: 'Guru Ahli Pertama', isi }) });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string; isi: Array<{ rencanaAksi?: unknown[] }> }>().id;
    const detail = (await t.api('GET', `/api/v1/skp-template/${id}`, { as: NIP.adminBkpsdm })).json<{ isi: Array<{ rencanaAksi?: unknown[] }> }>();
    expect(detail.isi[0]!.rencanaAksi).toEqual([{ periode: 1, uraian: 'Menyusun modul ajar', target: 4, satuan: 'modul' }, { periode: 2, uraian: 'Melaksanakan asesmen' }]);
    expect(detail.isi[1]!.rencanaAksi).toBeUndefined();
    const bad = await t.api('POST', '/api/v1/skp-template', { as: NIP.adminBkpsdm, body: body({ jabatanNama: 'Guru Ahli Pertama', isi: [{ ...rhkT('X'), rencanaAksi: [{ periode: 13, uraian: '' }] }] }) });
    expect(bad.json().fields).toMatchObject({ 'isi.0.rencanaAksi.0.periode': 'periode paling besar 12', 'isi.0.rencanaAksi.0.uraian': 'wajib diisi' });

    const guruId = (await db.select({ id: pegawai.id }).from(pegawai).where(eq(pegawai.nip, NIP.guru)))[0]!.id;
    // Quarterly: periods 1–4 (a template with period 5 would be refused, naming it).
    await db.update(instansi).set({ periodeKinerja: 'TRIWULANAN' }).where(eq(instansi.id, demoId));
    try {
      const res = await t.api('POST', `/api/v1/skp-template/${id}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2027, pegawaiIds: [guruId] } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ dibuat: 1 });
    } finally {
      await db.update(instansi).set({ periodeKinerja: 'BULANAN' }).where(eq(instansi.id, demoId));
    }
    const rows = await queryRows<{ uraian: string; rhk: string; periode: number; mulai: string; selesai: string; target: number | null; satuan: string | null }>(
      db,
      sql`SELECT ra.uraian, r.uraian AS rhk, ra.periode, to_char(ra.periode_mulai, 'YYYY-MM-DD') AS mulai, to_char(ra.periode_selesai, 'YYYY-MM-DD') AS selesai, ra.target, ra.satuan
            FROM rencana_aksi ra JOIN rhk r ON r.instansi_id = ra.instansi_id AND r.id = ra.rhk_id
            JOIN skp s ON s.instansi_id = ra.instansi_id AND s.id = ra.skp_id
           WHERE s.pegawai_id = ${guruId} AND s.tahun = 2027 ORDER BY ra.periode`,
    );
    expect(rows).toEqual([
      { uraian: 'Menyusun modul ajar', rhk: 'Pembelajaran kelas', periode: 1, mulai: '2027-01-01', selesai: '2027-03-31', target: 4, satuan: 'modul' },
      { uraian: 'Melaksanakan asesmen', rhk: 'Pembelajaran kelas', periode: 2, mulai: '2027-04-01', selesai: '2027-06-30', target: null, satuan: null },
    ]);

    const semester = await t.api('PUT', `/api/v1/skp-template/${id}`, {
      as: NIP.adminBkpsdm,
      body: body({ nama: 'Guru dengan rencana aksi', jabatanNama: 'Guru Ahli Pertama', isi: [{ ...rhkT('Pembelajaran kelas'), rencanaAksi: [{ periode: 3, uraian: 'Semester III?' }] }] }),
    });
    expect(semester.statusCode).toBe(200);
    await db.update(instansi).set({ periodeKinerja: 'SEMESTERAN' }).where(eq(instansi.id, demoId));
    try {
      const res = await t.api('POST', `/api/v1/skp-template/${id}/terapkan`, { as: NIP.adminBkpsdm, body: { tahun: 2028, pegawaiIds: [guruId] } });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ 'isi.0.rencanaAksi.0.periode': 'periode kinerja instansi hanya 1–2' });
    } finally {
      await db.update(instansi).set({ periodeKinerja: 'BULANAN' }).where(eq(instansi.id, demoId));
    }
  });
});
