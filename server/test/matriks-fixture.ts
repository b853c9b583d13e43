/**
 * Fixtures of the authorization matrix (src/matriks-otorisasi.test.ts) and the fuzz suite
 * (src/fuzz.test.ts): the roles, one record of every kind with a known owner in the demo pemda,
 * and the request helpers both suites share.
 *
 * Every record belongs to (or is about) the demo pelaksana Budi Santoso (`NIP.pelaksana`, unit
 * DINKES.UMPEG) unless its comment says otherwise. Records an operation changes are separate from
 * the records other operations read, so the operations of one role do not depend on their order:
 * an SKP per workflow step (one year each), one progress entry to read, one to change, one to
 * delete, and so on.
 */
import { randomUUID } from 'node:crypto';
import { BERAKHLAK_KODE, CONTOH_SKEMA_TPP } from '@capaian/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { queryRows } from '../src/db/client.js';
import {
  bimbingan,
  buktiDukung,
  jabatan,
  keberatan,
  nominasi360,
  notifikasi,
  pegawai,
  penugasanPlt,
  realisasi,
  rencanaAksi,
  rhk,
  sasaranOrganisasi,
  skp,
  skpTemplate,
  timPenilai,
  tindakLanjut,
  titikLayanan,
  unitKerja,
  userAccount,
  userRole,
} from '../src/db/schema.js';
import { DEMO_PASSWORD, KLIEN, NIP, type createTestContext } from './context.js';
import { penilaianFixture, type SkpFixture } from './penilaian-fixture.js';

export type Ctx = Awaited<ReturnType<typeof createTestContext>>;

/**
 * The clock of both suites: Monday 20 July 2026, 10:00 WIB. The second quarter's assessment is
 * open, the first quarter's and May's results are final (May's delivered five days ago, inside the
 * keberatan window), progress of July is not assessed yet.
 */
export const SEKARANG = new Date('2026-07-20T03:00:00Z');

/** The fuzz suite's fast-check seed: fixed, or FUZZ_SEED to replay or widen a run. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260720);

/**
 * The roles of the matrix. `atasan` is the pelaksana's pejabat penilai (Kasubbag Umum, NIP.pengawas),
 * `atasanPenilai` the atasan pejabat penilai (Sekretaris Dinas, NIP.administrator: decides a
 * keberatan, sets the unit's result). `pimpinan` holds PIMPINAN without standing in the pelaksana's
 * chain of command (the Kepala Dinas Pendidikan, granted PIMPINAN here), so what it may do comes from
 * the role alone. `rekan` is a nurse of a puskesmas (NIP.perawat): same instansi, no relation.
 * `pemdaLain` is the ADMIN_BKPSDM of the template's second pemda (KAB-LAIN).
 */
export const PERAN = ['anonim', 'pegawai', 'atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem', 'rekan', 'pemdaLain'] as const;
export type Peran = (typeof PERAN)[number];

/** Ids of the records every operation is pointed at. */
export interface Fiksasi {
  instansiId: string;
  /** NIP per role (null: anonymous). */
  nip: Record<Peran, string | null>;
  pegawai: { pelaksana: string; pengawas: string; administrator: string; pengelola: string; perawat: string; pimpinan: string; adminBkpsdm: string };
  /** Colleagues of the pelaksana in DINKES.UMPEG (360° nominees); `tanpaAkun` has no account, `hapus` is deleted. */
  rekanUnit: [string, string, string];
  /** Accounts of the first two colleagues (targets of the fuzz suite's account operations and logins). */
  akunRekanUnit: { id: string; nip: string };
  pegawaiTanpaAkun: string;
  pegawaiHapus: string;
  /** The pelaksana's record as PUT /pegawai/{id} sends it back unchanged. */
  pelaksanaIsi: { nip: string; nama: string; jenisAsn: string; golongan: string; jabatanId: string };
  akunPelaksana: string;
  unit: { umpeg: string; dinkes: string; ubah: string; hapus: string };
  jabatan: { pelaksana: string; ubah: string; hapus: string; kepalaPlt: string };
  pltHapus: string;
  skp: {
    /** 2026, approved: read, rencana aksi, progress, evaluations. */
    berlaku: SkpFixture;
    /** 2027 draft: edits, RHK, ekspektasi, comments. */
    ubah: { skpId: string; rhkUbah: string; rhkHapus: string };
    ajukan: string;
    tarik: string;
    setujui: string;
    kembalikan: string;
    tetapkan: string;
    revisi: string;
  };
  rencanaAksi: { ubah: string; hapus: string };
  realisasi: { baca: string; ubah: string; hapus: string };
  bukti: { berkas: string; hapus: string };
  pk: { ubah: string; hapus: string };
  templat: { ubah: string; hapus: string };
  notifikasi: string;
  bimbingan: { jadwal: string; batal: string; selesai: string; tindakLanjut: string };
  periode: { q1: string; q2: string; mei: string; tahunan2025: string; tutup: string; massal: string };
  evaluasi: { draft: string; tahunan: string; ajukan: string; keberatan: string };
  keberatan: { id: string; lampiran: string };
  /** Pembinaan cases of the pelaksana (rencana perbaikan), one per operation. */
  kasus: { baca: string; tindakLanjuti: string; abaikan: string; checkIn: string; akui: string; selesaikan: string };
  /** Award rounds of the pemda on the 2025 annual results (minimum Baik): drafts, and a decided one with the pelaksana's award. */
  ronde: { baca: string; tambah: string; putuskan: string; hapus: string; calonHapus: string; diberikan: string };
  /** Sanctions of the pelaksana: one to acknowledge, one to correct. */
  sanksi: { akui: string; koreksi: string };
  /** Pengembangan kompetensi: a catalogue entry; the pelaksana's completed training with and without a certificate (their 2026 plan is a draft). */
  pengembangan: { katalog: string; bersertifikat: string; tanpaSertifikat: string };
  /** A PAK of the pelaksana (as if fungsional), for its PDF. */
  pak: string;
  /** A draft TPP run of June under the pemda's saved scheme. */
  tppRun: string;
  /** The pengelola named bendahara TPP of DINKES. */
  bendahara: string;
  nominasi: { setujui: string; tolak: string; kuesioner: string };
  tim: string;
  titik: { id: string; kode: string };
  pengaturan: { periodeKinerja: string; pengingatRealisasiHari: number };
  /**
   * What must never appear in an answer to another pemda: the demo pemda's id, the NIPs of its
   * accounts in the matrix and the id of every fixture record.
   */
  rahasia: string[];
}

// --- Operations --------------------------------------------------------------------------------

/** One operation of the OpenAPI document (the parts the suites read). */
export interface OperasiDok {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: SkemaJson }>;
  requestBody?: { content?: Record<string, { schema?: SkemaJson }> };
}

/** The JSON schema of a body, query or path parameter, as the OpenAPI document has it. */
export interface SkemaJson {
  type?: string | string[];
  nullable?: boolean;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, SkemaJson>;
  required?: string[];
  items?: SkemaJson;
  additionalProperties?: boolean | SkemaJson;
  oneOf?: SkemaJson[];
  anyOf?: SkemaJson[];
  allOf?: SkemaJson[];
}

const METODE = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Every operation of the app's own OpenAPI document, keyed "METHOD /api/v1/path/{param}" (the
 * document itself, the API explorer and /health left out).
 */
export function operasiOpenApi(app: FastifyInstance): Map<string, OperasiDok> {
  const doc = app.swagger() as unknown as { paths: Record<string, Partial<Record<string, OperasiDok>>> };
  const out = new Map<string, OperasiDok>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (path === '/api/openapi.json' || path.startsWith('/api/docs') || path === '/health') continue;
    for (const m of METODE) {
      const op = ops[m];
      if (op) out.set(`${m.toUpperCase()} ${path}`, op);
    }
  }
  return out;
}

// --- Requests ----------------------------------------------------------------------------------

export type Bagian = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };

/** A multipart/form-data body. */
export function multipart(parts: readonly Bagian[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----capaian${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ('data' in p) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type}\r\n\r\n`), p.data, Buffer.from('\r\n'));
    } else chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Signs in and returns the session cookie (a new session on every call, never cached). */
export async function masuk(t: Ctx, nip: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: KLIEN, payload: { nip, password } });
  if (res.statusCode !== 200) throw new Error(`login ${nip} failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'capaian_sesi');
  if (!c) throw new Error('no session cookie');
  return `capaian_sesi=${c.value}`;
}

function ok(res: LightMyRequestResponse, what: string, ...statuses: number[]): void {
  if (!statuses.includes(res.statusCode)) throw new Error(`fixture ${what}: ${res.statusCode} ${res.body}`);
}

// --- The fixtures ------------------------------------------------------------------------------

const one = <T>(rows: T[], what: string): T => {
  const [r] = rows;
  if (!r) throw new Error(`fixture: no ${what}`);
  return r;
};

/** Creates every fixture record in a fresh test database (about a second) and returns their ids. */
export async function buatFiksasi(t: Ctx): Promise<Fiksasi> {
  const pf = await penilaianFixture(t);
  const db = pf.db;
  const instansiId = pf.instansiId;
  const id = pf.id;

  const unitByKode = async (kode: string) =>
    one(await db.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.kode, kode))), `unit ${kode}`).id;
  const jabatanByKode = async (kode: string) =>
    one(await db.select({ id: jabatan.id }).from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.kode, kode))), `jabatan ${kode}`).id;
  const akunOf = async (pegawaiId: string) =>
    one(await db.select({ id: userAccount.id }).from(userAccount).where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.pegawaiId, pegawaiId))), `account of ${pegawaiId}`).id;

  const umpeg = await unitByKode('DINKES.UMPEG');
  const dinkes = await unitByKode('DINKES');
  const jabPelaksana = await jabatanByKode('DINKES.UMPEG.PENGADM');

  // PIMPINAN outside the pelaksana's chain: the Kepala Dinas Pendidikan.
  const kadisDisdik = one(
    await queryRows<{ id: string; nip: string; akun: string }>(
      db,
      sql`SELECT p.id, p.nip, a.id AS akun FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           JOIN user_account a ON a.instansi_id = p.instansi_id AND a.pegawai_id = p.id
          WHERE p.instansi_id = ${instansiId} AND j.kode = 'DISDIK.KADIS'`,
    ),
    'Kepala Dinas Pendidikan',
  );
  await db.insert(userRole).values({ instansiId, userId: kadisDisdik.akun, role: 'PIMPINAN' });
  const lain = await t.otherPemdaAdmin();

  // --- Organisation
  const [ubahU, hapusU, pltU] = await db
    .insert(unitKerja)
    .values([
      { instansiId, parentId: umpeg, kode: 'MX.UBAH', nama: 'Seksi Matriks Ubah', jenis: 'SEKSI' },
      { instansiId, parentId: umpeg, kode: 'MX.HAPUS', nama: 'Seksi Matriks Hapus', jenis: 'SEKSI' },
      { instansiId, parentId: umpeg, kode: 'MX.PLT', nama: 'Seksi Matriks Plt', jenis: 'SEKSI' },
    ])
    .returning({ id: unitKerja.id });
  const [jabUbah, jabHapus, jabKepalaPlt] = await db
    .insert(jabatan)
    .values([
      { instansiId, unitId: ubahU!.id, kode: 'MX.UBAH.ANALIS', nama: 'Analis Matriks', jenis: 'PELAKSANA' },
      { instansiId, unitId: ubahU!.id, kode: 'MX.UBAH.HAPUS', nama: 'Pengolah Matriks', jenis: 'PELAKSANA' },
      { instansiId, unitId: pltU!.id, kode: 'MX.PLT.KASI', nama: 'Kepala Seksi Matriks', jenis: 'PENGAWAS', kepalaUnit: true, kelas: 9 },
    ])
    .returning({ id: jabatan.id });
  const [plt] = await db
    .insert(penugasanPlt)
    .values({ instansiId, pegawaiId: id.perawat, jabatanId: jabKepalaPlt!.id, jenis: 'PLT', tanggalMulai: '2020-01-01', tanggalSelesai: '2020-06-30', nomorSk: 'MX/1/2020' })
    .returning({ id: penugasanPlt.id });

  // Colleagues of the pelaksana (same jabatan and unit) and two pegawai without an account.
  const baru = (nip: string, nama: string) => ({ instansiId, nip, nama, jenisAsn: 'PNS', golongan: 'II/c', jabatanId: jabPelaksana, status: 'AKTIF' });
  const [r1, r2, r3, tanpaAkun, hapusP] = await db
    .insert(pegawai)
    .values([
      baru('199801012022031101', 'Rekan Satu'),
      baru('199801012022031102', 'Rekan Dua'),
      baru('199801012022031103', 'Rekan Tiga'),
      baru('199801012022031104', 'Tanpa Akun'),
      baru('199801012022031105', 'Akan Dihapus'),
    ])
    .returning({ id: pegawai.id });
  // Their accounts share the demo password (its hash copied: hashing costs ~100 ms each).
  const hash = one(await db.select({ h: userAccount.passwordHash }).from(userAccount).where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.pegawaiId, id.pelaksana))), 'hash').h;
  const akunRekan: string[] = [];
  for (const [p, nip] of [
    [r1!.id, '199801012022031101'],
    [r2!.id, '199801012022031102'],
    [r3!.id, '199801012022031103'],
  ] as const) {
    const [a] = await db.insert(userAccount).values({ instansiId, pegawaiId: p, nip, passwordHash: hash }).returning({ id: userAccount.id });
    await db.insert(userRole).values({ instansiId, userId: a!.id, role: 'PEGAWAI' });
    akunRekan.push(a!.id);
  }
  const pelaksanaRow = one(await db.select().from(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id.pelaksana))), 'pelaksana');

  // --- SKP: one per workflow step, each a year of its own
  const berlaku = await pf.skpDisetujui(id.pelaksana, 2026);
  await db.update(skp).set({ pejabatPenilaiId: id.pengawas, disetujuiAt: new Date('2026-01-20T03:00:00Z'), disetujuiOleh: id.pengawas, dokumenHash: 'ab'.repeat(32) }).where(eq(skp.id, berlaku.skpId));
  const tahunan2025 = await pf.skpDisetujui(id.pelaksana, 2025);
  const dengan = async (tahun: number, status: string, pemilik = id.pelaksana) => {
    const s = await pf.skpDisetujui(pemilik, tahun);
    await db.update(skp).set({ status, ...(status === 'DIAJUKAN' ? { pejabatPenilaiId: id.pengawas, diajukanAt: new Date(`${tahun}-01-10T03:00:00Z`) } : {}) }).where(eq(skp.id, s.skpId));
    return s;
  };
  const ubah = await dengan(2027, 'DRAFT');
  const ajukan = await dengan(2028, 'DRAFT');
  // The pejabat penilai's RHK of 2028 the pelaksana's RHK intervene (cascading, checked on submit).
  const atasan2028 = await dengan(2028, 'DRAFT', id.pengawas);
  for (const r of ajukan.rhk) await db.update(rhk).set({ rhkAtasanId: atasan2028.rhk[0]!.id }).where(eq(rhk.id, r.id));
  const tarik = await dengan(2023, 'DIAJUKAN');
  const setujui = await dengan(2022, 'DIAJUKAN');
  const kembalikan = await dengan(2021, 'DIAJUKAN');
  const tetapkan = await dengan(2020, 'DIAJUKAN');
  const revisi = await dengan(2024, 'DISETUJUI');

  // --- Rencana aksi (July and September; periode kinerja BULANAN) and progress of July
  const raValues = (periode: number, mulai: string, selesai: string, uraian: string) => ({
    instansiId,
    skpId: berlaku.skpId,
    rhkId: berlaku.rhk[0]!.id,
    indikatorId: berlaku.rhk[0]!.indikatorId,
    periode,
    periodeMulai: mulai,
    periodeSelesai: selesai,
    uraian,
    target: 2,
    satuan: 'usulan',
    dibuatOleh: id.pelaksana,
  });
  const [raUbah, raHapus] = await db
    .insert(rencanaAksi)
    .values([raValues(7, '2026-07-01', '2026-07-31', 'Memproses usulan Juli'), raValues(9, '2026-09-01', '2026-09-30', 'Memproses usulan September')])
    .returning({ id: rencanaAksi.id });
  const entri = (uraian: string) => ({
    instansiId,
    id: randomUUID(),
    pegawaiId: id.pelaksana,
    skpId: berlaku.skpId,
    rhkId: berlaku.rhk[0]!.id,
    indikatorId: berlaku.rhk[0]!.indikatorId,
    tanggal: '2026-07-10',
    uraian,
    jumlah: 1,
    dicatatOleh: id.pelaksana,
  });
  const [rBaca, rUbah, rHapus] = await db
    .insert(realisasi)
    .values([entri('Memproses usulan kenaikan pangkat'), entri('Memeriksa berkas usulan'), entri('Entri yang akan dihapus')])
    .returning({ id: realisasi.id });
  const [buktiHapus] = await db
    .insert(buktiDukung)
    .values({ instansiId, id: randomUUID(), realisasiId: rBaca!.id, jenis: 'TAUTAN', nama: 'Daftar usulan', tautan: 'https://contoh.go.id/usulan' })
    .returning({ id: buktiDukung.id });

  // --- Perjanjian kinerja, templates, notifications, service point, team
  const [pkUbah, pkHapus] = await db
    .insert(sasaranOrganisasi)
    .values([
      { instansiId, unitId: umpeg, tahun: 2026, sasaran: 'Meningkatnya layanan kepegawaian', indikator: 'Persentase usulan tepat waktu', target: '95%' },
      { instansiId, unitId: umpeg, tahun: 2026, sasaran: 'Sasaran yang akan dihapus', indikator: 'Indikator', target: '1' },
    ])
    .returning({ id: sasaranOrganisasi.id });
  const isiTemplat = [{ jenis: 'UTAMA', uraian: 'Terselenggaranya administrasi perkantoran', indikator: [{ aspek: 'KUANTITAS', uraian: 'Jumlah surat diproses', targetNilai: '100', targetSatuan: 'surat', targetTeks: null }] }];
  const dibuatOleh = await akunOf(id.adminBkpsdm);
  const [tUbah, tHapus] = await db
    .insert(skpTemplate)
    .values([
      { instansiId, nama: 'Templat Matriks', jabatanNama: 'Pengadministrasi Perkantoran', unitId: umpeg, isi: isiTemplat, dibuatOleh },
      { instansiId, nama: 'Templat Dihapus', jabatanNama: 'Pengadministrasi Perkantoran', unitId: umpeg, isi: isiTemplat, dibuatOleh },
    ])
    .returning({ id: skpTemplate.id });
  const [notif] = await db
    .insert(notifikasi)
    .values({ instansiId, pegawaiId: id.pelaksana, jenis: 'SKP_DISETUJUI', judul: 'SKP disetujui', pesan: 'SKP tahun 2026 Anda disetujui.', tautan: `/skp/${berlaku.skpId}` })
    .returning({ id: notifikasi.id });
  const kodeTitik = 'mxtitik234';
  const [titik] = await db.insert(titikLayanan).values({ instansiId, unitId: umpeg, nama: 'Loket Kepegawaian', kode: kodeTitik }).returning({ id: titikLayanan.id });
  const [tim] = await db
    .insert(timPenilai)
    .values({ instansiId, tahun: 2024, nama: 'Tim Penilai Matriks', nomorSk: 'MX/TPK/2024', anggota: [{ pegawaiId: id.perawat, peran: 'KETUA' }] })
    .returning({ id: timPenilai.id });

  // --- Bimbingan (pembimbing: the pejabat penilai)
  const sesi = (status: string, jadwal: string, topik: string) => ({
    instansiId,
    pegawaiId: id.pelaksana,
    pembimbingId: id.pengawas,
    jenis: 'COACHING',
    jadwal: new Date(jadwal),
    topik,
    status,
    diusulkanOleh: id.pengawas,
    ...(status === 'SELESAI' ? { catatan: 'Target bulan depan disepakati.' } : {}),
  });
  const [bJadwal, bBatal, bSelesai] = await db
    .insert(bimbingan)
    .values([
      sesi('DIJADWALKAN', '2026-07-27T02:00:00Z', 'Rencana aksi Agustus'),
      sesi('DIJADWALKAN', '2026-07-29T02:00:00Z', 'Sesi yang dibatalkan'),
      sesi('SELESAI', '2026-07-06T02:00:00Z', 'Evaluasi Juni'),
    ])
    .returning({ id: bimbingan.id });
  const [tl] = await db.insert(tindakLanjut).values({ instansiId, bimbinganId: bSelesai!.id, uraian: 'Merapikan arsip usulan', jatuhTempo: '2026-08-15' }).returning({ id: tindakLanjut.id });

  // --- Periods and evaluations
  const q1 = await pf.periode({ jenis: 'TRIWULANAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-03-31', status: 'DITUTUP' });
  const q2 = await pf.periode({ jenis: 'TRIWULANAN', nomor: 2, mulai: '2026-04-01', selesai: '2026-06-30' });
  const mei = await pf.periode({ jenis: 'BULANAN', nomor: 5, mulai: '2026-05-01', selesai: '2026-05-31', status: 'DITUTUP' });
  const tahunan2025P = await pf.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  const tutup = await pf.periode({ jenis: 'SEMESTERAN', nomor: 2, mulai: '2026-07-01', selesai: '2026-12-31' });
  const massal = await pf.periode({ jenis: 'SEMESTERAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-06-30' });
  const ev = (periodeId: string, s: SkpFixture, o: { status?: string; disampaikanAt?: Date } = {}) =>
    pf.evaluasiFinal({ periodeId, pegawaiId: id.pelaksana, skp: s, penilaiId: id.pengawas, atasanId: id.administrator, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', ...o });
  const evDraft = await ev(q2, berlaku, { status: 'DRAFT' });
  const evKeberatan = await ev(q1, berlaku, { disampaikanAt: new Date('2026-07-10T03:00:00Z') });
  const evAjukan = await ev(mei, berlaku, { disampaikanAt: new Date('2026-07-15T03:00:00Z') });
  const evTahunan = await ev(tahunan2025P, tahunan2025, { disampaikanAt: new Date('2026-01-20T03:00:00Z') });

  // A keberatan under clarification: the atasan pejabat penilai asked both sides.
  const [kb] = await db
    .insert(keberatan)
    .values({
      instansiId,
      evaluasiId: evKeberatan,
      pegawaiId: id.pelaksana,
      alasan: 'Rating hasil kerja tidak mencerminkan capaian triwulan I.',
      status: 'KLARIFIKASI',
      klarifikasi: [{ id: randomUUID(), dari: 'ATASAN', kepada: null, olehId: id.administrator, olehNama: 'Agus Setiawan', pesan: 'Mohon penjelasan kedua pihak.', at: '2026-07-12T03:00:00.000Z' }],
      createdAt: new Date('2026-07-11T03:00:00Z'),
    })
    .returning({ id: keberatan.id });
  await db.execute(sql`UPDATE evaluasi SET status = 'KEBERATAN' WHERE id = ${evKeberatan}`);

  // --- Pembinaan: rencana perbaikan cases of the pelaksana (proposed, or running with a plan)
  const rencanaBerjalan = { tujuan: 'Laporan tepat waktu', tindakan: [{ uraian: 'Jadwal mingguan', tenggat: '2026-08-15' }], checkIn: ['2026-09-01'], mulai: '2026-07-20', berakhir: '2027-01-20' };
  const kasusBaru = async (kunci: string, berjalan: boolean) => {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO kasus_pembinaan (instansi_id, pegawai_id, jenis, kode_aturan, kunci, dasar_hukum, alasan, evaluasi_ids, status, rencana, ditangani_oleh)
          VALUES (${instansiId}, ${id.pelaksana}, 'RENCANA_PERBAIKAN', 'RPK_TAHUNAN', ${kunci}, 'PP 30/2019 Pasal 58', 'Predikat Butuh Perbaikan (tahun 2025)', ARRAY[${evTahunan}]::uuid[],
                  ${berjalan ? 'DITINDAKLANJUTI' : 'DIUSULKAN'}, ${berjalan ? JSON.stringify(rencanaBerjalan) : null}::jsonb, ${berjalan ? id.pengawas : null})
          RETURNING id`,
    );
    return row!.id;
  };
  const kasusIds = {
    baca: await kasusBaru('MX_BACA', false),
    tindakLanjuti: await kasusBaru('MX_TL', false),
    abaikan: await kasusBaru('MX_ABAIKAN', false),
    checkIn: await kasusBaru('MX_CHECKIN', true),
    akui: await kasusBaru('MX_AKUI', true),
    selesaikan: await kasusBaru('MX_SELESAI', true),
  };

  // --- Award rounds (the pelaksana's 2025 result is Baik)
  const rondeBaru = async (nama: string, status: 'DRAFT' | 'DIPUTUSKAN', calon: boolean) => {
    const [r] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO ronde_penghargaan (instansi_id, nama, periode_id, predikat_minimum, status, nomor_keputusan, tanggal_keputusan, dibuat_oleh)
          VALUES (${instansiId}, ${nama}, ${tahunan2025P}, 'BAIK', ${status}, ${status === 'DIPUTUSKAN' ? '800/1/MX/2026' : null}, ${status === 'DIPUTUSKAN' ? '2026-02-01' : null}::date, ${id.adminBkpsdm})
          RETURNING id`,
    );
    const [g] = calon
      ? await queryRows<{ id: string }>(
          db,
          sql`INSERT INTO penghargaan (instansi_id, ronde_id, pegawai_id, evaluasi_id, jenis) VALUES (${instansiId}, ${r!.id}, ${id.pelaksana}, ${evTahunan}, 'PIAGAM') RETURNING id`,
        )
      : [];
    return { ronde: r!.id, calon: g?.id ?? '' };
  };
  const rdBaca = await rondeBaru('Ronde Matriks Baca', 'DRAFT', true);
  const rdTambah = await rondeBaru('Ronde Matriks Tambah', 'DRAFT', false);
  const rdPutuskan = await rondeBaru('Ronde Matriks Putuskan', 'DRAFT', true);
  const rdHapus = await rondeBaru('Ronde Matriks Hapus', 'DRAFT', true);
  const rdDiberikan = await rondeBaru('Ronde Matriks Diputuskan', 'DIPUTUSKAN', true);

  // --- Sanctions of the pelaksana, as BKPSDM recorded them
  const sanksiBaru = async (nomor: string) => {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO sanksi (instansi_id, pegawai_id, jenis, dasar_hukum, nomor, tanggal, pejabat_nama, pejabat_jabatan, uraian, dicatat_oleh)
          VALUES (${instansiId}, ${id.pelaksana}, 'TEGURAN_LISAN', 'PP 94/2021 Pasal 8', ${nomor}, '2026-07-01', 'Kepala Dinas', 'Kepala Dinas Kesehatan', 'Teguran', ${id.adminBkpsdm})
          RETURNING id`,
    );
    return row!.id;
  };
  const sanksiIds = { akui: await sanksiBaru('MX/1'), koreksi: await sanksiBaru('MX/2') };

  // --- 360° nominations of the pelaksana in the open quarter
  const [nSetujui, nTolak, nKuesioner] = await db
    .insert(nominasi360)
    .values([
      { instansiId, periodeId: q2, pegawaiId: id.pelaksana, penilaiId: r1!.id, hubungan: 'REKAN' },
      { instansiId, periodeId: q2, pegawaiId: id.pelaksana, penilaiId: r2!.id, hubungan: 'REKAN' },
      { instansiId, periodeId: q2, pegawaiId: id.pelaksana, penilaiId: id.pengelola, hubungan: 'REKAN', status: 'DISETUJUI' },
    ])
    .returning({ id: nominasi360.id });

  // --- Stored files go through the API (the storage adapter writes them)
  const cookie = await masuk(t, NIP.pelaksana);
  const buktiId = randomUUID();
  const mpB = multipart([
    { name: 'id', value: buktiId },
    { name: 'file', filename: 'bukti.png', type: 'image/png', data: PNG },
  ]);
  ok(await t.app.inject({ method: 'POST', url: `/api/v1/realisasi/${rBaca!.id}/bukti`, headers: { ...KLIEN, ...mpB.headers, cookie }, payload: mpB.payload }), 'bukti', 201);
  const mpL = multipart([{ name: 'file', filename: 'lampiran.pdf', type: 'application/pdf', data: PDF }]);
  const lampiranRes = await t.app.inject({ method: 'POST', url: `/api/v1/keberatan/${kb!.id}/lampiran`, headers: { ...KLIEN, ...mpL.headers, cookie }, payload: mpL.payload });
  ok(lampiranRes, 'lampiran keberatan', 200);
  const lampiranId = one(lampiranRes.json<{ lampiran: Array<{ id: string }> }>().lampiran, 'lampiran').id;

  // --- Pengembangan kompetensi: a catalogue entry, the pelaksana's draft plan of 2026, two completed trainings (one with its certificate)
  const [kat] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO pelatihan_katalog (instansi_id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara) VALUES (${instansiId}, 'MX-01', 'Pelatihan Matriks', 'TEKNIS', 'KLASIKAL', 16, 'BKPSDM') RETURNING id`,
  );
  await queryRows(
    db,
    sql`INSERT INTO rencana_pengembangan (instansi_id, pegawai_id, tahun, items, ditulis_oleh)
        VALUES (${instansiId}, ${id.pelaksana}, 2026, ${JSON.stringify([{ pelatihanId: kat!.id, judul: 'Pelatihan Matriks', jenisKompetensi: 'TEKNIS', jp: 16 }])}::jsonb, ${id.pelaksana}) RETURNING id`,
  );
  const pelatihanBaru = async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tindak-lanjut/pengembangan/pegawai/${id.pelaksana}/pelatihan`,
      headers: { ...KLIEN, cookie },
      payload: { judul: 'Pelatihan Matriks', jenisKompetensi: 'TEKNIS', metode: 'KLASIKAL', jp: 16, penyelenggara: 'BKPSDM', tanggalMulai: '2026-05-04', tanggalSelesai: '2026-05-06' },
    });
    ok(res, 'pelatihan', 201);
    return res.json<{ id: string }>().id;
  };
  const [pakRow] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO penetapan_angka_kredit (instansi_id, pegawai_id, nomor, tanggal, jenjang, golongan, total_milli, rincian)
        VALUES (${instansiId}, ${id.pelaksana}, 'MX/PAK/1', '2026-07-01', 'AHLI_PERTAMA', 'III/a', 12500, '[]'::jsonb) RETURNING id`,
  );
  await queryRows(db, sql`INSERT INTO skema_tpp (instansi_id, skema) VALUES (${instansiId}, ${JSON.stringify(CONTOH_SKEMA_TPP)}::jsonb) RETURNING instansi_id`);
  const [tppRun] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO tpp_run (instansi_id, bulan, skema, jumlah_pegawai, jumlah_gagal, total_dibayar) VALUES (${instansiId}, '2026-06', ${JSON.stringify(CONTOH_SKEMA_TPP)}::jsonb, 0, 0, 0) RETURNING id`,
  );
  const [bendahara] = await queryRows<{ id: string }>(db, sql`INSERT INTO bendahara_tpp (instansi_id, unit_id, pegawai_id) VALUES (${instansiId}, ${dinkes}, ${id.pengelola}) RETURNING id`);
  const pelatihanIds = { katalog: kat!.id, bersertifikat: await pelatihanBaru(), tanpaSertifikat: await pelatihanBaru() };
  const mpS = multipart([{ name: 'file', filename: 'sertifikat.pdf', type: 'application/pdf', data: PDF }]);
  ok(
    await t.app.inject({ method: 'POST', url: `/api/v1/tindak-lanjut/pengembangan/pelatihan/${pelatihanIds.bersertifikat}/sertifikat`, headers: { ...KLIEN, ...mpS.headers, cookie }, payload: mpS.payload }),
    'sertifikat',
    200,
  );
  ok(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...KLIEN, cookie } }), 'logout', 204);

  const ins = one(await queryRows<{ periode_kinerja: string; pengingat_realisasi_hari: number }>(db, sql`SELECT periode_kinerja, pengingat_realisasi_hari FROM instansi WHERE id = ${instansiId}`), 'instansi');

  const nip: Record<Peran, string | null> = {
    anonim: null,
    pegawai: NIP.pelaksana,
    atasan: NIP.pengawas,
    atasanPenilai: NIP.administrator,
    pengelola: NIP.pengelola,
    pimpinan: kadisDisdik.nip,
    adminBkpsdm: NIP.adminBkpsdm,
    adminSistem: NIP.adminSistem,
    rekan: NIP.perawat,
    pemdaLain: lain.nip,
  };

  const f: Omit<Fiksasi, 'rahasia'> = {
    instansiId,
    nip,
    pegawai: { pelaksana: id.pelaksana, pengawas: id.pengawas, administrator: id.administrator, pengelola: id.pengelola, perawat: id.perawat, pimpinan: kadisDisdik.id, adminBkpsdm: id.adminBkpsdm },
    rekanUnit: [r1!.id, r2!.id, r3!.id],
    akunRekanUnit: { id: akunRekan[0]!, nip: '199801012022031101' },
    pegawaiTanpaAkun: tanpaAkun!.id,
    pegawaiHapus: hapusP!.id,
    pelaksanaIsi: { nip: pelaksanaRow.nip, nama: pelaksanaRow.nama, jenisAsn: pelaksanaRow.jenisAsn, golongan: pelaksanaRow.golongan, jabatanId: pelaksanaRow.jabatanId },
    akunPelaksana: await akunOf(id.pelaksana),
    unit: { umpeg, dinkes, ubah: ubahU!.id, hapus: hapusU!.id },
    jabatan: { pelaksana: jabPelaksana, ubah: jabUbah!.id, hapus: jabHapus!.id, kepalaPlt: jabKepalaPlt!.id },
    pltHapus: plt!.id,
    skp: {
      berlaku,
      ubah: { skpId: ubah.skpId, rhkUbah: ubah.rhk[0]!.id, rhkHapus: ubah.rhk[1]!.id },
      ajukan: ajukan.skpId,
      tarik: tarik.skpId,
      setujui: setujui.skpId,
      kembalikan: kembalikan.skpId,
      tetapkan: tetapkan.skpId,
      revisi: revisi.skpId,
    },
    rencanaAksi: { ubah: raUbah!.id, hapus: raHapus!.id },
    realisasi: { baca: rBaca!.id, ubah: rUbah!.id, hapus: rHapus!.id },
    bukti: { berkas: buktiId, hapus: buktiHapus!.id },
    pk: { ubah: pkUbah!.id, hapus: pkHapus!.id },
    templat: { ubah: tUbah!.id, hapus: tHapus!.id },
    notifikasi: notif!.id,
    bimbingan: { jadwal: bJadwal!.id, batal: bBatal!.id, selesai: bSelesai!.id, tindakLanjut: tl!.id },
    periode: { q1, q2, mei, tahunan2025: tahunan2025P, tutup, massal },
    evaluasi: { draft: evDraft, tahunan: evTahunan, ajukan: evAjukan, keberatan: evKeberatan },
    keberatan: { id: kb!.id, lampiran: lampiranId },
    kasus: kasusIds,
    sanksi: sanksiIds,
    pengembangan: pelatihanIds,
    pak: pakRow!.id,
    tppRun: tppRun!.id,
    bendahara: bendahara!.id,
    ronde: { baca: rdBaca.ronde, tambah: rdTambah.ronde, putuskan: rdPutuskan.ronde, hapus: rdHapus.ronde, calonHapus: rdHapus.calon, diberikan: rdDiberikan.calon },
    nominasi: { setujui: nSetujui!.id, tolak: nTolak!.id, kuesioner: nKuesioner!.id },
    tim: tim!.id,
    titik: { id: titik!.id, kode: kodeTitik },
    pengaturan: { periodeKinerja: ins.periode_kinerja, pengingatRealisasiHari: ins.pengingat_realisasi_hari },
  };
  const rahasia = new Set<string>([instansiId, kodeTitik, ...Object.values(NIP), kadisDisdik.nip, '199801012022031101']);
  const kumpulkan = (v: unknown): void => {
    if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) rahasia.add(v);
    else if (Array.isArray(v)) v.forEach(kumpulkan);
    else if (v && typeof v === 'object') Object.values(v).forEach(kumpulkan);
  };
  kumpulkan({ ...f, nip: null, pengaturan: null });
  return { ...f, rahasia: [...rahasia] };
}

/** Every BerAKHLAK value with a score, for the 360° questionnaire. */
export const SKOR_360 = Object.fromEntries(BERAKHLAK_KODE.map((k) => [k, 4])) as Record<(typeof BERAKHLAK_KODE)[number], number>;

/** The current row version of a record (bodies that must carry it read it just before the call). */
export async function versi(t: Ctx, tabel: 'skp' | 'realisasi' | 'evaluasi' | 'bimbingan', id: string): Promise<number> {
  const rows = await queryRows<{ v: number }>(t.database.db, sql`SELECT row_version AS v FROM ${sql.identifier(tabel)} WHERE id = ${id}`);
  return one(rows, `${tabel} ${id}`).v;
}
