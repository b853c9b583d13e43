import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { ImporKatalogResult, KatalogList, Pelatihan, PengembanganPegawai, RekapPengembangan, Riwayat, Ringkasan } from '@capaian/contract/pengembangan';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { multipart, PDF, PNG } from '../../test/matriks-fixture.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2026-11-20T03:00:00Z') });
const f = await penilaianFixture(t);
const URL = '/api/v1/tindak-lanjut/pengembangan';

let keuangan: Pelatihan;
let pelayanan: Pelatihan;

beforeAll(async () => {
  // Last year's annual result of the pelaksana: every RHK below expectation, perilaku below expectation,
  // and a development line agreed in the discussion.
  const tahunan = await f.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  const e = await f.evaluasiFinal({
    periodeId: tahunan,
    pegawaiId: f.id.pelaksana,
    skp: await f.skpDisetujui(f.id.pelaksana, 2025),
    penilaiId: f.id.pengawas,
    atasanId: f.id.administrator,
    hk: 'DI_BAWAH_EKSPEKTASI',
    rp: 'DI_BAWAH_EKSPEKTASI',
    finalAt: new Date('2026-01-20T03:00:00Z'),
  });
  await queryRows(
    f.db,
    sql`UPDATE evaluasi SET diskusi = ${JSON.stringify({ baik: 'Tepat waktu', perbaikan: 'Ketelitian', rencanaPengembangan: ['Kursus pengelolaan arsip digital'], dicatatAt: '2026-01-21T03:00:00Z', dicatatOleh: null })}::jsonb
         WHERE instansi_id = ${f.instansiId} AND id = ${e}`,
  );
});

const pelatihan = (o: Partial<Pelatihan> = {}) => ({
  kode: 'KPG-01',
  judul: 'Manajemen Administrasi Kepegawaian',
  jenisKompetensi: 'TEKNIS',
  metode: 'KLASIKAL',
  jp: 24,
  penyelenggara: 'BKPSDM',
  kataKunci: ['kepegawaian', 'kenaikan pangkat'],
  nilaiBerakhlak: [],
  aktif: true,
  ...o,
});

describe('the training catalogue', () => {
  it('BKPSDM adds and edits entries; a used code, a stale version and anyone else are refused', async () => {
    const res = await t.api('POST', `${URL}/katalog`, { as: NIP.adminBkpsdm, body: pelatihan() });
    expect(res.statusCode, res.body).toBe(201);
    keuangan = res.json<Pelatihan>();
    expect(keuangan).toMatchObject({ kode: 'KPG-01', jp: 24, aktif: true, rowVersion: 1 });

    const dupe = await t.api('POST', `${URL}/katalog`, { as: NIP.adminBkpsdm, body: pelatihan() });
    expect(dupe.json()).toMatchObject({ error: 'validation_failed', fields: { kode: 'kode KPG-01 sudah dipakai pelatihan lain' } });
    const salah = await t.api('POST', `${URL}/katalog`, { as: NIP.adminBkpsdm, body: pelatihan({ kode: 'X', jp: 0 }) });
    expect(salah.json()).toMatchObject({ fields: { kode: expect.stringContaining('2–40 karakter'), jp: 'paling sedikit 1' } });
    expect((await t.api('POST', `${URL}/katalog`, { as: NIP.pelaksana, body: pelatihan({ kode: 'LAIN' }) })).statusCode).toBe(403);

    const ubah = await t.api('PUT', `${URL}/katalog/${keuangan.id}`, { as: NIP.adminBkpsdm, body: { ...pelatihan({ jp: 32 }), rowVersion: 1 } });
    expect(ubah.json<Pelatihan>()).toMatchObject({ jp: 32, rowVersion: 2 });
    const basi = await t.api('PUT', `${URL}/katalog/${keuangan.id}`, { as: NIP.adminBkpsdm, body: { ...pelatihan({ jp: 40 }), rowVersion: 1 } });
    expect(basi.statusCode).toBe(409);
    expect(basi.json()).toMatchObject({ error: 'version_conflict' });
    // Another pemda's administrator does not find it.
    const lain = await t.otherPemdaAdmin();
    expect((await t.api('PUT', `${URL}/katalog/${keuangan.id}`, { as: lain.nip, body: { ...pelatihan(), rowVersion: 2 } })).statusCode).toBe(404);
    expect((await t.api('GET', `${URL}/katalog`, { as: lain.nip })).json<KatalogList>().items.map((k) => k.id)).not.toContain(keuangan.id);
  });

  it('imports from XLSX all rows or none: a bad row refuses the file naming row and column; a known code is updated', async () => {
    const templat = await t.api('GET', `${URL}/katalog/templat`, { as: NIP.adminBkpsdm });
    expect(templat.statusCode).toBe(200);
    expect((await t.api('GET', `${URL}/katalog/templat`, { as: NIP.pelaksana })).statusCode).toBe(403);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(templat.rawPayload as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('katalog')!.getRow(1).values as string[]).filter(Boolean);
    expect(header).toEqual(['kode', 'judul', 'jenis_kompetensi', 'metode', 'jp', 'penyelenggara', 'kata_kunci', 'nilai_berakhlak', 'aktif']);

    const xlsx = async (rows: string[][]) => {
      const b = new ExcelJS.Workbook();
      const ws = b.addWorksheet('katalog');
      ws.addRow(header);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await b.xlsx.writeBuffer());
    };
    const impor = async (data: Buffer) => {
      const mp = multipart([{ name: 'file', filename: 'katalog.xlsx', type: 'application/octet-stream', data }]);
      return t.app.inject({ method: 'POST', url: `${URL}/katalog/impor`, headers: { ...mp.headers, ...KLIEN, cookie: await t.login(NIP.adminBkpsdm) }, payload: mp.payload });
    };
    const sebelum = (await t.api('GET', `${URL}/katalog?semua=true`, { as: NIP.adminBkpsdm })).json<KatalogList>().items.length;
    const buruk = await impor(
      await xlsx([
        ['PP-01', 'Pelayanan Prima', 'sosial kultural', 'workshop', '16', 'BPSDM Provinsi', 'pelayanan, warga', 'Berorientasi Pelayanan', 'ya'],
        ['PP-02', 'Pelatihan Kepemimpinan', 'kepemimpinan', 'klasikal', 'dua puluh', 'LAN', '', 'Rajin', 'mungkin'],
        ['PP-01', 'Duplikat', 'teknis', 'klasikal', '8', 'BKPSDM', '', '', ''],
      ]),
    );
    expect(buruk.statusCode).toBe(400);
    const galat = buruk.json<{ error: string; details: { baris: Array<{ baris: number; kolom: string; alasan: string }> } }>();
    expect(galat.error).toBe('impor_ditolak');
    expect(galat.details.baris.map((b) => [b.baris, b.kolom])).toEqual([
      [3, 'jenis_kompetensi'],
      [3, 'nilai_berakhlak'],
      [3, 'aktif'],
      [3, 'jp'],
      [4, 'kode'],
    ]);
    expect(galat.details.baris[3]!.alasan).toBe('harus berupa angka');
    expect((await t.api('GET', `${URL}/katalog?semua=true`, { as: NIP.adminBkpsdm })).json<KatalogList>().items).toHaveLength(sebelum);

    const baik = await impor(
      await xlsx([
        ['PP-01', 'Pelayanan Prima', 'sosial kultural', 'workshop', '16', 'BPSDM Provinsi', 'pelayanan, warga', 'Berorientasi Pelayanan', 'ya'],
        ['KPG-01', 'Manajemen Administrasi Kepegawaian', 'teknis', 'e-learning', '20', 'BKPSDM', 'kepegawaian, kenaikan pangkat', '', 'ya'],
      ]),
    );
    expect(baik.statusCode, baik.body).toBe(200);
    expect(baik.json<ImporKatalogResult>()).toEqual({ dibuat: 1, diperbarui: 1 });
    const katalog = (await t.api('GET', `${URL}/katalog`, { as: NIP.pelaksana })).json<KatalogList>();
    expect(katalog.can.ubah).toBe(false);
    pelayanan = katalog.items.find((k) => k.kode === 'PP-01')!;
    expect(pelayanan).toMatchObject({ jenisKompetensi: 'SOSIAL_KULTURAL', metode: 'WORKSHOP', nilaiBerakhlak: ['BERORIENTASI_PELAYANAN'] });
    expect(katalog.items.find((k) => k.kode === 'KPG-01')).toMatchObject({ metode: 'E_LEARNING', jp: 20, rowVersion: 3 });
    const [audit] = await queryRows<{ summary: string; actor_nip: string }>(f.db, sql`SELECT summary, actor_nip FROM audit_event WHERE entity_type = 'pelatihan_katalog' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ summary: 'Impor katalog pelatihan dari katalog.xlsx: 1 baru, 1 diperbarui', actor_nip: NIP.adminBkpsdm });
  });
});

describe("a pegawai's development year", () => {
  let halaman: PengembanganPegawai;
  const halamanUrl = () => `${URL}/pegawai/${f.id.pelaksana}`;

  it('shows the needs their own results give and suggestions from the catalogue with the reason', async () => {
    const res = await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.pelaksana });
    expect(res.statusCode, res.body).toBe(200);
    halaman = res.json<PengembanganPegawai>();
    expect(halaman.rencana).toBeNull();
    const sumber = halaman.kebutuhan.map((k) => [k.sumber, k.uraian]);
    expect(sumber).toContainEqual(['RHK', 'Terselenggaranya layanan administrasi kepegawaian yang tertib']);
    expect(sumber).toContainEqual(['BERAKHLAK', 'Berorientasi Pelayanan']);
    expect(sumber).toContainEqual(['DISKUSI', 'Kursus pengelolaan arsip digital']);
    const kpg = halaman.saran.find((s) => s.pelatihan.kode === 'KPG-01')!;
    expect(kpg.kebutuhan[0]).toMatchObject({ sumber: 'RHK', alasan: ['kata kunci "kepegawaian"', 'judul memuat "administrasi", "kepegawaian"'] });
    expect(halaman.saran.find((s) => s.pelatihan.kode === 'PP-01')!.kebutuhan.map((k) => k.sumber)).toContain('BERAKHLAK');
    expect(halaman.jp).toEqual({ target: 20, selesai: 0, tanpaSertifikat: 0, terencana: 0, kekurangan: 20, memenuhi: false });
    expect(halaman.dasarHukum).toContain('PP 11/2017 Pasal 203');
    expect(halaman.can).toMatchObject({ ubahRencana: true, ajukan: false, catatPelatihan: true });
  });

  it('the plan is written by the pegawai, proposed, returned with a note, proposed again and agreed by the pejabat penilai', async () => {
    const items = [
      { pelatihanId: keuangan.id, judul: keuangan.judul, jenisKompetensi: 'TEKNIS', jp: 20, kebutuhan: 'Terselenggaranya layanan administrasi kepegawaian yang tertib', bulanTarget: 3 },
      { pelatihanId: pelayanan.id, judul: pelayanan.judul, jenisKompetensi: 'SOSIAL_KULTURAL', jp: 16 },
    ];
    const bukanKatalog = await t.api('PUT', `${halamanUrl()}/rencana`, { as: NIP.pelaksana, body: { tahun: 2026, items: [{ ...items[0], pelatihanId: f.instansiId }] } });
    expect(bukanKatalog.json()).toMatchObject({ fields: { 'items.0.pelatihanId': 'pelatihan tidak ada di katalog pemda ini' } });
    const simpan = await t.api('PUT', `${halamanUrl()}/rencana`, { as: NIP.pelaksana, body: { tahun: 2026, items } });
    expect(simpan.statusCode, simpan.body).toBe(200);
    let r = simpan.json<PengembanganPegawai>();
    expect(r.rencana).toMatchObject({ status: 'DRAF', jp: 36, rowVersion: 1 });
    expect(r.can).toMatchObject({ ajukan: true, sepakati: false });
    // A peer and another pemda's admin do not find the page; the pejabat penilai sees and may agree it.
    expect((await t.api('GET', halamanUrl(), { as: NIP.guru })).statusCode).toBe(404);
    expect((await t.api('GET', halamanUrl(), { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
    expect((await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.pengawas })).json<PengembanganPegawai>().can).toMatchObject({ sepakati: true, ajukan: false });

    const aksi = (as: string, body: object) => t.api('POST', `${halamanUrl()}/rencana/aksi`, { as, body: { tahun: 2026, ...body } });
    r = (await aksi(NIP.pelaksana, { aksi: 'ajukan', rowVersion: 1 })).json<PengembanganPegawai>();
    expect(r.rencana!.status).toBe('DIAJUKAN');
    const [notif] = await queryRows<{ judul: string }>(f.db, sql`SELECT judul FROM notifikasi WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.pengawas} AND jenis = 'pengembangan'`);
    expect(notif).toEqual({ judul: 'Rencana pengembangan kompetensi diajukan' });
    const terkunci = await t.api('PUT', `${halamanUrl()}/rencana`, { as: NIP.pelaksana, body: { tahun: 2026, items, rowVersion: 2 } });
    expect(terkunci.json()).toMatchObject({ error: 'illegal_transition' });
    expect((await aksi(NIP.pelaksana, { aksi: 'sepakati', rowVersion: 2 })).json()).toMatchObject({ error: 'illegal_transition' });
    expect((await aksi(NIP.pengawas, { aksi: 'kembalikan', rowVersion: 2 })).json()).toMatchObject({ fields: { catatan: 'tuliskan apa yang perlu diperbaiki' } });
    r = (await aksi(NIP.pengawas, { aksi: 'kembalikan', rowVersion: 2, catatan: 'Tambahkan target bulan untuk pelayanan prima' })).json<PengembanganPegawai>();
    expect(r.rencana).toMatchObject({ status: 'DRAF', catatanAtasan: 'Tambahkan target bulan untuk pelayanan prima' });
    r = (await t.api('PUT', `${halamanUrl()}/rencana`, { as: NIP.pelaksana, body: { tahun: 2026, items: [items[0], { ...items[1], bulanTarget: 6 }], rowVersion: 3 } })).json<PengembanganPegawai>();
    r = (await aksi(NIP.pelaksana, { aksi: 'ajukan', rowVersion: 4 })).json<PengembanganPegawai>();
    expect((await aksi(NIP.pengawas, { aksi: 'sepakati', rowVersion: 4 })).json()).toMatchObject({ error: 'version_conflict' });
    const sepakat = await aksi(NIP.pengawas, { aksi: 'sepakati', rowVersion: 5 });
    expect(sepakat.statusCode, sepakat.body).toBe(200);
    r = sepakat.json<PengembanganPegawai>();
    expect(r.rencana).toMatchObject({ status: 'DISEPAKATI', disepakatiOleh: expect.any(String), jp: 36 });
    expect(r.jp.terencana).toBe(36);
    // The atasan pejabat penilai reads it but does not decide it.
    expect((await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.administrator })).json<PengembanganPegawai>().can).toMatchObject({ sepakati: false, revisi: false, ubahRencana: false });
    expect((await aksi(NIP.administrator, { aksi: 'revisi', rowVersion: 6 })).statusCode).toBe(403);

    // A revision keeps the agreed version.
    r = (await aksi(NIP.pelaksana, { aksi: 'revisi', rowVersion: 6 })).json<PengembanganPegawai>();
    expect(r.rencana).toMatchObject({ status: 'DRAF', disepakatiAt: null });
    expect(r.rencana!.versiSebelumnya).toHaveLength(1);
    expect(r.rencana!.versiSebelumnya[0]!.items.map((i) => i.judul)).toEqual([keuangan.judul, pelayanan.judul]);
    r = (await aksi(NIP.pengawas, { aksi: 'sepakati', rowVersion: 7 })).json<PengembanganPegawai>();
    expect(r.rencana!.status).toBe('DISEPAKATI');
    const audit = await queryRows<{ summary: string; actor_nip: string }>(f.db, sql`SELECT summary, actor_nip FROM audit_event WHERE entity_type = 'rencana_pengembangan' ORDER BY id`);
    expect(audit.map((a) => a.actor_nip)).toEqual([NIP.pelaksana, NIP.pelaksana, NIP.pengawas, NIP.pelaksana, NIP.pelaksana, NIP.pengawas, NIP.pelaksana, NIP.pengawas]);
  });

  it('a completed training counts once its certificate (checked like evidence) is uploaded', async () => {
    const body = { pelatihanId: keuangan.id, judul: keuangan.judul, jenisKompetensi: 'TEKNIS', metode: 'E_LEARNING', jp: 20, penyelenggara: 'BKPSDM', tanggalMulai: '2026-03-02', tanggalSelesai: '2026-03-05', nomorSertifikat: 'SERT/123/2026' };
    expect((await t.api('POST', `${halamanUrl()}/pelatihan`, { as: NIP.pelaksana, body: { ...body, tanggalSelesai: '2026-12-01' } })).json()).toMatchObject({
      fields: { tanggalSelesai: 'pelatihan yang dicatat harus sudah selesai (tidak boleh setelah hari ini)' },
    });
    expect((await t.api('POST', `${halamanUrl()}/pelatihan`, { as: NIP.pelaksana, body: { ...body, tanggalMulai: '2026-03-06' } })).json()).toMatchObject({
      fields: { tanggalSelesai: 'tidak boleh sebelum tanggal mulai' },
    });
    expect((await t.api('POST', `${halamanUrl()}/pelatihan`, { as: NIP.pengawas, body })).statusCode).toBe(403);
    const res = await t.api('POST', `${halamanUrl()}/pelatihan`, { as: NIP.pelaksana, body });
    expect(res.statusCode, res.body).toBe(201);
    const rw = res.json<Riwayat>();
    expect(rw).toMatchObject({ tahun: 2026, sertifikat: null, can: { unggahSertifikat: true, hapus: true } });
    expect((await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.pelaksana })).json<PengembanganPegawai>().jp).toMatchObject({ selesai: 0, tanpaSertifikat: 20, kekurangan: 20 });

    const unggah = async (nip: string, filename: string, type: string, data: Buffer) => {
      const mp = multipart([{ name: 'file', filename, type, data }]);
      return t.app.inject({ method: 'POST', url: `${URL}/pelatihan/${rw.id}/sertifikat`, headers: { ...mp.headers, ...KLIEN, cookie: await t.login(nip) }, payload: mp.payload });
    };
    expect((await unggah(NIP.guru, 'sertifikat.pdf', 'application/pdf', PDF)).statusCode).toBe(404);
    expect((await unggah(NIP.pengawas, 'sertifikat.pdf', 'application/pdf', PDF)).statusCode).toBe(403);
    const html = await unggah(NIP.pelaksana, 'sertifikat.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ error: 'jenis_berkas_ditolak', fields: { file: expect.any(String) } });
    const ok = await unggah(NIP.pelaksana, 'sertifikat', 'application/octet-stream', PNG);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Riwayat>().sertifikat).toEqual({ nama: 'sertifikat.png', mime: 'image/png', ukuran: PNG.length });
    expect((await unggah(NIP.pelaksana, 'lagi.pdf', 'application/pdf', PDF)).json()).toMatchObject({ error: 'id_dipakai' });

    const unduh = await t.api('GET', `${URL}/pelatihan/${rw.id}/sertifikat`, { as: NIP.pengawas });
    expect(unduh.statusCode).toBe(200);
    expect(unduh.headers['content-type']).toBe('image/png');
    expect(unduh.rawPayload.equals(PNG)).toBe(true);
    expect((await t.api('GET', `${URL}/pelatihan/${rw.id}/sertifikat`, { as: NIP.guru })).statusCode).toBe(404);

    const page = (await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.pelaksana })).json<PengembanganPegawai>();
    expect(page.jp).toEqual({ target: 20, selesai: 20, tanpaSertifikat: 0, terencana: 36, kekurangan: 0, memenuhi: true });
    expect(page.riwayat.map((x) => x.judul)).toEqual([keuangan.judul]);

    // BKPSDM records one for the pegawai too; the pegawai deletes a wrong record and the hours follow.
    const olehBkpsdm = await t.api('POST', `${halamanUrl()}/pelatihan`, { as: NIP.adminBkpsdm, body: { ...body, pelatihanId: null, judul: 'Orientasi Sistem Informasi', jp: 4 } });
    expect(olehBkpsdm.statusCode).toBe(201);
    const id2 = olehBkpsdm.json<Riwayat>().id;
    expect((await t.api('DELETE', `${URL}/pelatihan/${id2}`, { as: NIP.pengawas })).statusCode).toBe(403);
    expect((await t.api('DELETE', `${URL}/pelatihan/${id2}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    expect((await t.api('GET', `${halamanUrl()}?tahun=2026`, { as: NIP.pelaksana })).json<PengembanganPegawai>().riwayat).toHaveLength(1);
    const [hapus] = await queryRows<{ actor_nip: string; summary: string }>(f.db, sql`SELECT actor_nip, summary FROM audit_event WHERE entity_type = 'riwayat_pelatihan' AND entity_id = ${id2} ORDER BY id DESC LIMIT 1`);
    expect(hapus).toEqual({ actor_nip: NIP.pelaksana, summary: 'Catatan pelatihan dihapus: Orientasi Sistem Informasi (4 JP, 2026)' });
  });

  it('the one-page summary: own, and the team of a pejabat penilai', async () => {
    const saya = (await t.api('GET', '/api/v1/tindak-lanjut/ringkasan?tahun=2026', { as: NIP.pelaksana })).json<Ringkasan>();
    expect(saya.items).toHaveLength(1);
    expect(saya.items[0]).toMatchObject({ rencana: { status: 'DISEPAKATI', jp: 36, jumlahKegiatan: 2 }, jp: { selesai: 20, memenuhi: true } });
    const tim = (await t.api('GET', '/api/v1/tindak-lanjut/ringkasan?lingkup=TIM&tahun=2026', { as: NIP.pengawas })).json<Ringkasan>();
    expect(tim.items.map((i) => i.pegawai.nip)).toContain(NIP.pelaksana);
    const lain = tim.items.filter((i) => i.pegawai.nip !== NIP.pelaksana);
    expect(lain.length).toBeGreaterThan(0);
    for (const i of lain) expect(i).toMatchObject({ rencana: null, jp: { selesai: 0, kekurangan: 20 } });
    expect((await t.api('GET', '/api/v1/tindak-lanjut/ringkasan?lingkup=TIM', { as: NIP.pelaksana })).json<Ringkasan>().items).toEqual([]);
  });

  it("BKPSDM's recap: per perangkat daerah who reached the target, the most common needs, and who is below it", async () => {
    expect((await t.api('GET', `${URL}/rekap?tahun=2026`, { as: NIP.pengawas })).statusCode).toBe(403);
    const rekap = (await t.api('GET', `${URL}/rekap?tahun=2026`, { as: NIP.adminBkpsdm })).json<RekapPengembangan>();
    expect(rekap.targetJp).toBe(20);
    expect(rekap.diBawahTarget).toBeNull();
    const total = rekap.perangkatDaerah.reduce((s, p) => s + p.memenuhi, 0);
    expect(total).toBe(1);
    expect(rekap.kebutuhanTerbanyak.map((k) => [k.judul, k.jumlahPegawai])).toEqual([
      [keuangan.judul, 1],
      [pelayanan.judul, 1],
    ]);
    const pd = rekap.perangkatDaerah.find((p) => p.memenuhi === 1)!;
    const satu = (await t.api('GET', `${URL}/rekap?tahun=2026&perangkatDaerahId=${pd.unit.id}`, { as: NIP.adminBkpsdm })).json<RekapPengembangan>();
    expect(satu.diBawahTarget!.length).toBe(pd.diBawahTarget);
    expect(satu.diBawahTarget!.map((d) => d.pegawai.nip)).not.toContain(NIP.pelaksana);
    expect((await t.api('GET', `${URL}/rekap?perangkatDaerahId=${f.instansiId}`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ fields: { perangkatDaerahId: 'bukan perangkat daerah instansi ini' } });
  });
});
