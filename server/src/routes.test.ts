import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, NIP, KLIEN } from '../test/context.js';
import { queryRows } from './db/client.js';
import { userRole } from './db/schema.js';

const t = await createTestContext();

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Every (method, path) the app serves, read back from Fastify's route tree (HEAD left out). */
function allRoutes(): Array<{ method: Method; path: string }> {
  const out: Array<{ method: Method; path: string }> = [];
  const stack: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()))
      if (method === 'GET' || method === 'POST' || method === 'PUT' || method === 'DELETE') out.push({ method, path });
  }
  return out;
}

const PUBLIC = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/verifikasi/:jenis/:id', 'GET /api/v1/publik/layanan/:kode', 'POST /api/v1/publik/layanan/:kode']);

describe('authentication on every /api/v1 route', () => {
  const routes = allRoutes().filter((r) => r.path.startsWith('/api/v1/'));

  it('finds the routes of every feature', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/login',
        'GET /api/v1/auth/me',
        'POST /api/v1/auth/password',
        'GET /api/v1/unit-kerja/:id',
        'DELETE /api/v1/jabatan/:id',
        'POST /api/v1/plt',
        'GET /api/v1/pegawai/:id/atasan',
        'GET /api/v1/profil',
        'PUT /api/v1/akun/:id/peran',
        'POST /api/v1/akun/:id/buka-kunci',
        'GET /api/v1/audit',
        'POST /api/v1/impor/:jenis',
        'GET /api/v1/impor/:jenis/templat',
        'POST /api/v1/realisasi',
        'GET /api/v1/bukti/:id/unduh',
        'GET /api/v1/email-outbox',
        'PUT /api/v1/instansi/pengaturan',
        'POST /api/v1/kehadiran/impor',
        'GET /api/v1/kehadiran/rekap',
        'GET /api/v1/pemantauan/tim',
        'GET /api/v1/pemantauan/unit',
        'GET /api/v1/live',
        'POST /api/v1/keberatan/:id/putuskan',
        'GET /api/v1/tim-penilai/:id/hasil',
        'GET /api/v1/penilaian/evaluasi/:id/pdf',
        'GET /api/v1/siasn/ekspor',
        'POST /api/v1/360/nominasi',
        'GET /api/v1/360/ringkasan',
        'GET /api/v1/layanan-publik/tren',
        'POST /api/v1/publik/layanan/:kode',
        'GET /api/v1/bantuan',
        'POST /api/v1/bantuan/tur/selesai',
        'GET /api/v1/bantuan/panduan/:peran.pdf',
        'GET /api/v1/bantuan/gambar/:nama',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(33);
  });

  const guarded = allRoutes().filter((r) => r.path.startsWith('/api/v1/') && !PUBLIC.has(`${r.method} ${r.path}`));
  it.each(guarded.map((r) => [r.method, r.path] as const))('%s %s answers 401 without a session', async (method, path) => {
    const url = path.replaceAll(':id', randomUUID()).replaceAll(':jenis', 'pegawai');
    // No body and no query: a missing session must be reported before any validation.
    const res = await t.app.inject({ method, url, headers: KLIEN });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' });
  });

  it('answers 401 to a forged session cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/pegawai', headers: { cookie: 'capaian_sesi=palsu' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('keeps login and logout open', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: KLIEN, payload: { nip: '12', password: 'x' } });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ error: 'validation_failed', fields: { nip: 'NIP harus 18 digit angka' } });
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: KLIEN });
    expect(logout.statusCode).toBe(204);
  });

  it('answers an unknown API address with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'Alamat tidak ditemukan.' });
  });
});

describe('OpenAPI and health', () => {
  it('serves a valid OpenAPI 3 document listing the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = res.json<{
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'Capaian API', version: '1.0.0' });
    expect(doc.components.securitySchemes).toEqual({ sesi: { type: 'apiKey', in: 'cookie', name: 'capaian_sesi' } });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/pegawai', '/api/v1/pegawai/{id}', '/api/v1/unit-kerja', '/api/v1/impor/{jenis}']));
    expect(doc.paths['/api/v1/pegawai']?.get).toMatchObject({ tags: ['pegawai'], responses: { 200: expect.any(Object) } });
    expect(doc.paths['/api/v1/pegawai']?.post).toBeDefined();
    // Every operation has responses, as OpenAPI requires; hidden routes are left out.
    for (const [p, ops] of Object.entries(doc.paths))
      for (const [verb, op] of Object.entries(ops)) expect(op.responses, `${verb} ${p}`).toBeDefined();
    expect(doc.paths['/health']).toBeUndefined();
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('reports health with the database status', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: { kind: t.kind, status: 'ok' } });
  });
});

describe('tenancy on every route that names a record', () => {
  /** Real ids of the demo pemda's records, one per kind. */
  async function demoIds() {
    const [r] = await queryRows<{ unit: string; jabatan: string; pegawai: string; akun: string; plt: string }>(
      t.database.db,
      sql`SELECT (SELECT u.id FROM unit_kerja u WHERE u.instansi_id = i.id AND u.kode = 'DINKES') AS unit,
                 (SELECT j.id FROM jabatan j WHERE j.instansi_id = i.id AND j.kode = 'DINKES.UMPEG.PENGADM') AS jabatan,
                 (SELECT p.id FROM pegawai p WHERE p.instansi_id = i.id AND p.nip = ${NIP.pelaksana}) AS pegawai,
                 (SELECT a.id FROM user_account a WHERE a.instansi_id = i.id AND a.nip = ${NIP.pelaksana}) AS akun,
                 (SELECT t.id FROM penugasan_plt t WHERE t.instansi_id = i.id LIMIT 1) AS plt
            FROM instansi i WHERE i.kode = 'KOTA-CONTOH'`,
    );
    if (!r) throw new Error('demo ids missing');
    return r;
  }
  /** The strongest account of the other pemda: admin BKPSDM (and, for this test, admin sistem). */
  async function otherAdmin() {
    const row = await t.otherPemdaAdmin();
    await t.database.db.insert(userRole).values({ instansiId: row.instansiId, userId: row.userId, role: 'ADMIN_SISTEM' });
    return row.nip;
  }
  const skpRhk = {
    rowVersion: 1,
    jenis: 'UTAMA',
    uraian: 'RHK',
    indikator: [{ aspek: 'KUANTITAS', uraian: 'Jumlah', targetNilai: '1', targetSatuan: 'dokumen' }],
  };
  const bodies: Record<string, unknown> = {
    'PUT /api/v1/unit-kerja/:id': { parentId: null, kode: 'X1', nama: 'Unit X', jenis: 'DINAS' },
    'PUT /api/v1/jabatan/:id': { unitId: randomUUID(), kode: 'X1', nama: 'Jabatan X', jenis: 'PELAKSANA' },
    'PUT /api/v1/pegawai/:id': { nip: '199501012020011001', nama: 'Orang Lain', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: randomUUID() },
    'PUT /api/v1/akun/:id/peran': { roles: [{ role: 'PEGAWAI', unitId: null }] },
    'PUT /api/v1/akun/:id/status': { aktif: false },
    'PUT /api/v1/skp/:id': { rowVersion: 1, pendekatan: 'KUANTITATIF' },
    'POST /api/v1/skp/:id/rhk': skpRhk,
    'POST /api/v1/skp/:id/usulan-rhk': skpRhk,
    'PUT /api/v1/skp/:id/rhk/:rhkId': skpRhk,
    'PUT /api/v1/skp/:id/ekspektasi': { rowVersion: 1, ekspektasi: {} },
    'POST /api/v1/skp/:id/komentar': { pesan: 'Komentar' },
    'POST /api/v1/skp/:id/ajukan': { rowVersion: 1 },
    'POST /api/v1/skp/:id/tarik': { rowVersion: 1 },
    'POST /api/v1/skp/:id/tinjau': { rowVersion: 1 },
    'POST /api/v1/skp/:id/setujui': { rowVersion: 1 },
    'POST /api/v1/skp/:id/tetapkan': { rowVersion: 1 },
    'POST /api/v1/skp/:id/kembalikan': { rowVersion: 1, catatan: 'Perbaiki' },
    'POST /api/v1/skp/:id/revisi': { alasan: 'Mutasi' },
    'PUT /api/v1/perjanjian-kinerja/:id': { unitId: randomUUID(), tahun: 2026, sasaran: 'S', indikator: 'I', target: 'T' },
    'PUT /api/v1/skp-template/:id': { nama: 'Templat', jabatanNama: 'Perawat Ahli Pertama', unitId: null, isi: [skpRhk] },
    'POST /api/v1/skp-template/:id/terapkan': { tahun: 2026 },
    'POST /api/v1/skp/:id/rencana-aksi': { rhkId: randomUUID(), periode: 1, uraian: 'Rencana aksi' },
    'PUT /api/v1/rencana-aksi/:id': { uraian: 'Rencana aksi' },
    'PUT /api/v1/realisasi/:id': { rowVersion: 1, tanggal: '2026-01-05', uraian: 'Progres' },
    'POST /api/v1/realisasi/:id/tautan': { id: randomUUID(), tautan: 'https://contoh.go.id/bukti' },
    'PUT /api/v1/bimbingan/:id/catatan': { rowVersion: 1, catatan: 'Catatan', tindakLanjut: [] },
    'PUT /api/v1/bimbingan/:id/lembar-umpan-balik': { jawaban: [] },
    'PUT /api/v1/bimbingan/:id/evaluasi-kompetensi': { items: [] },
    'POST /api/v1/keberatan/:id/klarifikasi': { pesan: 'Mohon penjelasan' },
    'POST /api/v1/keberatan/:id/putuskan': { hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Sesuai bukti' },
    'PUT /api/v1/tim-penilai/:id': { tahun: 2026, nama: 'Tim', anggota: [{ pegawaiId: randomUUID(), peran: 'ANGGOTA' }] },
    'POST /api/v1/tim-penilai/:id/rekomendasi': { periodeId: randomUUID(), pegawaiId: randomUUID(), jenis: 'PROMOSI', catatan: 'Catatan' },
    'PUT /api/v1/penilaian/evaluasi/:id': { rowVersion: 1, rhk: [], ratingHasilKerja: 'SESUAI_EKSPEKTASI', perilaku: [], ratingPerilaku: 'SESUAI_EKSPEKTASI' },
    'PUT /api/v1/penilaian/evaluasi/:id/diskusi': { baik: 'Baik', perbaikan: 'Perbaikan', rencanaPengembangan: [] },
    'PUT /api/v1/layanan-publik/titik/:id': { unitId: randomUUID(), nama: 'Titik layanan' },
    'POST /api/v1/360/kuesioner/:id': { skor: { BERORIENTASI_PELAYANAN: 3, AKUNTABEL: 3, KOMPETEN: 3, HARMONIS: 3, LOYAL: 3, ADAPTIF: 3, KOLABORATIF: 3 } },
    'POST /api/v1/tindak-lanjut/kasus/:id/tindak-lanjuti': { rowVersion: 1, catatan: 'Catatan' },
    'POST /api/v1/tindak-lanjut/kasus/:id/abaikan': { rowVersion: 1, alasan: 'Alasan' },
    'POST /api/v1/tindak-lanjut/kasus/:id/check-in': { rowVersion: 1, tanggal: '2026-01-05', catatan: 'Catatan' },
    'POST /api/v1/tindak-lanjut/kasus/:id/selesaikan': { rowVersion: 1, hasil: 'BERHASIL', catatan: 'Catatan' },
    'POST /api/v1/tindak-lanjut/penghargaan/ronde/:id/calon': { pegawaiId: randomUUID(), jenis: 'PIAGAM' },
    'POST /api/v1/tindak-lanjut/penghargaan/ronde/:id/putuskan': { rowVersion: 1, nomorKeputusan: '800/1', tanggalKeputusan: '2026-01-05' },
    'PUT /api/v1/tindak-lanjut/pengembangan/katalog/:id': { kode: 'X-1', judul: 'Pelatihan', jenisKompetensi: 'TEKNIS', metode: 'KLASIKAL', jp: 8, penyelenggara: 'LAN', kataKunci: [], nilaiBerakhlak: [], aktif: true, rowVersion: 1 },
    'PUT /api/v1/tindak-lanjut/pengembangan/pegawai/:id/rencana': { tahun: 2026, items: [{ judul: 'Pelatihan', jenisKompetensi: 'TEKNIS', jp: 8 }] },
    'POST /api/v1/tindak-lanjut/pengembangan/pegawai/:id/rencana/aksi': { tahun: 2026, aksi: 'ajukan', rowVersion: 1 },
    'POST /api/v1/tindak-lanjut/pengembangan/pegawai/:id/pelatihan': { judul: 'Pelatihan', jenisKompetensi: 'TEKNIS', metode: 'KLASIKAL', jp: 8, penyelenggara: 'LAN', tanggalMulai: '2026-01-05', tanggalSelesai: '2026-01-05' },
    'POST /api/v1/tpp/run/:id/setujui': { rowVersion: 1 },
    'POST /api/v1/talenta/pegawai/:id/potensi': { skor: 70, sumber: 'Asesmen', tanggal: '2026-01-05' },
    'POST /api/v1/angka-kredit/pegawai/:id/entri': { jenis: 'AWAL', nilai: 1, nomorDokumen: 'PAK/1', tanggalDokumen: '2026-01-05' },
    'POST /api/v1/angka-kredit/pegawai/:id/pak': { nomor: 'PAK/1', tanggal: '2026-01-05' },
    'PUT /api/v1/penilaian/periode/:id/capaian-massal': { perangkatDaerahId: randomUUID(), items: [{ unitId: randomUUID(), capaian: 'BAIK', justifikasi: 'Sesuai target' }] },
    'POST /api/v1/tindak-lanjut/sanksi/:id/koreksi': {
      jenis: 'TEGURAN_LISAN',
      dasarHukum: 'PP 94/2021',
      nomor: '1',
      tanggal: '2026-01-05',
      pejabatNama: 'Pejabat',
      pejabatJabatan: 'Kepala',
      uraian: 'Uraian',
      alasanKoreksi: 'Salah',
    },
  };
  // Public routes (the QR verification) name no tenant by design; every other route with an id does.
  const withId = allRoutes().filter((r) => r.path.startsWith('/api/v1/') && r.path.includes(':id') && !PUBLIC.has(`${r.method} ${r.path}`));

  it.each(withId.map((r) => [r.method, r.path] as const))(
    "%s %s: another pemda's admin gets 404 for this pemda's record, and nothing changes",
    async (method, path) => {
      const ids = await demoIds();
      const kind = /^\/api\/v1\/(unit-kerja|jabatan|plt|pegawai|akun|skp)\//.exec(path)?.[1];
      const id = { 'unit-kerja': ids.unit, jabatan: ids.jabatan, plt: ids.plt, pegawai: ids.pegawai, akun: ids.akun, skp: skpId }[kind ?? 'pegawai'];
      const body = bodies[`${method} ${path}`];
      const url = path.replace(':id', id ?? '').replace(':rhkId', skpRhkId).replace(':calonId', randomUUID()) + (method === 'DELETE' && kind === 'skp' ? '?rowVersion=2' : '');
      const res = await t.api(method, url, { as: otherAdminNip, ...(body ? { body } : {}) });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not_found' });
      // The record is still there, unchanged, for its own pemda.
      const own = await t.api('GET', `/api/v1/pegawai/${ids.pegawai}`, { as: NIP.adminBkpsdm });
      expect(own.json()).toMatchObject({ nip: NIP.pelaksana, akun: { aktif: true } });
    },
  );
  let otherAdminNip = '';
  let skpId = '';
  let skpRhkId = '';
  beforeAll(async () => {
    otherAdminNip = await otherAdmin();
    // An SKP of the demo pemda with one RHK, for the /skp/:id routes.
    const created = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } });
    skpId = created.json<{ id: string }>().id;
    const withRhk = await t.api('POST', `/api/v1/skp/${skpId}/rhk`, { as: NIP.pelaksana, body: skpRhk });
    skpRhkId = withRhk.json<{ hasilKerja: Array<{ id: string }> }>().hasilKerja[0]!.id;
  });
});

describe('bad bodies on every route that takes one', () => {
  const NO_BODY = new Set([
    'POST /api/v1/auth/logout',
    'POST /api/v1/akun/:id/reset-password',
    'POST /api/v1/akun/:id/buka-kunci',
    'POST /api/v1/notifikasi/:id/baca',
    'POST /api/v1/notifikasi/baca-semua',
    'POST /api/v1/bimbingan/:id/batal',
    'POST /api/v1/tindak-lanjut/:id/selesai',
    'POST /api/v1/penilaian/periode/:id/tutup',
    'POST /api/v1/penilaian/periode/:id/finalisasi-massal',
    'POST /api/v1/penilaian/evaluasi/:id/terima',
    'POST /api/v1/360/nominasi/:id/setujui',
    'POST /api/v1/360/nominasi/:id/tolak',
    'POST /api/v1/tindak-lanjut/kasus/:id/akui',
    'POST /api/v1/tindak-lanjut/sanksi/:id/akui',
    'POST /api/v1/bantuan/tur/selesai',
    'POST /api/v1/beranda/pusat-kendali/pengingat',
  ]);
  const withBody = allRoutes().filter(
    (r) => r.path.startsWith('/api/v1/') && (r.method === 'POST' || r.method === 'PUT') && !NO_BODY.has(`${r.method} ${r.path}`),
  );
  it.each(withBody.map((r) => [r.method, r.path] as const))('%s %s answers 400 naming the fields of an empty body', async (method, path) => {
    const url = path.replaceAll(':id', randomUUID()).replaceAll(':jenis', 'pegawai');
    const res = await t.api(method, url, { as: NIP.adminSistem, body: {} });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string; fields: Record<string, string> }>();
    expect(body.error).toBe('validation_failed');
    expect(Object.keys(body.fields).length).toBeGreaterThan(0);
    for (const [field, reason] of Object.entries(body.fields)) {
      expect(field).not.toBe('_');
      expect(reason.length).toBeGreaterThan(0);
    }
  });
});
