import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { instansi, pegawai } from '../db/schema.js';

const t = await createTestContext({ clock: () => new Date('2026-03-02T03:00:00Z') });

interface PegawaiItem {
  id: string;
  nip: string;
  nama: string;
  namaLengkap: string;
  jenisAsn: string;
  golongan: string;
  pangkat: string | null;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  perangkatDaerahNama: string | null;
  status: string;
  can: Record<string, boolean>;
}
interface Page {
  items: PegawaiItem[];
  total: number;
  page: number;
  pageSize: number;
}
interface UnitDto {
  id: string;
  parentId: string | null;
  kode: string;
}
interface AuditItem {
  action: string;
  entityId: string | null;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}



async function unitsByKode(): Promise<Map<string, UnitDto>> {
  const res = await t.api('GET', '/api/v1/unit-kerja', { as: NIP.adminBkpsdm });
  return new Map(res.json<UnitDto[]>().map((u) => [u.kode, u]));
}

/** Ids of a unit and every unit below it, from the tree. */
function subtree(units: Map<string, UnitDto>, rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units.values())
      if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
  }
  return ids;
}

async function jabatanId(kode: string): Promise<string> {
  const res = await t.api('GET', `/api/v1/jabatan?q=${encodeURIComponent(kode)}`, { as: NIP.adminBkpsdm });
  const j = res.json<Array<{ id: string; kode: string }>>().find((x) => x.kode === kode);
  if (!j) throw new Error(`no jabatan ${kode}`);
  return j.id;
}

const list = async (query: string, as: string = NIP.adminBkpsdm) => {
  const res = await t.api('GET', `/api/v1/pegawai${query}`, { as });
  expect(res.statusCode).toBe(200);
  return res.json<Page>();
};

describe('list', () => {
  it('searches by name', async () => {
    const page = await list('?q=santoso');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.nama.toLowerCase().includes('santoso'))).toBe(true);
    expect(page.items.find((p) => p.nip === NIP.pelaksana)).toMatchObject({
      nama: 'Budi Santoso',
      jabatanNama: 'Pengadministrasi Perkantoran',
      unitNama: 'Subbagian Umum dan Kepegawaian',
      perangkatDaerahNama: 'Dinas Kesehatan',
      jenisAsn: 'PNS',
      can: { read: true, update: true, delete: true },
    });
    expect(page.total).toBe(page.items.length);
  });

  it('searches by NIP', async () => {
    const page = await list(`?q=${NIP.perawat}`);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ nip: NIP.perawat, nama: 'Siti Nurhaliza' });
  });

  it('filters by unit, including its sub-units', async () => {
    const units = await unitsByKode();
    const sekr = units.get('DINKES.SEKR')!;
    const page = await list(`?unitId=${sekr.id}&pageSize=100`);
    const allowed = subtree(units, sekr.id);
    expect(allowed.has(units.get('DINKES.UMPEG')!.id)).toBe(true);
    expect(page.items.every((p) => allowed.has(p.unitId))).toBe(true);
    const nips = page.items.map((p) => p.nip);
    expect(nips).toEqual(expect.arrayContaining([NIP.administrator, NIP.pengawas, NIP.pelaksana, NIP.pengelola]));
    expect(nips).not.toContain(NIP.kadis);
    expect(page.total).toBe(page.items.length);

    const dinkes = await list(`?unitId=${units.get('DINKES')!.id}&q=${NIP.perawat}`);
    expect(dinkes.items.map((p) => p.nip)).toEqual([NIP.perawat]);
  });

  it('filters by jenis ASN', async () => {
    const page = await list('?jenisAsn=PPPK&pageSize=100');
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((p) => p.jenisAsn === 'PPPK')).toBe(true);
    expect(page.items.find((p) => p.nip === NIP.guru)).toMatchObject({ jenisAsn: 'PPPK', pangkat: null });
    const pns = await list('?jenisAsn=PNS&pageSize=1');
    const all = await list('?pageSize=1');
    expect(pns.total + page.total).toBe(all.total);
  });

  it('pages consistently', async () => {
    const [count] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pegawai)
      .innerJoin(instansi, eq(instansi.id, pegawai.instansiId))
      .where(eq(instansi.kode, 'KOTA-CONTOH'));
    const p1 = await list('?page=1&pageSize=7');
    const p2 = await list('?page=2&pageSize=7');
    expect(p1).toMatchObject({ page: 1, pageSize: 7, total: count?.n });
    expect(p2).toMatchObject({ page: 2, pageSize: 7, total: count?.n });
    expect(p1.items).toHaveLength(7);
    expect(p2.items).toHaveLength(7);
    const ids1 = new Set(p1.items.map((p) => p.id));
    expect(p2.items.some((p) => ids1.has(p.id))).toBe(false);

    const total = p1.total;
    const lastPage = Math.ceil(total / 7);
    const last = await list(`?page=${lastPage}&pageSize=7`);
    expect(last.items).toHaveLength(total - (lastPage - 1) * 7);
    const beyond = await list(`?page=${lastPage + 1}&pageSize=7`);
    expect(beyond).toMatchObject({ items: [], total });
  });

  it('refuses a page size over 100, naming the parameter', async () => {
    const res = await t.api('GET', '/api/v1/pegawai?pageSize=1000', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string; fields: Record<string, string> }>();
    expect(body.error).toBe('validation_failed');
    expect(body.fields).toEqual({ pageSize: 'paling besar 100' });
    expect(body.message).toContain('pageSize');
  });

  it('shows a pengelola kinerja only the pegawai of their perangkat daerah', async () => {
    const page = await list('?pageSize=100', NIP.pengelola);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.perangkatDaerahNama === 'Dinas Kesehatan')).toBe(true);
    expect(page.items.map((p) => p.nip)).toEqual(expect.arrayContaining([NIP.kadis, NIP.perawat, NIP.pelaksana]));
    expect(page.items.map((p) => p.nip)).not.toContain(NIP.guru);
    const units = await unitsByKode();
    const dinkes = await list(`?unitId=${units.get('DINKES')!.id}&pageSize=1`);
    expect(page.total).toBe(dinkes.total);
    // A pengelola reads but does not manage.
    expect(page.items[0]?.can).toMatchObject({ read: true, update: false, delete: false });
    // Asking for another perangkat daerah's unit gives nothing.
    const sd = await list(`?unitId=${units.get('DISDIK')!.id}`, NIP.pengelola);
    expect(sd).toMatchObject({ items: [], total: 0 });
  });

  it('forbids a plain pegawai the list', async () => {
    const res = await t.api('GET', '/api/v1/pegawai', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden', message: 'Anda tidak berwenang melihat daftar pegawai.' });
  });

  it('lets pimpinan read the whole list', async () => {
    const page = await list(`?q=${NIP.guru}`, NIP.sekda);
    expect(page.items.map((p) => p.nip)).toEqual([NIP.guru]);
  });
});

describe('detail', () => {
  it('shows a pegawai their own record with their account', async () => {
    const id = await t.pegawaiId(NIP.pelaksana);
    const res = await t.api('GET', `/api/v1/pegawai/${id}`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      nip: NIP.pelaksana,
      nama: 'Budi Santoso',
      tanggalLahir: '1990-03-17',
      jenisKelamin: 'L',
      atasan: { pejabatPenilai: { nip: NIP.pengawas } },
      akun: { roles: ['PEGAWAI'], aktif: true },
      can: { read: true, update: false, delete: false },
    });
  });

  it('hides another pegawai with a 404', async () => {
    const res = await t.api('GET', `/api/v1/pegawai/${await t.pegawaiId(NIP.perawat)}`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'Pegawai tidak ditemukan.' });
  });

  it('lets the atasan read a subordinate, without their account', async () => {
    const res = await t.api('GET', `/api/v1/pegawai/${await t.pegawaiId(NIP.pelaksana)}`, { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ nip: NIP.pelaksana, akun: null, can: { read: true, update: false } });
    // The atasan pejabat penilai too.
    expect((await t.api('GET', `/api/v1/pegawai/${await t.pegawaiId(NIP.pelaksana)}`, { as: NIP.administrator })).statusCode).toBe(200);
    // But not the other way round.
    expect((await t.api('GET', `/api/v1/pegawai/${await t.pegawaiId(NIP.pengawas)}`, { as: NIP.pelaksana })).statusCode).toBe(404);
  });

  it('hides this pemda\'s pegawai from another pemda\'s admin', async () => {
    const res = await t.api('GET', `/api/v1/pegawai/${await t.pegawaiId(NIP.pelaksana)}`, { as: (await t.otherPemdaAdmin()).nip });
    expect(res.statusCode).toBe(404);
    const other = await list(`?q=${NIP.pelaksana}`, (await t.otherPemdaAdmin()).nip);
    expect(other).toMatchObject({ items: [], total: 0 });
  });

  it('answers 400 for a malformed id', async () => {
    const res = await t.api('GET', '/api/v1/pegawai/bukan-uuid', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { id: 'id tidak valid' } });
  });
});

describe('create, update, delete', () => {
  const base = async () => ({
    nip: '199505052019031007',
    nama: 'Rina Marlina',
    gelarBelakang: 'S.Kom.',
    jenisAsn: 'PNS',
    golongan: 'III/a',
    jabatanId: await jabatanId('DINKES.UMPEG.PENGADM'),
    tmtJabatan: '2024-01-02',
    email: 'rina@contoh.go.id',
  });

  it('refuses a bad NIP with an Indonesian message', async () => {
    const res = await t.api('POST', '/api/v1/pegawai', { as: NIP.adminBkpsdm, body: { ...(await base()), nip: '19950505201903100' } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; fields: Record<string, string> }>();
    expect(body.error).toBe('validation_failed');
    expect(body.fields.nip).toContain('18 digit');
    const letters = await t.api('POST', '/api/v1/pegawai', { as: NIP.adminBkpsdm, body: { ...(await base()), nip: '1995050520190310AB' } });
    expect(letters.json()).toMatchObject({ fields: { nip: 'NIP hanya boleh berisi angka' } });
    const taken = await t.api('POST', '/api/v1/pegawai', { as: NIP.adminBkpsdm, body: { ...(await base()), nip: NIP.perawat } });
    expect(taken.json()).toMatchObject({ fields: { nip: 'NIP sudah terdaftar' } });
  });

  it('refuses a PPPK golongan for a PNS', async () => {
    const res = await t.api('POST', '/api/v1/pegawai', { as: NIP.adminBkpsdm, body: { ...(await base()), golongan: 'IX' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ fields: Record<string, string> }>().fields;
    expect(Object.keys(fields)).toEqual(['golongan']);
    expect(fields.golongan).toContain('Golongan ruang PNS tidak dikenal (IX)');
  });

  it('refuses a second holder of a head jabatan', async () => {
    const res = await t.api('POST', '/api/v1/pegawai', {
      as: NIP.adminBkpsdm,
      body: { ...(await base()), jabatanId: await jabatanId('DINKES.UMPEG.KASUBAG') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { jabatanId: 'jabatan kepala ini sudah dipangku Yuliana Sari' } });
  });

  it('forbids a plain pegawai to add one', async () => {
    const res = await t.api('POST', '/api/v1/pegawai', { as: NIP.pelaksana, body: await base() });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden' });
  });

  it('creates, updates and deletes a pegawai with audit events', async () => {
    const created = await t.api('POST', '/api/v1/pegawai', { as: NIP.adminBkpsdm, body: await base() });
    expect(created.statusCode).toBe(201);
    const p = created.json<PegawaiItem & { tanggalLahir: string; jenisKelamin: string; atasan: { pejabatPenilai: { nip: string } } }>();
    expect(p).toMatchObject({
      nip: '199505052019031007',
      nama: 'Rina Marlina',
      namaLengkap: 'Rina Marlina, S.Kom.',
      golongan: 'III/a',
      pangkat: 'Penata Muda',
      unitNama: 'Subbagian Umum dan Kepegawaian',
      perangkatDaerahNama: 'Dinas Kesehatan',
      status: 'AKTIF',
      tanggalLahir: '1995-05-05',
      jenisKelamin: 'L',
      atasan: { pejabatPenilai: { nip: NIP.pengawas } },
    });
    const audit = await t.api('GET', `/api/v1/audit?entityType=pegawai&entityId=${p.id}`, { as: NIP.adminBkpsdm });
    const ev = audit.json<{ items: AuditItem[] }>().items;
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ action: 'create', summary: 'Pegawai ditambahkan: Rina Marlina (199505052019031007)', before: null, after: { nip: '199505052019031007', golongan: 'III/a' } });

    // Visible in the list.
    expect((await list('?q=Rina%20Marlina')).items.map((x) => x.id)).toContain(p.id);

    const updated = await t.api('PUT', `/api/v1/pegawai/${p.id}`, {
      as: NIP.adminBkpsdm,
      body: { ...(await base()), golongan: 'III/b', status: 'CUTI' },
    });
    expect(updated.statusCode).toBe(200);
    // Keeping its own NIP is not a duplicate.
    expect(updated.json()).toMatchObject({ id: p.id, golongan: 'III/b', pangkat: 'Penata Muda Tingkat I', status: 'CUTI' });
    const upd = await t.api('GET', `/api/v1/audit?entityType=pegawai&entityId=${p.id}&action=update`, { as: NIP.adminBkpsdm });
    expect(upd.json<{ items: AuditItem[] }>().items[0]).toMatchObject({ before: { golongan: 'III/a', status: 'AKTIF' }, after: { golongan: 'III/b', status: 'CUTI' } });

    // A plain pegawai cannot change or delete it (and does not learn it exists).
    expect((await t.api('PUT', `/api/v1/pegawai/${p.id}`, { as: NIP.pelaksana, body: await base() })).statusCode).toBe(404);
    expect((await t.api('DELETE', `/api/v1/pegawai/${p.id}`, { as: NIP.pelaksana })).statusCode).toBe(404);

    const del = await t.api('DELETE', `/api/v1/pegawai/${p.id}`, { as: NIP.adminBkpsdm });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    const gone = await t.api('GET', `/api/v1/pegawai/${p.id}`, { as: NIP.adminBkpsdm });
    expect(gone.statusCode).toBe(404);
    const delAudit = await t.api('GET', `/api/v1/audit?entityType=pegawai&entityId=${p.id}&action=delete`, { as: NIP.adminBkpsdm });
    expect(delAudit.json<{ items: AuditItem[] }>().items[0]).toMatchObject({ before: { nip: '199505052019031007', penugasanPlt: 0 } });
  });

  it('refuses deleting oneself', async () => {
    const res = await t.api('DELETE', `/api/v1/pegawai/${await t.pegawaiId(NIP.adminBkpsdm)}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'cannot_delete_self' });
  });

  it('answers 404 when updating an unknown pegawai', async () => {
    const res = await t.api('PUT', '/api/v1/pegawai/00000000-0000-4000-8000-000000000000', { as: NIP.adminBkpsdm, body: await base() });
    expect(res.statusCode).toBe(404);
  });
});
