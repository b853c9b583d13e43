import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { instansi, pegawai } from '../db/schema.js';

// A fixed "today" inside the seeded Plt (2026-01-01 … 2027-06-30) so the test does not depend on the calendar.
const t = await createTestContext({ clock: () => new Date('2026-03-02T03:00:00Z') });

interface UnitDto {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
  jenis: string;
  jumlahPegawai: number;
  jumlahPegawaiTotal: number;
  kepala: { pegawaiId: string; nama: string; nip: string; plt: 'PLT' | 'PLH' | null } | null;
  can: Record<string, boolean>;
}
interface JabatanDto {
  id: string;
  unitId: string;
  kode: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  kepalaUnit: boolean;
  jumlahPemangku: number;
}
interface Ringkas {
  pegawaiId: string;
  nip: string;
  nama: string;
  sebagai: 'DEFINITIF' | 'PLT' | 'PLH';
}
interface AtasanDto {
  tanggal: string;
  pejabatPenilai: Ringkas | null;
  atasanPejabatPenilai: Ringkas | null;
  kepalaDaerah: { nama: string | null; jabatan: string } | null;
}
interface AuditItem {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  actorNip: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface PegawaiItem {
  id: string;
  nip: string;
  kepalaUnit: boolean;
  unitId: string;
}



let unitsCache: UnitDto[] | undefined;
async function units(): Promise<UnitDto[]> {
  if (!unitsCache) {
    const res = await t.api('GET', '/api/v1/unit-kerja', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    unitsCache = res.json<UnitDto[]>();
  }
  return unitsCache;
}
async function unitByKode(kode: string): Promise<UnitDto> {
  const u = (await units()).find((x) => x.kode === kode);
  if (!u) throw new Error(`no unit ${kode}`);
  return u;
}
async function jabatanByKode(kode: string): Promise<JabatanDto> {
  const res = await t.api('GET', `/api/v1/jabatan?q=${encodeURIComponent(kode)}`, { as: NIP.adminBkpsdm });
  expect(res.statusCode).toBe(200);
  const j = res.json<JabatanDto[]>().find((x) => x.kode === kode);
  if (!j) throw new Error(`no jabatan ${kode}`);
  return j;
}

async function atasan(nip: string, tanggal?: string): Promise<AtasanDto> {
  const id = await t.pegawaiId(nip);
  const res = await t.api('GET', `/api/v1/pegawai/${id}/atasan${tanggal ? `?tanggal=${tanggal}` : ''}`, { as: NIP.adminBkpsdm });
  expect(res.statusCode).toBe(200);
  return res.json<AtasanDto>();
}

/** A staff member (not the head) of Bidang Pelayanan Kesehatan, whose head seat is vacant with a Plt. */
async function yankesStaffNip(): Promise<string> {
  const yankes = await unitByKode('DINKES.YANKES');
  const res = await t.api('GET', `/api/v1/pegawai?unitId=${yankes.id}&pageSize=100`, { as: NIP.adminBkpsdm });
  expect(res.statusCode).toBe(200);
  const staff = res.json<{ items: PegawaiItem[] }>().items.find((p) => !p.kepalaUnit && p.unitId === yankes.id);
  if (staff) return staff.nip;
  // The seed might not have put anyone there: add one.
  const jab = await jabatanByKode('DINKES.YANKES.PENGOLAH');
  const created = await t.api('POST', '/api/v1/pegawai', {
    as: NIP.adminBkpsdm,
    body: { nip: '199505052019031007', nama: 'Staf Yankes', jenisAsn: 'PNS', golongan: 'II/c', jabatanId: jab.id },
  });
  expect(created.statusCode).toBe(201);
  return '199505052019031007';
}

describe('unit tree', () => {
  it('lists every unit with its head and marks a Plt head', async () => {
    const res = await t.api('GET', '/api/v1/unit-kerja', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    const list = res.json<UnitDto[]>();
    const by = (kode: string) => list.find((u) => u.kode === kode);

    const setda = by('SETDA');
    expect(setda).toMatchObject({ parentId: null, nama: 'Sekretariat Daerah', kepala: { nip: NIP.sekda, nama: 'Hendra Gunawan', plt: null } });
    const dinkes = by('DINKES');
    expect(dinkes).toMatchObject({ parentId: setda?.id, nama: 'Dinas Kesehatan', kepala: { nip: NIP.kadis, plt: null } });
    const sekr = by('DINKES.SEKR');
    expect(sekr).toMatchObject({ parentId: dinkes?.id, kepala: { nip: NIP.administrator, nama: 'Agus Setiawan', plt: null } });
    expect(by('DINKES.UMPEG')).toMatchObject({ parentId: sekr?.id, nama: 'Subbagian Umum dan Kepegawaian', kepala: { nip: NIP.pengawas, plt: null } });
    expect(by('DINKES.PKM-01')).toMatchObject({ parentId: dinkes?.id, nama: 'UPT Puskesmas Asemrowo', kepala: { nip: NIP.kapus } });
    // The vacant head seat shows the Plt with the badge.
    expect(by('DINKES.YANKES')).toMatchObject({ nama: 'Bidang Pelayanan Kesehatan', kepala: { nip: NIP.administrator, plt: 'PLT' } });
    expect(by('DINKES.UMPEG')?.jumlahPegawai).toBeGreaterThanOrEqual(3);
    // A perangkat daerah counts everyone below it: the same number the pegawai list gives for it.
    const inDinkes = await t.api('GET', `/api/v1/pegawai?unitId=${dinkes?.id}&pageSize=1`, { as: NIP.adminBkpsdm });
    expect(dinkes?.jumlahPegawaiTotal).toBe(inDinkes.json<{ total: number }>().total);
    expect(dinkes?.jumlahPegawaiTotal).toBeGreaterThan(dinkes?.jumlahPegawai ?? 0);
    expect(setda?.jumlahPegawaiTotal).toBe(list.reduce((n, u) => n + u.jumlahPegawai, 0));
    // A plain pegawai reads but may not change.
    expect(dinkes?.can).toEqual({ read: true, update: false, delete: false });
    // Only this instansi's units.
    expect(list.every((u) => !u.kode.startsWith('KAB-LAIN'))).toBe(true);
  });

  it('shows admins that they may change units', async () => {
    const dinkes = await unitByKode('DINKES');
    expect(dinkes.can).toEqual({ read: true, update: true, delete: true });
    const one = await t.api('GET', `/api/v1/unit-kerja/${dinkes.id}`, { as: NIP.guru });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: dinkes.id, kode: 'DINKES', kepala: { nip: NIP.kadis } });
  });

  it('hides the units of another pemda', async () => {
    const dinkes = await unitByKode('DINKES');
    const res = await t.api('GET', `/api/v1/unit-kerja/${dinkes.id}`, { as: (await t.otherPemdaAdmin()).nip });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('atasan (pejabat penilai)', () => {
  it('pelaksana → pengawas, then administrator', async () => {
    const a = await atasan(NIP.pelaksana);
    expect(a.tanggal).toBe('2026-03-02');
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.pengawas, nama: 'Yuliana Sari', sebagai: 'DEFINITIF' });
    expect(a.atasanPejabatPenilai).toMatchObject({ nip: NIP.administrator, sebagai: 'DEFINITIF' });
    expect(a.kepalaDaerah).toBeNull();
  });

  it('is part of the profile', async () => {
    const res = await t.api('GET', '/api/v1/profil', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ nip: string; atasan: AtasanDto }>();
    expect(body.nip).toBe(NIP.pelaksana);
    expect(body.atasan.pejabatPenilai?.nip).toBe(NIP.pengawas);
    expect(body.atasan.atasanPejabatPenilai?.nip).toBe(NIP.administrator);
  });

  it('perawat → kepala puskesmas', async () => {
    const a = await atasan(NIP.perawat);
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.kapus, nama: 'Wahyu Hidayat', sebagai: 'DEFINITIF' });
    expect(a.atasanPejabatPenilai).toMatchObject({ nip: NIP.kadis });
  });

  it('staff of a unit with a Plt head are assessed by the Plt', async () => {
    const a = await atasan(await yankesStaffNip());
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.administrator, sebagai: 'PLT' });
    expect(a.atasanPejabatPenilai).toMatchObject({ nip: NIP.kadis, sebagai: 'DEFINITIF' });
  });

  it('before the Plt began the vacant seat passes the role up', async () => {
    const a = await atasan(await yankesStaffNip(), '2025-12-01');
    expect(a.tanggal).toBe('2025-12-01');
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.kadis, sebagai: 'DEFINITIF' });
    expect(a.atasanPejabatPenilai).toMatchObject({ nip: NIP.sekda });
  });

  it('kepala dinas → sekda, with the kepala daerah on top', async () => {
    const a = await atasan(NIP.kadis);
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.sekda, sebagai: 'DEFINITIF' });
    expect(a.atasanPejabatPenilai).toBeNull();
    expect(a.kepalaDaerah).toEqual({ nama: 'Ir. Bambang Wijaya, M.T.', jabatan: 'Wali Kota Contoh' });
  });

  it('sekda has no ASN penilai; the kepala daerah is named', async () => {
    const a = await atasan(NIP.sekda);
    expect(a.pejabatPenilai).toBeNull();
    expect(a.atasanPejabatPenilai).toBeNull();
    expect(a.kepalaDaerah).toEqual({ nama: 'Ir. Bambang Wijaya, M.T.', jabatan: 'Wali Kota Contoh' });
  });

  it('refuses a malformed date and answers 404 for an unknown pegawai', async () => {
    const id = await t.pegawaiId(NIP.pelaksana);
    const bad = await t.api('GET', `/api/v1/pegawai/${id}/atasan?tanggal=01-12-2025`, { as: NIP.adminBkpsdm });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation_failed', fields: { tanggal: 'harus berupa tanggal TTTT-BB-HH' } });
    const missing = await t.api('GET', '/api/v1/pegawai/00000000-0000-4000-8000-000000000000/atasan', { as: NIP.adminBkpsdm });
    expect(missing.statusCode).toBe(404);
  });
});

describe('managing units and jabatan', () => {
  it('creates, updates and deletes a unit and a jabatan, with audit events', async () => {
    const dinkes = await unitByKode('DINKES');
    const created = await t.api('POST', '/api/v1/unit-kerja', {
      as: NIP.adminBkpsdm,
      body: { parentId: dinkes.id, kode: 'DINKES.SDK', nama: 'Bidang Sumber Daya Kesehatan', jenis: 'BIDANG' },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json<UnitDto>();
    expect(unit).toMatchObject({ parentId: dinkes.id, kode: 'DINKES.SDK', nama: 'Bidang Sumber Daya Kesehatan', jenis: 'BIDANG', jumlahPegawai: 0, kepala: null });

    const updated = await t.api('PUT', `/api/v1/unit-kerja/${unit.id}`, {
      as: NIP.adminBkpsdm,
      body: { parentId: dinkes.id, kode: 'DINKES.SDK', nama: 'Bidang SDM Kesehatan', jenis: 'BIDANG', alamat: 'Jl. Kesehatan 1' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ id: unit.id, nama: 'Bidang SDM Kesehatan', alamat: 'Jl. Kesehatan 1' });

    const jabRes = await t.api('POST', '/api/v1/jabatan', {
      as: NIP.adminBkpsdm,
      body: { unitId: unit.id, kode: 'DINKES.SDK.KABID', nama: 'Kepala Bidang SDM Kesehatan', jenis: 'ADMINISTRATOR', kepalaUnit: true, kelas: 12 },
    });
    expect(jabRes.statusCode).toBe(201);
    const jab = jabRes.json<JabatanDto>();
    expect(jab).toMatchObject({ unitId: unit.id, kode: 'DINKES.SDK.KABID', jenis: 'ADMINISTRATOR', jenjang: null, kepalaUnit: true, jumlahPemangku: 0 });

    const jabUpd = await t.api('PUT', `/api/v1/jabatan/${jab.id}`, {
      as: NIP.adminBkpsdm,
      body: { unitId: unit.id, kode: 'DINKES.SDK.KABID', nama: 'Kepala Bidang Sumber Daya Kesehatan', jenis: 'ADMINISTRATOR', kepalaUnit: true, kelas: 12 },
    });
    expect(jabUpd.statusCode).toBe(200);
    expect(jabUpd.json()).toMatchObject({ nama: 'Kepala Bidang Sumber Daya Kesehatan' });

    // A unit that still has jabatan cannot be deleted.
    const inUse = await t.api('DELETE', `/api/v1/unit-kerja/${unit.id}`, { as: NIP.adminBkpsdm });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ error: 'unit_in_use' });
    expect(inUse.json().message).toContain('1 jabatan');

    expect((await t.api('DELETE', `/api/v1/jabatan/${jab.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(204);
    expect((await t.api('GET', `/api/v1/jabatan/${jab.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(404);
    const del = await t.api('DELETE', `/api/v1/unit-kerja/${unit.id}`, { as: NIP.adminBkpsdm });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    expect((await t.api('GET', `/api/v1/unit-kerja/${unit.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(404);

    const unitAudit = await t.api('GET', `/api/v1/audit?entityType=unit_kerja&entityId=${unit.id}`, { as: NIP.adminBkpsdm });
    expect(unitAudit.statusCode).toBe(200);
    const ue = unitAudit.json<{ items: AuditItem[] }>().items;
    expect(ue.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    const [uDel, uUpd, uCre] = ue;
    expect(uCre).toMatchObject({ actorNip: NIP.adminBkpsdm, before: null, after: { kode: 'DINKES.SDK', nama: 'Bidang Sumber Daya Kesehatan' } });
    expect(uUpd).toMatchObject({ before: { nama: 'Bidang Sumber Daya Kesehatan', alamat: null }, after: { nama: 'Bidang SDM Kesehatan', alamat: 'Jl. Kesehatan 1' } });
    expect(uDel).toMatchObject({ before: { nama: 'Bidang SDM Kesehatan' }, after: null });

    const jabAudit = await t.api('GET', `/api/v1/audit?entityType=jabatan&entityId=${jab.id}`, { as: NIP.adminBkpsdm });
    const je = jabAudit.json<{ items: AuditItem[] }>().items;
    expect(je.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(je[1]).toMatchObject({ before: { nama: 'Kepala Bidang SDM Kesehatan' }, after: { nama: 'Kepala Bidang Sumber Daya Kesehatan' } });
    expect(je[2]?.after).toMatchObject({ kode: 'DINKES.SDK.KABID', kepalaUnit: true });
  });

  it('refuses deleting a jabatan still held by a retired pegawai (their record points at it)', async () => {
    const umpeg = await unitByKode('DINKES.UMPEG');
    const jabRes = await t.api('POST', '/api/v1/jabatan', {
      as: NIP.adminBkpsdm,
      body: { unitId: umpeg.id, kode: 'DINKES.UMPEG.ARSIP', nama: 'Pengelola Arsip', jenis: 'PELAKSANA' },
    });
    expect(jabRes.statusCode).toBe(201);
    const jab = jabRes.json<JabatanDto>();
    const p = await t.api('POST', '/api/v1/pegawai', {
      as: NIP.adminBkpsdm,
      body: { nip: '196601011990031002', nama: 'Purnawirawan Arsip', jenisAsn: 'PNS', golongan: 'III/b', jabatanId: jab.id, status: 'PENSIUN' },
    });
    expect(p.statusCode).toBe(201);
    const res = await t.api('DELETE', `/api/v1/jabatan/${jab.id}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'jabatan_in_use' });
    expect((await t.api('GET', `/api/v1/jabatan/${jab.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(200);
  });

  it('refuses deleting a perangkat daerah that a pengelola kinerja role is scoped to', async () => {
    const setda = await unitByKode('SETDA');
    const created = await t.api('POST', '/api/v1/unit-kerja', {
      as: NIP.adminBkpsdm,
      body: { parentId: setda.id, kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', jenis: 'DINAS', perangkatDaerah: true },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json<UnitDto>();
    const akun = await t.api('GET', `/api/v1/akun?q=${NIP.perawat}`, { as: NIP.adminBkpsdm });
    const akunId = akun.json<{ items: Array<{ id: string }> }>().items[0]?.id;
    const grant = await t.api('PUT', `/api/v1/akun/${akunId}/peran`, {
      as: NIP.adminBkpsdm,
      body: { roles: [{ role: 'PEGAWAI' }, { role: 'PENGELOLA_KINERJA', unitId: unit.id }] },
    });
    expect(grant.statusCode).toBe(200);
    const res = await t.api('DELETE', `/api/v1/unit-kerja/${unit.id}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'unit_in_use' });
    expect(res.json().message).toContain('pengelola kinerja');
  });

  it('requires a jenjang for a fungsional jabatan', async () => {
    const umpeg = await unitByKode('DINKES.UMPEG');
    const res = await t.api('POST', '/api/v1/jabatan', {
      as: NIP.adminBkpsdm,
      body: { unitId: umpeg.id, kode: 'DINKES.UMPEG.ARSIP', nama: 'Arsiparis', jenis: 'FUNGSIONAL' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; fields: Record<string, string> }>();
    expect(body.error).toBe('validation_failed');
    expect(body.fields.jenjang).toMatch(/wajib memiliki jenjang/);
  });

  it('allows one head jabatan per unit', async () => {
    const umpeg = await unitByKode('DINKES.UMPEG');
    const res = await t.api('POST', '/api/v1/jabatan', {
      as: NIP.adminBkpsdm,
      body: { unitId: umpeg.id, kode: 'DINKES.UMPEG.KASUBAG2', nama: 'Kepala Subbagian Kedua', jenis: 'PENGAWAS', kepalaUnit: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: Record<string, string> }>().fields.kepalaUnit).toContain('Kepala Subbagian Umum dan Kepegawaian');
  });

  it('refuses moving a unit under its own child or itself', async () => {
    const dinkes = await unitByKode('DINKES');
    const setda = await unitByKode('SETDA');
    const sekr = await unitByKode('DINKES.SEKR');
    const body = { kode: 'DINKES', nama: 'Dinas Kesehatan', jenis: 'DINAS', perangkatDaerah: true };
    const res = await t.api('PUT', `/api/v1/unit-kerja/${dinkes.id}`, { as: NIP.adminBkpsdm, body: { ...body, parentId: sekr.id } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { parentId: 'unit tidak boleh berada di bawah dirinya sendiri' } });
    const self = await t.api('PUT', `/api/v1/unit-kerja/${dinkes.id}`, { as: NIP.adminBkpsdm, body: { ...body, parentId: dinkes.id } });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ fields: { parentId: expect.any(String) } });
    // Nothing moved.
    const after = await t.api('GET', `/api/v1/unit-kerja/${dinkes.id}`, { as: NIP.adminBkpsdm });
    expect(after.json()).toMatchObject({ parentId: setda.id });
  });

  it('refuses a duplicate unit kode and an unknown parent', async () => {
    const dinkes = await unitByKode('DINKES');
    const dup = await t.api('POST', '/api/v1/unit-kerja', {
      as: NIP.adminBkpsdm,
      body: { parentId: dinkes.id, kode: 'DINKES.SEKR', nama: 'Duplikat', jenis: 'BIDANG' },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json()).toMatchObject({ fields: { kode: 'kode sudah dipakai' } });
    const orphan = await t.api('POST', '/api/v1/unit-kerja', {
      as: NIP.adminBkpsdm,
      body: { parentId: '00000000-0000-4000-8000-000000000000', kode: 'YATIM', nama: 'Tanpa Induk', jenis: 'BIDANG' },
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json()).toMatchObject({ fields: { parentId: 'unit induk tidak ditemukan' } });
  });

  it('forbids a plain pegawai to change the organisation', async () => {
    const dinkes = await unitByKode('DINKES');
    const res = await t.api('POST', '/api/v1/unit-kerja', {
      as: NIP.pelaksana,
      body: { parentId: dinkes.id, kode: 'DINKES.X', nama: 'Unit Liar', jenis: 'BIDANG' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden', message: 'Anda tidak berwenang mengubah data organisasi.' });
    expect((await t.api('DELETE', `/api/v1/unit-kerja/${dinkes.id}`, { as: NIP.kadis })).statusCode).toBe(403);
  });

  it('answers 404 to another pemda admin changing this pemda\'s unit', async () => {
    const umpeg = await unitByKode('DINKES.UMPEG');
    const res = await t.api('DELETE', `/api/v1/unit-kerja/${umpeg.id}`, { as: (await t.otherPemdaAdmin()).nip });
    expect(res.statusCode).toBe(404);
  });
});

describe('Plt/Plh', () => {
  it('lists the seeded Plt', async () => {
    const res = await t.api('GET', `/api/v1/plt?pegawaiId=${await t.pegawaiId(NIP.administrator)}&aktifPada=2026-03-02`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({
        pegawaiNip: NIP.administrator,
        jabatanNama: 'Kepala Bidang Pelayanan Kesehatan',
        unitNama: 'Bidang Pelayanan Kesehatan',
        jenis: 'PLT',
        tanggalMulai: '2026-01-01',
        tanggalSelesai: '2027-06-30',
      }),
    ]);
  });

  it('only for a head jabatan', async () => {
    const jab = await jabatanByKode('DINKES.UMPEG.PENGADM');
    const res = await t.api('POST', '/api/v1/plt', {
      as: NIP.adminBkpsdm,
      body: { pegawaiId: await t.pegawaiId(NIP.pengawas), jabatanId: jab.id, jenis: 'PLT', tanggalMulai: '2026-04-01', tanggalSelesai: '2026-05-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { jabatanId: 'Plt/Plh hanya untuk jabatan kepala unit' } });
  });

  it('refuses an overlapping Plt, accepts a later one', async () => {
    const kabid = await jabatanByKode('DINKES.YANKES.KABID');
    const body = { pegawaiId: await t.pegawaiId(NIP.pengawas), jabatanId: kabid.id, jenis: 'PLH', tanggalMulai: '2027-06-01', tanggalSelesai: '2027-07-15' };
    const overlap = await t.api('POST', '/api/v1/plt', { as: NIP.adminBkpsdm, body });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ error: 'plt_overlap', fields: { tanggalMulai: 'bertumpang tindih dengan 2026-01-01 s.d. 2027-06-30' } });

    const later = await t.api('POST', '/api/v1/plt', { as: NIP.adminBkpsdm, body: { ...body, tanggalMulai: '2027-07-01', nomorSk: '800/1/2027' } });
    expect(later.statusCode).toBe(201);
    const plt = later.json<{ id: string; pegawaiNip: string; jenis: string; nomorSk: string }>();
    expect(plt).toMatchObject({ pegawaiNip: NIP.pengawas, jenis: 'PLH', tanggalMulai: '2027-07-01', nomorSk: '800/1/2027' });
    // The Plh is the penilai of the unit's staff in that period.
    const a = await atasan(await yankesStaffNip(), '2027-07-10');
    expect(a.pejabatPenilai).toMatchObject({ nip: NIP.pengawas, sebagai: 'PLH' });

    expect((await t.api('DELETE', `/api/v1/plt/${plt.id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(204);
    const audit = await t.api('GET', `/api/v1/audit?entityType=penugasan_plt&entityId=${plt.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: AuditItem[] }>().items.map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('refuses an end date before the start', async () => {
    const kabid = await jabatanByKode('DINKES.YANKES.KABID');
    const res = await t.api('POST', '/api/v1/plt', {
      as: NIP.adminBkpsdm,
      body: { pegawaiId: await t.pegawaiId(NIP.pengawas), jabatanId: kabid.id, jenis: 'PLT', tanggalMulai: '2028-02-01', tanggalSelesai: '2028-01-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { tanggalSelesai: 'tidak boleh sebelum tanggal mulai' } });
  });
});

describe('bawahan: the inverse of the atasan chain', () => {
  it('for every pegawai of the demo pemda, they are among the bawahan of their pejabat penilai, and only there', async () => {
    const [ins] = await t.database.db.select().from(instansi).where(eq(instansi.kode, 'KOTA-CONTOH'));
    // Retired and inactive pegawai are nobody's team any more.
    const all = (await t.database.db.select({ id: pegawai.id, status: pegawai.status }).from(pegawai).where(eq(pegawai.instansiId, ins!.id))).filter(
      (p) => p.status !== 'PENSIUN' && p.status !== 'NONAKTIF',
    );
    const penilaiOf = new Map<string, string | null>();
    for (const p of all) {
      const a = await t.services.organisasi.atasanOf(ins!.id, p.id, '2026-03-02');
      penilaiOf.set(p.id, a.pejabatPenilai?.pegawaiId ?? null);
    }
    const penilaiSet = new Set([...penilaiOf.values()].filter((x): x is string => !!x));
    expect(penilaiSet.size).toBeGreaterThan(10);
    for (const penilai of penilaiSet) {
      const bawahan = new Set(await t.services.organisasi.bawahanOf(ins!.id, penilai, '2026-03-02'));
      const expected = new Set([...penilaiOf].filter(([, v]) => v === penilai).map(([k]) => k));
      expect(bawahan).toEqual(expected);
    }
  });

  it('gives the Plt the staff of the seat they act in', async () => {
    const [ins] = await t.database.db.select().from(instansi).where(eq(instansi.kode, 'KOTA-CONTOH'));
    const [admin] = await t.database.db.select().from(pegawai).where(and(eq(pegawai.instansiId, ins!.id), eq(pegawai.nip, NIP.administrator)));
    const during = await t.services.organisasi.bawahanOf(ins!.id, admin!.id, '2026-03-02');
    const before = await t.services.organisasi.bawahanOf(ins!.id, admin!.id, '2025-12-01');
    expect(during.length).toBeGreaterThan(before.length);
  });
});
