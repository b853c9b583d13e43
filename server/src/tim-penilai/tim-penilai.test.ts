import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';
import { auditEvent } from '../db/schema.js';
import type { Hasil, Rekomendasi, Tim } from '@capaian/contract/tim-penilai';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);

let tahunan = '';
let lama = '';
let unit: Record<'dinkes' | 'disdik', string> = { dinkes: '', disdik: '' };
let tim: Tim;

beforeAll(async () => {
  const [u] = await queryRows<{ dinkes: string; disdik: string }>(
    f.db,
    sql`SELECT (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DINKES') AS dinkes,
               (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DISDIK') AS disdik`,
  );
  unit = u!;
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31', status: 'DITUTUP' });
  lama = await f.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  const base = { periodeId: tahunan, penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.perawat, skp: await f.skpDisetujui(f.id.perawat), hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI', status: 'DIPUTUS' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.guru, skp: await f.skpDisetujui(f.id.guru), hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  // Rated but not final: not shown to the team.
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.kasek, skp: await f.skpDisetujui(f.id.kasek), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
});

const anggota = () => [
  { pegawaiId: f.id.sekda, peran: 'KETUA' },
  { pegawaiId: f.id.adminBkpsdm, peran: 'SEKRETARIS' },
  { pegawaiId: f.id.pengelola, peran: 'ANGGOTA' },
];

describe('forming the team', () => {
  it('lets BKPSDM form a team of pegawai of the instansi, audited', async () => {
    const res = await t.api('POST', '/api/v1/tim-penilai', { as: NIP.adminBkpsdm, body: { tahun: 2026, nama: 'Tim Penilai Kinerja PNS 2026', nomorSk: '800/15/BKPSDM', anggota: anggota() } });
    expect(res.statusCode, res.body).toBe(201);
    tim = res.json<Tim>();
    expect(tim).toMatchObject({
      tahun: 2026,
      nomorSk: '800/15/BKPSDM',
      anggota: [
        { pegawaiId: f.id.sekda, peran: 'KETUA', peranLabel: 'Ketua', nip: NIP.sekda },
        { pegawaiId: f.id.adminBkpsdm, peran: 'SEKRETARIS' },
        { pegawaiId: f.id.pengelola, peran: 'ANGGOTA', nip: NIP.pengelola },
      ],
      can: { ubah: true, lihatHasil: true, rekomendasi: true },
    });
    const audits = await f.db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'tim_penilai'), eq(auditEvent.entityId, tim.id)));
    expect(audits).toHaveLength(1);
  });

  it('refuses members who are not pegawai of the instansi, duplicates, two chairs, and anyone but BKPSDM', async () => {
    const body = (a: unknown[]) => ({ tahun: 2026, nama: 'Tim', anggota: a });
    const other = await t.otherPemdaAdmin();
    const [asing] = await queryRows<{ pegawai_id: string }>(f.db, sql`SELECT pegawai_id FROM user_account WHERE id = ${other.userId}`);
    let res = await t.api('POST', '/api/v1/tim-penilai', { as: NIP.adminBkpsdm, body: body([{ pegawaiId: asing!.pegawai_id, peran: 'ANGGOTA' }, { pegawaiId: randomUUID(), peran: 'ANGGOTA' }]) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { 'anggota.0.pegawaiId': 'bukan pegawai instansi ini', 'anggota.1.pegawaiId': 'bukan pegawai instansi ini' } });
    res = await t.api('POST', '/api/v1/tim-penilai', { as: NIP.adminBkpsdm, body: body([{ pegawaiId: f.id.kadis, peran: 'KETUA' }, { pegawaiId: f.id.sekda, peran: 'KETUA' }, { pegawaiId: f.id.kadis, peran: 'ANGGOTA' }]) });
    expect(res.json()).toMatchObject({ fields: { anggota: 'ketua tim paling banyak satu orang', 'anggota.2.pegawaiId': expect.stringContaining('lebih dari sekali') } });
    expect((await t.api('POST', '/api/v1/tim-penilai', { as: NIP.kadis, body: body(anggota()) })).statusCode).toBe(403);
  });

  it('shows a team to BKPSDM and its members only', async () => {
    expect((await t.api('GET', '/api/v1/tim-penilai?tahun=2026', { as: NIP.adminBkpsdm })).json<{ items: Tim[]; can: { buat: boolean } }>()).toMatchObject({ can: { buat: true }, items: [{ id: tim.id }] });
    const asMember = (await t.api('GET', '/api/v1/tim-penilai', { as: NIP.pengelola })).json<{ items: Tim[]; can: { buat: boolean } }>();
    expect(asMember).toMatchObject({ can: { buat: false }, items: [{ id: tim.id, can: { ubah: false, lihatHasil: true, rekomendasi: true } }] });
    expect((await t.api('GET', '/api/v1/tim-penilai', { as: NIP.pelaksana })).json()).toEqual({ items: [], can: { buat: false } });
    expect((await t.api('GET', `/api/v1/tim-penilai/${tim.id}`, { as: NIP.pelaksana })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil`, { as: NIP.kadis })).statusCode).toBe(404);
  });

  it('lets BKPSDM change the team; a member may not', async () => {
    const body = { tahun: 2026, nama: 'Tim Penilai Kinerja PNS Tahun 2026', nomorSk: '800/16/BKPSDM', anggota: [...anggota(), { pegawaiId: f.id.kadis, peran: 'ANGGOTA' }] };
    expect((await t.api('PUT', `/api/v1/tim-penilai/${tim.id}`, { as: NIP.pengelola, body })).statusCode).toBe(403);
    const res = await t.api('PUT', `/api/v1/tim-penilai/${tim.id}`, { as: NIP.adminBkpsdm, body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Tim>()).toMatchObject({ nama: 'Tim Penilai Kinerja PNS Tahun 2026', nomorSk: '800/16/BKPSDM', anggota: expect.arrayContaining([expect.objectContaining({ pegawaiId: f.id.kadis })]) });
    const audits = await f.db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'tim_penilai'), eq(auditEvent.entityId, tim.id)));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });
});

describe('results and recommendations', () => {
  it('shows the final results per perangkat daerah, filtered by unit and predikat', async () => {
    const res = await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil`, { as: NIP.pengelola });
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json<Hasil>();
    expect(h.periode).toMatchObject({ id: tahunan, label: 'Tahun 2026' });
    expect(h.periodeTersedia.map((p) => p.id)).toEqual([tahunan]);
    expect(h.items.map((i) => i.pegawai.nip).sort()).toEqual([NIP.guru, NIP.pelaksana, NIP.perawat].sort());
    const pd = Object.fromEntries(h.perangkatDaerah.map((p) => [p.id, p]));
    expect(pd[unit.dinkes]).toMatchObject({ nama: 'Dinas Kesehatan', jumlah: 2, distribusi: { BAIK: 1, SANGAT_BAIK: 1 } });
    expect(pd[unit.disdik]).toMatchObject({ jumlah: 1, distribusi: { BUTUH_PERBAIKAN: 1 } });
    expect(h.items.find((i) => i.pegawai.nip === NIP.pelaksana)).toMatchObject({ perangkatDaerah: { id: unit.dinkes }, predikat: 'BAIK', status: 'FINAL' });

    const dinkes = (await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil?unitId=${unit.dinkes}`, { as: NIP.adminBkpsdm })).json<Hasil>();
    expect(dinkes.items.map((i) => i.pegawai.nip).sort()).toEqual([NIP.pelaksana, NIP.perawat].sort());
    const sb = (await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil?periodeId=${tahunan}&predikat=SANGAT_BAIK`, { as: NIP.adminBkpsdm })).json<Hasil>();
    expect(sb.items.map((i) => i.pegawai.nip)).toEqual([NIP.perawat]);
    const wrongYear = await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil?periodeId=${lama}`, { as: NIP.adminBkpsdm });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json()).toMatchObject({ fields: { periodeId: expect.stringContaining('2026') } });
  });

  it('lets members record recommendations per pegawai, shown with the results', async () => {
    const body = { periodeId: tahunan, pegawaiId: f.id.perawat, jenis: 'PENGHARGAAN', catatan: 'Diusulkan menerima piagam pegawai teladan.' };
    const res = await t.api('POST', `/api/v1/tim-penilai/${tim.id}/rekomendasi`, { as: NIP.pengelola, body });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<Rekomendasi>();
    expect(r).toMatchObject({ jenis: 'PENGHARGAAN', jenisLabel: 'Penghargaan', pegawaiId: f.id.perawat, oleh: { id: f.id.pengelola } });
    const h = (await t.api('GET', `/api/v1/tim-penilai/${tim.id}/hasil`, { as: NIP.sekda })).json<Hasil>();
    expect(h.items.find((i) => i.pegawai.nip === NIP.perawat)?.rekomendasi).toEqual([r]);
    const audits = await f.db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'rekomendasi_tim'), eq(auditEvent.entityId, r.id)));
    expect(audits).toHaveLength(1);
  });

  it('refuses recommendations by non-members, about oneself, without a final result, or for another year', async () => {
    const body = { periodeId: tahunan, pegawaiId: f.id.pelaksana, jenis: 'PENGEMBANGAN', catatan: 'Pelatihan komputer.' };
    expect((await t.api('POST', `/api/v1/tim-penilai/${tim.id}/rekomendasi`, { as: NIP.pelaksana, body })).statusCode).toBe(404);
    const team2 = (await t.api('POST', '/api/v1/tim-penilai', { as: NIP.adminBkpsdm, body: { tahun: 2026, nama: 'Tim B', anggota: [{ pegawaiId: f.id.kadis, peran: 'KETUA' }] } })).json<Tim>();
    // BKPSDM sees the team but records nothing unless a member.
    expect((await t.api('POST', `/api/v1/tim-penilai/${team2.id}/rekomendasi`, { as: NIP.adminBkpsdm, body })).statusCode).toBe(403);
    expect((await t.api('POST', `/api/v1/tim-penilai/${tim.id}/rekomendasi`, { as: NIP.pengelola, body: { ...body, pegawaiId: f.id.pengelola } })).statusCode).toBe(403);
    const belum = await t.api('POST', `/api/v1/tim-penilai/${tim.id}/rekomendasi`, { as: NIP.pengelola, body: { ...body, pegawaiId: f.id.kasek } });
    expect(belum.statusCode).toBe(400);
    expect(belum.json()).toMatchObject({ fields: { pegawaiId: expect.stringContaining('belum memiliki hasil penilaian final') } });
    expect((await t.api('POST', `/api/v1/tim-penilai/${tim.id}/rekomendasi`, { as: NIP.pengelola, body: { ...body, periodeId: lama } })).json()).toMatchObject({ fields: { periodeId: expect.any(String) } });
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/tim-penilai/${tim.id}`, { as: other.nip })).statusCode).toBe(404);
  });
});
