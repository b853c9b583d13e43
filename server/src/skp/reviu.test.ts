/**
 * The pemda's SKP rules: the pengelola kinerja's review before approval (switched on in the
 * settings, from the next period) and the SKP deadlines of the year.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEFAULT_ATURAN_PENILAIAN } from '@capaian/domain';
import type { SkpDetail } from '@capaian/contract/skp';
import { createTestContext, NIP } from '../../test/context.js';
import { notifikasi, pegawai, rhk, skp } from '../db/schema.js';

// 20 November 2026: a settings change applies from 1 December (monthly periods).
let now = new Date('2026-11-20T03:00:00Z');
const t = await createTestContext({ clock: () => now });
const db = t.database.db;
const [budi, yuliana] = await Promise.all([t.pegawaiId(NIP.pelaksana), t.pegawaiId(NIP.pengawas)]);
const [{ instansiId }] = (await db.select({ instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.id, budi))) as [{ instansiId: string }];
/** Moves the clock (sessions older than a week expire, so everyone signs in again). */
function pada(iso: string) {
  now = new Date(iso);
  t.forgetSessions();
}

/** A submitted (or draft) SKP of Budi for a year, with one RHK. */
async function skpBudi(tahun: number, status: 'DIAJUKAN' | 'DRAFT') {
  const [s] = await db
    .insert(skp)
    .values({ instansiId, pegawaiId: budi, tahun, status, periodeMulai: `${tahun}-01-01`, periodeSelesai: `${tahun}-12-31`, pejabatPenilaiId: yuliana })
    .returning({ id: skp.id });
  await db.insert(rhk).values({ instansiId, skpId: s!.id, jenis: 'UTAMA', uraian: 'Layanan administrasi kepegawaian' });
  return s!.id;
}
const lihat = async (id: string, as: string) => (await t.api('GET', `/api/v1/skp/${id}`, { as })).json<SkpDetail>();
const post = (id: string, aksi: string, as: string, body: Record<string, unknown>) => t.api('POST', `/api/v1/skp/${id}/${aksi}`, { as, body });

describe("the pengelola kinerja's review before approval", () => {
  it('applies from the next period: until then the pejabat penilai approves directly; after, only a reviewed SKP', async () => {
    pada('2026-11-20T03:00:00Z');
    const aturan = { ...structuredClone(DEFAULT_ATURAN_PENILAIAN), reviuPengelola: true };
    expect((await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminBkpsdm, body: aturan })).statusCode).toBe(200);

    // Still November: no review yet.
    const lama = await skpBudi(2026, 'DIAJUKAN');
    expect((await lihat(lama, NIP.pengawas)).can).toMatchObject({ setujui: true, tinjau: false });
    expect((await lihat(lama, NIP.pengelola)).can).toMatchObject({ tinjau: false, kembalikan: false });

    // 1 December: the review is required.
    pada('2026-12-01T03:00:00Z');
    const id = await skpBudi(2027, 'DIAJUKAN');
    let s = await lihat(id, NIP.pengawas);
    expect(s.can).toMatchObject({ setujui: false, kembalikan: false, tinjau: false });
    const langsung = await post(id, 'setujui', NIP.pengawas, { rowVersion: s.rowVersion });
    expect(langsung.statusCode).toBe(403);
    // Budi cannot review his own SKP; the pengelola kinerja of his perangkat daerah can (any day of the year).
    expect((await post(id, 'tinjau', NIP.pelaksana, { rowVersion: s.rowVersion })).statusCode).toBe(403);
    expect((await lihat(id, NIP.pengelola)).can).toMatchObject({ tinjau: true, kembalikan: true, tetapkan: false, setujui: false });
    const ditinjau = await post(id, 'tinjau', NIP.pengelola, { rowVersion: s.rowVersion, catatan: 'Indikator sudah terukur' });
    expect(ditinjau.statusCode, ditinjau.body).toBe(200);
    s = ditinjau.json<SkpDetail>();
    expect(s).toMatchObject({ status: 'DITINJAU', statusLabel: 'Ditinjau Pengelola Kinerja' });
    expect(s.dialog.at(-1)).toMatchObject({ jenis: 'TINJAU', pesan: 'Direviu pengelola kinerja: Indikator sudah terukur' });
    const [n] = await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, yuliana), eq(notifikasi.judul, 'SKP sudah direviu pengelola kinerja')));
    expect(n?.tautan).toBe(`/skp/${id}`);
    // Now the pejabat penilai approves.
    const setuju = await post(id, 'setujui', NIP.pengawas, { rowVersion: s.rowVersion });
    expect(setuju.statusCode, setuju.body).toBe(200);
    expect(setuju.json<SkpDetail>().status).toBe('DISETUJUI');
  });

  it('lets the pengelola kinerja return a submitted SKP with notes instead', async () => {
    pada('2026-12-02T03:00:00Z');
    const aturan = { ...structuredClone(DEFAULT_ATURAN_PENILAIAN), reviuPengelola: true };
    await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminBkpsdm, body: aturan });
    pada('2027-01-04T03:00:00Z');
    const id = await skpBudi(2028, 'DIAJUKAN');
    const s = await lihat(id, NIP.pengelola);
    const res = await post(id, 'kembalikan', NIP.pengelola, { rowVersion: s.rowVersion, catatan: 'Target belum terukur', komentar: [] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SkpDetail>()).toMatchObject({ status: 'DIKEMBALIKAN' });
    expect((await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, budi), eq(notifikasi.jenis, 'SKP_DIKEMBALIKAN')))).length).toBeGreaterThan(0);
  });
});

describe('the SKP deadlines of the year are the pemda setting in force on 1 January', () => {
  it('lets the pengelola kinerja set a missing SKP from the pemda day, not the default 15 January', async () => {
    pada('2027-12-10T03:00:00Z');
    const aturan = { ...structuredClone(DEFAULT_ATURAN_PENILAIAN), tenggatSkp: { batas: '02-15', pengelolaMulai: '01-05' } };
    expect((await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminBkpsdm, body: aturan })).statusCode).toBe(200);
    const id = await skpBudi(2028 + 1, 'DRAFT');
    pada('2029-01-04T03:00:00Z');
    expect((await lihat(id, NIP.pengelola)).can).toMatchObject({ tetapkan: false });
    pada('2029-01-06T03:00:00Z');
    expect((await lihat(id, NIP.pengelola)).can).toMatchObject({ tetapkan: true });
    const monitoring = (await t.api('GET', '/api/v1/skp-monitoring?tahun=2029', { as: NIP.adminBkpsdm })).json<{ batasWaktu: string }>();
    expect(monitoring.batasWaktu).toBe('2029-02-15');
  });
});
