import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestContext, NIP } from '../../test/context.js';
import { startJobs } from '../core/jobs.js';
import { queryRows } from '../db/client.js';
import { bimbingan, emailOutbox, notifikasi, pegawai, realisasi, rencanaAksi, rhk, tindakLanjut } from '../db/schema.js';
import type { SkpDetail } from '@capaian/contract/skp';
import { kirimEmail, MAX_PERCOBAAN } from './mailer.js';
import { jalankanPengingat } from './pengingat.js';
import { notify } from './service.js';

// ---------------------------------------------------------------------------------------------
// A real SMTP server on an ephemeral port: it receives what the mailer sends (or refuses it).
// ---------------------------------------------------------------------------------------------
interface Mail {
  to: string[];
  subject: string;
  text: string;
}
const received: Mail[] = [];
let refuse = false;

function decodeBody(headers: string, body: string): string {
  const cte = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (cte === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (cte === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i += 1) {
      const hex = soft[i] === '=' ? /^[0-9A-F]{2}$/i.exec(soft.slice(i + 1, i + 3))?.[0] : undefined;
      if (hex) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(soft.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

function parseMail(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  return { to, subject, text: decodeBody(headers, raw.slice(split + 4)).replace(/\r\n/g, '\n') };
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (!refuse) return callback();
    const err = new Error('Kotak surat tidak tersedia') as Error & { responseCode: number };
    err.responseCode = 550;
    return callback(err);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const port = (smtp.server.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

// After the SKP deadline: the pengelola may set SKPs. 10:00 WIB.
let now = new Date('2026-02-05T03:00:00Z');
const clock = () => now;
const PUBLIC_URL = 'https://capaian.contoh.go.id';
const t = await createTestContext({ clock, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL } });

const ids = {} as { instansiId: string; budi: string; perawat: string; yuliana: string; budiSkp: string; budiRhk: string; perawatSkp: string; perawatRhk: string };
const email = async (id: string) => (await t.database.db.select({ e: pegawai.email }).from(pegawai).where(eq(pegawai.id, id)))[0]!.e!;
const mailsWith = (subject: string) => received.filter((m) => m.subject === subject);
const send = () => kirimEmail(t.database, t.config, clock);
const indikator = { aspek: 'KUANTITAS', uraian: 'Berkas selesai', targetNilai: '100', targetSatuan: 'berkas', targetTeks: null };

async function catatRealisasi(pegawaiId: string, skpId: string, rhkId: string, tanggal: string, jumlah: number | null = null, rencanaAksiId: string | null = null) {
  await t.database.db.insert(realisasi).values({ instansiId: ids.instansiId, id: randomUUID(), pegawaiId, skpId, rhkId, tanggal, uraian: 'Pekerjaan', jumlah, rencanaAksiId });
}

beforeAll(async () => {
  const [budi] = await t.database.db.select({ id: pegawai.id, instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.nip, NIP.pelaksana));
  ids.instansiId = budi!.instansiId;
  ids.budi = budi!.id;
  ids.perawat = await t.pegawaiId(NIP.perawat);
  ids.yuliana = await t.pegawaiId(NIP.pengawas);

  // Budi's SKP approved by his pejabat penilai (Yuliana), his RHK linked to hers.
  let res = await t.api('POST', '/api/v1/skp', { as: NIP.pengawas, body: { tahun: 2026 } });
  let y = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${y.id}/rhk`, { as: NIP.pengawas, body: { rowVersion: y.rowVersion, jenis: 'UTAMA', uraian: 'Tata kelola kepegawaian', indikator: [indikator] } });
  y = res.json<SkpDetail>();
  res = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } });
  let b = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${b.id}/rhk`, {
    as: NIP.pelaksana,
    body: { rowVersion: b.rowVersion, jenis: 'UTAMA', uraian: 'Layanan administrasi', rhkAtasanId: y.hasilKerja[0]!.id, indikator: [indikator] },
  });
  b = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${b.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: b.rowVersion } });
  b = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${b.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: b.rowVersion } });
  expect(res.json<SkpDetail>().status).toBe('DISETUJUI');
  ids.budiSkp = b.id;
  ids.budiRhk = b.hasilKerja[0]!.id;

  // The perawat's SKP is set by the pengelola kinerja; one RHK for her progress entries.
  res = await t.api('POST', '/api/v1/skp', { as: NIP.perawat, body: { tahun: 2026 } });
  const p = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${p.id}/tetapkan`, { as: NIP.pengelola, body: { rowVersion: p.rowVersion } });
  expect(res.json<SkpDetail>().status).toBe('DISETUJUI');
  ids.perawatSkp = p.id;
  const [r] = await t.database.db.insert(rhk).values({ instansiId: ids.instansiId, skpId: p.id, jenis: 'UTAMA', uraian: 'Asuhan keperawatan' }).returning();
  ids.perawatRhk = r!.id;

  // Progress: Budi last reported on 20 February, the perawat on 8 March.
  await catatRealisasi(ids.budi, ids.budiSkp, ids.budiRhk, '2026-02-20');
  await catatRealisasi(ids.perawat, ids.perawatSkp, ids.perawatRhk, '2026-03-08');
  // Anything the SKP feature queued so far is not what these tests look at.
  await send();
  received.length = 0;
});

describe('notify(): bell, e-mail and dedupe in one transaction', () => {
  it('queues one e-mail per recipient with an address; with a kunci, a second call creates nothing', async () => {
    const at = new Date('2026-02-05T03:00:00Z');
    const pesan = { jenis: 'INFO', judul: 'Uji kunci', pesan: 'Sekali saja.', tautan: '/skp', kunci: 'uji:1' };
    const first = await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi, ids.perawat, ids.budi], pesan, at));
    expect(first).toHaveLength(2);
    const again = await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi, ids.perawat, ids.yuliana], pesan, at));
    expect(again.map((r) => r.pegawaiId)).toEqual([ids.yuliana]);
    const rows = await t.database.db.select().from(emailOutbox).where(and(eq(emailOutbox.instansiId, ids.instansiId), eq(emailOutbox.subjek, 'Uji kunci')));
    expect(rows.map((r) => r.kepada).sort()).toEqual([await email(ids.budi), await email(ids.perawat), await email(ids.yuliana)].sort());
    expect(rows[0]).toMatchObject({ status: 'MENUNGGU', percobaan: 0, isi: 'Sekali saja.\n\nBuka di Capaian: {{PUBLIC_URL}}/skp\n\n-- \nPesan ini dikirim otomatis oleh Capaian. Mohon tidak membalas e-mail ini.' });
    // Without a kunci, every call notifies.
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi], { jenis: 'INFO', judul: 'Tanpa kunci', pesan: 'x' }, at));
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi], { jenis: 'INFO', judul: 'Tanpa kunci', pesan: 'x' }, at));
    expect(await t.database.db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, ids.budi), eq(notifikasi.judul, 'Tanpa kunci')))).toHaveLength(2);
    // A pegawai without an address gets the bell only.
    const yuliana = await email(ids.yuliana);
    await t.database.db.update(pegawai).set({ email: null }).where(eq(pegawai.id, ids.yuliana));
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.yuliana], { jenis: 'INFO', judul: 'Tanpa alamat', pesan: 'x' }, at));
    expect(await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.subjek, 'Tanpa alamat'))).toHaveLength(0);
    await t.database.db.update(pegawai).set({ email: yuliana }).where(eq(pegawai.id, ids.yuliana));

    const r = await send();
    expect(r.terkirim).toBeGreaterThanOrEqual(5);
    expect(mailsWith('Uji kunci')).toHaveLength(3);
    expect(mailsWith('Uji kunci').find((m) => m.to[0] === yuliana)?.text).toContain(`${PUBLIC_URL}/skp\n`);
  });

  it.runIf(t.kind === 'pglite')('publishes the live event with the notification', async () => {
    const events: string[] = [];
    const unlisten = await t.database.pglite!.listen('capaian_live', (payload) => events.push(payload));
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.perawat], { jenis: 'INFO', judul: 'Langsung', pesan: 'x' }));
    await expect.poll(() => events.map((e) => JSON.parse(e) as unknown)).toContainEqual({ jenis: 'notifikasi', instansiId: ids.instansiId, pegawaiId: ids.perawat });
    await unlisten();
    await send();
  });
});

describe('daily reminders', () => {
  const JUDUL = 'Pengingat: catat realisasi kinerja Anda';

  it('reminds a pegawai without progress for N days by e-mail, with the link; a re-run sends nothing new', async () => {
    now = new Date('2026-03-10T01:00:00Z');
    const hasil = await jalankanPengingat(t.database.db, undefined, now);
    // Budi (last entry 20 February) only: the perawat reported 2 days ago; nobody else has an approved SKP.
    expect(hasil).toEqual({ instansi: 2, realisasi: 1, rencanaAksi: 0, tindakLanjut: 0, email: 1 });
    const [n] = await t.database.db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, ids.instansiId), eq(notifikasi.jenis, 'PENGINGAT_REALISASI')));
    expect(n).toMatchObject({ pegawaiId: ids.budi, kunci: 'realisasi-kosong:2026-03-10', tautan: '/progres' });

    expect(await send()).toEqual({ terkirim: 1, gagal: 0, outbox: 0 });
    const [mail] = mailsWith(JUDUL);
    expect(mail!.to).toEqual([await email(ids.budi)]);
    expect(mail!.text).toContain('Anda belum mencatat realisasi kinerja dalam 7 hari terakhir.');
    expect(mail!.text).toContain(`Buka di Capaian: ${PUBLIC_URL}/progres\n`);

    // Again the same day, and the next day (reminded at most once per N days): nothing new.
    expect(await jalankanPengingat(t.database.db, undefined, now)).toMatchObject({ realisasi: 0, email: 0 });
    now = new Date('2026-03-11T01:00:00Z');
    expect(await jalankanPengingat(t.database.db, ids.instansiId, now)).toMatchObject({ instansi: 1, realisasi: 0 });
    expect(await send()).toEqual({ terkirim: 0, gagal: 0, outbox: 0 });
    expect(mailsWith(JUDUL)).toHaveLength(1);

    t.forgetSessions();
    const bell = (await t.api('GET', '/api/v1/notifikasi', { as: NIP.pelaksana })).json<{ items: Array<{ jenis: string }> }>();
    expect(bell.items.filter((i) => i.jenis === 'PENGINGAT_REALISASI')).toHaveLength(1);
  });

  it('reminds rencana aksi ending within 3 days below target and open tindak lanjut due within 3 days, once each', async () => {
    const db = t.database.db;
    const ra = (uraian: string, target: number, periode = 3) =>
      db
        .insert(rencanaAksi)
        .values({ instansiId: ids.instansiId, skpId: ids.budiSkp, rhkId: ids.budiRhk, periode, periodeMulai: `2026-0${periode}-01`, periodeSelesai: periode === 3 ? '2026-03-31' : '2026-04-30', uraian, target, satuan: 'berkas' })
        .returning()
        .then((r) => r[0]!);
    const behind = await ra('Verifikasi berkas kenaikan pangkat', 10);
    const done = await ra('Arsip digital', 2);
    await ra('Rekap April', 5, 4);
    await catatRealisasi(ids.budi, ids.budiSkp, ids.budiRhk, '2026-03-05', 4, behind.id);
    await catatRealisasi(ids.budi, ids.budiSkp, ids.budiRhk, '2026-03-06', 2, done.id);

    const [bim] = await db
      .insert(bimbingan)
      .values({ instansiId: ids.instansiId, pegawaiId: ids.budi, pembimbingId: ids.yuliana, jenis: 'COACHING', jadwal: new Date('2026-03-02T02:00:00Z'), topik: 'Target triwulan I', status: 'SELESAI', diusulkanOleh: ids.yuliana })
      .returning();
    await db.insert(tindakLanjut).values([
      { instansiId: ids.instansiId, bimbinganId: bim!.id, uraian: 'Susun jadwal verifikasi', jatuhTempo: '2026-03-30' },
      { instansiId: ids.instansiId, bimbinganId: bim!.id, uraian: 'Sudah selesai', jatuhTempo: '2026-03-30', selesaiAt: new Date('2026-03-20T02:00:00Z') },
      { instansiId: ids.instansiId, bimbinganId: bim!.id, uraian: 'Masih lama', jatuhTempo: '2026-04-15' },
    ]);

    now = new Date('2026-03-28T01:00:00Z');
    const hasil = await jalankanPengingat(db, ids.instansiId, now);
    // Both Budi and the perawat have no entry dated in the last 7 days now.
    expect(hasil).toEqual({ instansi: 1, realisasi: 2, rencanaAksi: 1, tindakLanjut: 1, email: 4 });
    const rows = await db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, ids.instansiId), eq(notifikasi.pegawaiId, ids.budi), sql`${notifikasi.createdAt} = ${now.toISOString()}::timestamptz`));
    const byJenis = Object.fromEntries(rows.map((r) => [r.jenis, r]));
    expect(byJenis.PENGINGAT_RENCANA_AKSI).toMatchObject({
      pesan: 'Rencana aksi "Verifikasi berkas kenaikan pangkat" berakhir pada 31 Maret 2026. Realisasi baru 4 dari target 10 berkas. Catat realisasi Anda sebelum periode berakhir.',
      kunci: `rencana-aksi:${behind.id}:2026-03-31`,
    });
    expect(byJenis.PENGINGAT_TINDAK_LANJUT).toMatchObject({
      pesan: 'Tindak lanjut "Susun jadwal verifikasi" dari bimbingan "Target triwulan I" jatuh tempo pada 30 Maret 2026.',
      tautan: `/bimbingan/${bim!.id}`,
    });

    now = new Date('2026-03-29T01:00:00Z');
    expect(await jalankanPengingat(db, undefined, now)).toMatchObject({ realisasi: 0, rencanaAksi: 0, tindakLanjut: 0, email: 0 });
    expect(await send()).toMatchObject({ terkirim: 4, gagal: 0 });
    expect(mailsWith('Pengingat: rencana aksi segera berakhir')).toHaveLength(1);
    expect(mailsWith('Pengingat: tindak lanjut bimbingan segera jatuh tempo')[0]!.text).toContain(`${PUBLIC_URL}/bimbingan/${bim!.id}`);
  });

  it.runIf(t.kind === 'postgres')('runs in one process at a time: another holding the lock makes it skip', async () => {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('capaian.pengingat'))`);
      expect(await jalankanPengingat(t.database.db, undefined, now)).toBeNull();
    });
    expect(await jalankanPengingat(t.database.db, undefined, now)).not.toBeNull();
  });
});

describe('the sender', () => {
  it('sends each waiting e-mail once, also with two senders at the same time', async () => {
    const some = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM pegawai WHERE instansi_id = ${ids.instansiId} AND email IS NOT NULL ORDER BY nip LIMIT 40`);
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, some.map((r) => r.id), { jenis: 'INFO', judul: 'Serentak', pesan: 'x' }, now));
    const [a, b] = await Promise.all([send(), send()]);
    expect(a!.terkirim + b!.terkirim).toBe(40);
    expect(mailsWith('Serentak')).toHaveLength(40);
    expect(new Set(mailsWith('Serentak').map((m) => m.to[0])).size).toBe(40);
  });

  it('counts a refused attempt with its error and tries again later; GAGAL after 5 attempts', async () => {
    refuse = true;
    const created = new Date(now);
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi], { jenis: 'INFO', judul: 'Ditolak', pesan: 'x' }, created));
    const row = async () => (await t.database.db.select().from(emailOutbox).where(eq(emailOutbox.subjek, 'Ditolak')))[0]!;
    expect(await send()).toEqual({ terkirim: 0, gagal: 1, outbox: 0 });
    expect(await row()).toMatchObject({ status: 'MENUNGGU', percobaan: 1, terkirimAt: null });
    expect((await row()).galat).toContain('550');
    // Not again right away: the next attempt waits (1, 3, 7, 15 minutes after it was queued).
    expect(await send()).toEqual({ terkirim: 0, gagal: 0, outbox: 0 });
    for (const [menit, percobaan] of [[1, 2], [3, 3], [7, 4]] as const) {
      now = new Date(created.getTime() + menit * 60_000);
      expect(await send()).toMatchObject({ gagal: 1 });
      expect(await row()).toMatchObject({ status: 'MENUNGGU', percobaan });
    }
    now = new Date(created.getTime() + 15 * 60_000);
    await send();
    expect(await row()).toMatchObject({ status: 'GAGAL', percobaan: MAX_PERCOBAAN });
    now = new Date(created.getTime() + 60 * 60_000);
    expect(await send()).toEqual({ terkirim: 0, gagal: 0, outbox: 0 });
    refuse = false;
    expect(mailsWith('Ditolak')).toHaveLength(0);
  });

  it('without SMTP keeps e-mails as OUTBOX, which the admins read at GET /email-outbox (others: 403)', async () => {
    t.forgetSessions();
    await t.database.db.transaction((tx) => notify(tx, ids.instansiId, [ids.budi], { jenis: 'INFO', judul: 'Tanpa SMTP', pesan: 'Isi pesan.', tautan: '/skp/123' }, now));
    expect(await kirimEmail(t.database, { ...t.config, smtpUrl: undefined }, clock)).toEqual({ terkirim: 0, gagal: 0, outbox: 1 });
    expect(mailsWith('Tanpa SMTP')).toHaveLength(0);

    type Outbox = { items: Array<{ id: string; kepada: string; subjek: string; isi: string; status: string; percobaan: number; galat: string | null; dibuatAt: string; terkirimAt: string | null }>; total: number };
    const res = await t.api('GET', '/api/v1/email-outbox', { as: NIP.adminSistem });
    expect(res.statusCode).toBe(200);
    const body = res.json<Outbox>();
    const item = body.items.find((i) => i.subjek === 'Tanpa SMTP')!;
    expect(item).toMatchObject({ kepada: await email(ids.budi), status: 'OUTBOX', percobaan: 0, galat: null, terkirimAt: null });
    expect(item.isi).toBe(`Isi pesan.\n\nBuka di Capaian: ${PUBLIC_URL}/skp/123\n\n-- \nPesan ini dikirim otomatis oleh Capaian. Mohon tidak membalas e-mail ini.`);
    expect(body.items.find((i) => i.subjek === 'Ditolak')).toMatchObject({ status: 'GAGAL', percobaan: 5, galat: expect.stringContaining('550') });
    expect(body.items.find((i) => i.subjek === JUDUL_REALISASI)).toMatchObject({ status: 'TERKIRIM', terkirimAt: expect.any(String) });
    // Newest first, 50 per page; the total counts them all.
    const dates = body.items.map((i) => i.dibuatAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.items).toHaveLength(50);
    expect(body.total).toBeGreaterThan(50);
    const page2 = (await t.api('GET', '/api/v1/email-outbox?halaman=2', { as: NIP.adminBkpsdm })).json<Outbox>();
    expect(page2.total).toBe(body.total);
    expect(page2.items.map((i) => i.id)).not.toContain(body.items[0]!.id);

    expect((await t.api('GET', '/api/v1/email-outbox', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/email-outbox', { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/email-outbox?halaman=0', { as: NIP.adminSistem })).json()).toMatchObject({ error: 'validation_failed', fields: { halaman: expect.any(String) } });
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', '/api/v1/email-outbox', { as: other.nip })).json<Outbox>()).toEqual({ items: [], total: 0 });
  });
});

const JUDUL_REALISASI = 'Pengingat: catat realisasi kinerja Anda';

describe('the job runner', () => {
  it('starts nothing when jobs are off', async () => {
    const stop = startJobs(t.services, t.database, t.config);
    await stop();
  });

  it('sends queued e-mail and runs the day\'s reminders by itself', async () => {
    now = new Date('2026-04-20T01:00:00Z');
    const errors: unknown[] = [];
    const stop = startJobs(t.services, t.database, { ...t.config, jobs: true }, { mailerMs: 30, checkMs: 60, firstCheckMs: 10, log: (_m, e) => errors.push(e) });
    try {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && mailsWith(JUDUL_REALISASI).length < 5) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await stop();
    }
    expect(errors).toEqual([]);
    // 20 April: Budi and the perawat again (their last reminder was 28 March).
    expect(mailsWith(JUDUL_REALISASI).map((m) => m.to[0]).slice(-2).sort()).toEqual([await email(ids.budi), await email(ids.perawat)].sort());
    expect(await t.database.db.select().from(notifikasi).where(eq(notifikasi.kunci, 'realisasi-kosong:2026-04-20'))).toHaveLength(2);
  });
});
