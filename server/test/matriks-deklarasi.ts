/**
 * The authorization matrix, declared: for every operation of the API ("METHOD /api/v1/path/{param}",
 * as the OpenAPI document names it) which roles may call it, which fixture records fill its path
 * parameters, and a query and body that pass the route's schema, so the call reaches the
 * authorization check. src/matriks-otorisasi.test.ts runs every operation as every role and fails
 * when an operation has no declaration here, or a declaration names an operation that is gone.
 *
 * What each role must get (the test derives it from a declaration):
 * - a role in `izin`: an answer that is neither 401, 403 nor 404, and never 5xx (a 400 or 409 for
 *   a body the business rules refuse is fine: the call got past the authorization check);
 * - any other demo role: 403 or 404; where the record is someone's own business (`pembaca`
 *   declared), exactly 404 for whoever may not know it exists and 403 for a reader without the
 *   right; `tolak` declares other answers per role, each with its reason;
 * - `anonim`: 401 `unauthenticated` (public routes: the same as everyone);
 * - `pemdaLain` (ADMIN_BKPSDM of another pemda): refused when the operation names a demo record
 *   (`menamai`: 404 when the record is in the path); otherwise what `lain` says — by default
 *   allowed exactly when ADMIN_BKPSDM is in `izin`, and then its answer must not contain any id
 *   or NIP of the demo pemda's fixtures.
 */
import { randomUUID } from 'node:crypto';
import { BERAKHLAK_KODE, CONTOH_SKEMA_TPP, DEFAULT_ATURAN_PENILAIAN } from '@capaian/domain';
import { DEMO_PASSWORD, NIP } from './context.js';
import { PDF, PNG, SKOR_360, type Bagian, type Fiksasi, type Peran } from './matriks-fixture.js';

/** Reads current state a body must carry (row versions), just before the call. */
export interface Kini {
  versi(tabel: 'skp' | 'realisasi' | 'evaluasi' | 'bimbingan', id: string): Promise<number>;
}

/** The roles of the demo pemda that may be allowed (anonim and pemdaLain are derived). */
export type PeranDemo = Exclude<Peran, 'anonim' | 'pemdaLain'>;

export interface Deklarasi {
  /** Demo roles allowed, or 'publik' for the routes open without a session (everyone allowed). */
  izin: readonly PeranDemo[] | 'publik';
  /** Path parameters by name (every `{param}` of the path). */
  params?: (f: Fiksasi) => Record<string, string>;
  query?: (f: Fiksasi, kini: Kini) => Record<string, string> | Promise<Record<string, string>>;
  /** A JSON body that passes the route's schema. */
  body?: (f: Fiksasi, kini: Kini) => unknown;
  /** A multipart body instead (uploads and imports). */
  berkas?: (f: Fiksasi) => readonly Bagian[];
  /** Where the operation names a record of the demo pemda: then pemdaLain must be refused. */
  menamai?: 'path' | 'query' | 'body';
  /**
   * Who may know that the record named in the path exists: every other demo role must get 404
   * (not 403, which would confirm it), a pembaca outside `izin` 403.
   */
  pembaca?: readonly PeranDemo[];
  /** Refusal statuses per role where they differ from the rule above, each with its reason in a comment. */
  tolak?: Partial<Record<Exclude<Peran, 'anonim'>, readonly number[]>>;
  /** pemdaLain when nothing of the demo pemda is named: allowed (no leak) or refused. */
  lain?: 'boleh' | 'tolak';
  /** Fixed examples of the product that happen to equal demo data (left out of the leak check). */
  bukanRahasia?: readonly string[];
  /** A server-sent event stream (GET /live): only its status and headers are awaited. */
  aliran?: true;
  /** Called with a session of its own (logout ends the session it is called with). */
  sesiSekali?: true;
}

const SEMUA: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem', 'rekan'];
const ADMIN: readonly PeranDemo[] = ['adminBkpsdm', 'adminSistem'];
/** Who reads the pelaksana's record: self, pejabat penilai and atasan, pengelola of the PD, pimpinan and admins. */
const BACA_PEGAWAI: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem'];
/** Who reads the pelaksana's progress and plans: self, the chain of command, the PD's pengelola, BKPSDM. */
const BACA_REALISASI: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm'];
/** Who records progress for the pelaksana: self and the PD's pengelola kinerja. */
const CATAT: readonly PeranDemo[] = ['pegawai', 'pengelola'];
/** Who reads the unit DINKES.UMPEG's result and curve: its head, the leader above, its pengelola, pimpinan, BKPSDM. */
const BACA_UNIT: readonly PeranDemo[] = ['atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm'];
/** Who manages service points and templates in DINKES.UMPEG: its head, the heads above, its pengelola, BKPSDM. */
const KELOLA_UMPEG: readonly PeranDemo[] = ['atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm'];
/** Who reads an evaluation of the pelaksana: self, penilai, atasan penilai, pengelola, BKPSDM, pimpinan. */
const BACA_EVALUASI: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm'];
/** Who reads the keberatan: the pegawai, the penilai and atasan on record, BKPSDM. */
const BACA_KEBERATAN: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'adminBkpsdm'];
/** Who reads a pembinaan case: the pegawai, their pejabat penilai, BKPSDM and pimpinan. */
const BACA_KASUS: readonly PeranDemo[] = ['pegawai', 'atasan', 'pimpinan', 'adminBkpsdm'];
const BACA_RONDE: readonly PeranDemo[] = ['pimpinan', 'adminBkpsdm'];
/** Who reads the pelaksana's development year and angka kredit ledger: self, the chain of command, pimpinan and BKPSDM. */
const BACA_PENGEMBANGAN: readonly PeranDemo[] = ['pegawai', 'atasan', 'atasanPenilai', 'pimpinan', 'adminBkpsdm'];
const BACA_PIAGAM: readonly PeranDemo[] = ['pegawai', 'atasan', 'pimpinan', 'adminBkpsdm'];
/** Who uses SKP monitoring of DINKES: its pengelola, pimpinan, admins. */
const MONITORING: readonly PeranDemo[] = ['pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem'];

const id = (pick: (f: Fiksasi) => string) => (f: Fiksasi) => ({ id: pick(f) });
const rhkBody = (rowVersion: number) => ({
  rowVersion,
  jenis: 'TAMBAHAN',
  uraian: 'Tersusunnya laporan matriks',
  rhkAtasanId: null,
  indikator: [{ aspek: 'KUANTITAS', uraian: 'Jumlah laporan', targetNilai: '2', targetSatuan: 'laporan', targetTeks: null }],
});
const isiTemplat = [{ jenis: 'UTAMA', uraian: 'Terselenggaranya administrasi perkantoran', indikator: [{ aspek: 'KUANTITAS', uraian: 'Jumlah surat diproses', targetNilai: '100', targetSatuan: 'surat', targetTeks: null }] }];
const csvKosong = (kolom: string): Bagian => ({ name: kolom, filename: 'kosong.csv', type: 'text/csv', data: Buffer.from('a,b\n') });

export const DEKLARASI: Record<string, Deklarasi> = {
  // --- auth
  'POST /api/v1/auth/login': { izin: 'publik', body: (f) => ({ nip: f.nip.rekan, password: DEMO_PASSWORD }) },
  'POST /api/v1/auth/logout': { izin: 'publik', sesiSekali: true },
  'GET /api/v1/auth/me': { izin: SEMUA },
  // The old password is checked first; the same password again is then refused with 400.
  'POST /api/v1/auth/password': { izin: SEMUA, body: () => ({ passwordLama: DEMO_PASSWORD, passwordBaru: DEMO_PASSWORD }) },

  // --- organisation: everyone reads, admins change
  'GET /api/v1/unit-kerja': { izin: SEMUA },
  'POST /api/v1/unit-kerja': {
    izin: ADMIN,
    body: (f) => ({ parentId: f.unit.umpeg, kode: 'MX.BARU', nama: 'Seksi Matriks Baru', jenis: 'SEKSI' }),
    menamai: 'body',
    // The parent is named in the body: another pemda's admin is told it does not exist (400 parentId).
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/unit-kerja/{id}': { izin: SEMUA, params: id((f) => f.unit.ubah), menamai: 'path' },
  'PUT /api/v1/unit-kerja/{id}': {
    izin: ADMIN,
    params: id((f) => f.unit.ubah),
    body: (f) => ({ parentId: f.unit.umpeg, kode: 'MX.UBAH', nama: 'Seksi Matriks Ubah', jenis: 'SEKSI' }),
    menamai: 'path',
  },
  'DELETE /api/v1/unit-kerja/{id}': { izin: ADMIN, params: id((f) => f.unit.hapus), menamai: 'path' },
  'GET /api/v1/jabatan': { izin: SEMUA, query: (f) => ({ unitId: f.unit.ubah }) },
  'POST /api/v1/jabatan': {
    izin: ADMIN,
    body: (f) => ({ unitId: f.unit.ubah, kode: 'MX.UBAH.BARU', nama: 'Pengelola Matriks', jenis: 'PELAKSANA' }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/jabatan/{id}': { izin: SEMUA, params: id((f) => f.jabatan.ubah), menamai: 'path' },
  'PUT /api/v1/jabatan/{id}': {
    izin: ADMIN,
    params: id((f) => f.jabatan.ubah),
    body: (f) => ({ unitId: f.unit.ubah, kode: 'MX.UBAH.ANALIS', nama: 'Analis Matriks', jenis: 'PELAKSANA' }),
    menamai: 'path',
  },
  'DELETE /api/v1/jabatan/{id}': { izin: ADMIN, params: id((f) => f.jabatan.hapus), menamai: 'path' },
  'GET /api/v1/plt': { izin: SEMUA },
  'POST /api/v1/plt': {
    izin: ADMIN,
    body: (f) => ({ pegawaiId: f.pegawai.perawat, jabatanId: f.jabatan.kepalaPlt, jenis: 'PLT', tanggalMulai: '2021-01-01', tanggalSelesai: '2021-03-31', nomorSk: 'MX/2/2021' }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'DELETE /api/v1/plt/{id}': { izin: ADMIN, params: id((f) => f.pltHapus), menamai: 'path' },
  'GET /api/v1/pegawai/{id}/atasan': { izin: BACA_PEGAWAI, params: id((f) => f.pegawai.pelaksana), pembaca: BACA_PEGAWAI, menamai: 'path' },

  // --- pegawai
  'GET /api/v1/profil': { izin: SEMUA },
  'GET /api/v1/pegawai': { izin: ['pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem'] },
  'POST /api/v1/pegawai': {
    izin: ADMIN,
    body: (f) => ({ nip: '199702202021011003', nama: 'Pegawai Matriks Baru', jenisAsn: 'PNS', golongan: 'II/c', jabatanId: f.jabatan.pelaksana }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/pegawai/{id}': { izin: BACA_PEGAWAI, params: id((f) => f.pegawai.pelaksana), pembaca: BACA_PEGAWAI, menamai: 'path' },
  // The pegawai service answers a change by a non-manager with 404, whatever they may read.
  'PUT /api/v1/pegawai/{id}': { izin: ADMIN, pembaca: [], params: id((f) => f.pegawai.pelaksana), body: (f) => f.pelaksanaIsi, menamai: 'path' },
  'DELETE /api/v1/pegawai/{id}': { izin: ADMIN, pembaca: [], params: id((f) => f.pegawaiHapus), menamai: 'path' },

  // --- accounts and audit: admins
  'GET /api/v1/akun': { izin: ADMIN },
  'POST /api/v1/akun': {
    izin: ADMIN,
    body: (f) => ({ pegawaiId: f.pegawaiTanpaAkun, roles: [{ role: 'PEGAWAI' }] }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/akun/{id}': { izin: ADMIN, params: id((f) => f.akunPelaksana), menamai: 'path' },
  'PUT /api/v1/akun/{id}/peran': { izin: ADMIN, params: id((f) => f.akunPelaksana), body: () => ({ roles: [{ role: 'PEGAWAI', unitId: null }] }), menamai: 'path' },
  'PUT /api/v1/akun/{id}/status': { izin: ADMIN, params: id((f) => f.akunPelaksana), body: () => ({ aktif: true }), menamai: 'path' },
  'POST /api/v1/akun/{id}/reset-password': { izin: ADMIN, params: id((f) => f.akunPelaksana), menamai: 'path' },
  'POST /api/v1/akun/{id}/buka-kunci': { izin: ADMIN, params: id((f) => f.akunPelaksana), menamai: 'path' },
  'GET /api/v1/audit': { izin: ADMIN },
  'GET /api/v1/impor/{jenis}/templat': { izin: ADMIN, params: () => ({ jenis: 'pegawai' }), query: () => ({ format: 'csv' }) },
  'POST /api/v1/impor/{jenis}': { izin: ADMIN, params: () => ({ jenis: 'pegawai' }), berkas: () => [csvKosong('berkas')] },

  // --- SKP (one SKP per workflow step: see the fixtures)
  'GET /api/v1/skp': { izin: SEMUA },
  'POST /api/v1/skp': { izin: SEMUA, body: () => ({ tahun: 2030 }) },
  'GET /api/v1/skp/tim': { izin: SEMUA },
  'GET /api/v1/skp/{id}/dokumen.pdf': { izin: BACA_PEGAWAI, params: id((f) => f.skp.berlaku.skpId), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'GET /api/v1/skp/{id}/matriks': { izin: BACA_PEGAWAI, params: id((f) => f.skp.berlaku.skpId), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'GET /api/v1/skp/{id}': { izin: BACA_PEGAWAI, params: id((f) => f.skp.berlaku.skpId), pembaca: BACA_PEGAWAI, menamai: 'path' },
  // A draft of 2027: the pengelola kinerja may set (and edit) SKPs of a year only after its deadline.
  'PUT /api/v1/skp/{id}': {
    izin: ['pegawai'],
    params: id((f) => f.skp.ubah.skpId),
    body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.ubah.skpId), pendekatan: 'KUANTITATIF' }),
    pembaca: BACA_PEGAWAI,
    menamai: 'path',
  },
  'POST /api/v1/skp/{id}/rhk': { izin: ['pegawai'], params: id((f) => f.skp.ubah.skpId), body: async (f, k) => rhkBody(await k.versi('skp', f.skp.ubah.skpId)), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/usulan-rhk': { izin: ['atasan'], params: id((f) => f.skp.ubah.skpId), body: async (f, k) => rhkBody(await k.versi('skp', f.skp.ubah.skpId)), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'PUT /api/v1/skp/tim/ekspektasi': { izin: SEMUA, body: () => ({ tahun: 2026, ekspektasi: { AKUNTABEL: 'Tepat waktu menyelesaikan usulan' } }) },
  'PUT /api/v1/skp/{id}/rhk/{rhkId}': {
    izin: ['pegawai'],
    params: (f) => ({ id: f.skp.ubah.skpId, rhkId: f.skp.ubah.rhkUbah }),
    body: async (f, k) => rhkBody(await k.versi('skp', f.skp.ubah.skpId)),
    pembaca: BACA_PEGAWAI,
    menamai: 'path',
  },
  'DELETE /api/v1/skp/{id}/rhk/{rhkId}': {
    izin: ['pegawai'],
    params: (f) => ({ id: f.skp.ubah.skpId, rhkId: f.skp.ubah.rhkHapus }),
    query: async (f, k) => ({ rowVersion: String(await k.versi('skp', f.skp.ubah.skpId)) }),
    pembaca: BACA_PEGAWAI,
    menamai: 'path',
  },
  'PUT /api/v1/skp/{id}/ekspektasi': {
    izin: ['atasan'],
    params: id((f) => f.skp.ubah.skpId),
    body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.ubah.skpId), ekspektasi: { KOLABORATIF: 'Aktif dalam tim' } }),
    pembaca: BACA_PEGAWAI,
    menamai: 'path',
  },
  'POST /api/v1/skp/{id}/komentar': { izin: ['pegawai', 'atasan', 'atasanPenilai', 'pengelola'], params: id((f) => f.skp.ubah.skpId), body: () => ({ pesan: 'Mohon periksa indikatornya' }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/ajukan': { izin: ['pegawai'], params: id((f) => f.skp.ajukan), body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.ajukan) }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/tarik': { izin: ['pegawai'], params: id((f) => f.skp.tarik), body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.tarik) }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/kembalikan': {
    izin: ['atasan'],
    params: id((f) => f.skp.kembalikan),
    body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.kembalikan), catatan: 'Perbaiki target' }),
    pembaca: BACA_PEGAWAI,
    menamai: 'path',
  },
  // Without the pemda's review setting (the default) no one reviews: tinjau is refused to all.
  'POST /api/v1/skp/{id}/tinjau': { izin: [], params: id((f) => f.skp.tarik), body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.tarik) }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/setujui': { izin: ['atasan'], params: id((f) => f.skp.setujui), body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.setujui) }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/tetapkan': { izin: ['pengelola'], params: id((f) => f.skp.tetapkan), body: async (f, k) => ({ rowVersion: await k.versi('skp', f.skp.tetapkan) }), pembaca: BACA_PEGAWAI, menamai: 'path' },
  'POST /api/v1/skp/{id}/revisi': { izin: ['pegawai', 'atasan', 'pengelola'], params: id((f) => f.skp.revisi), body: () => ({ alasan: 'Mutasi tugas' }), pembaca: BACA_PEGAWAI, menamai: 'path' },

  // --- Perjanjian Kinerja of DINKES.UMPEG: everyone reads; its head, the heads above and admins record
  'GET /api/v1/perjanjian-kinerja': { izin: SEMUA, query: (f) => ({ unitId: f.unit.umpeg, tahun: '2026' }) },
  'POST /api/v1/perjanjian-kinerja': {
    izin: ['atasan', 'atasanPenilai', 'adminBkpsdm', 'adminSistem'],
    body: (f) => ({ unitId: f.unit.umpeg, tahun: 2026, sasaran: 'Sasaran baru', indikator: 'Indikator baru', target: '10' }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'PUT /api/v1/perjanjian-kinerja/{id}': {
    izin: ['atasan', 'atasanPenilai', 'adminBkpsdm', 'adminSistem'],
    params: id((f) => f.pk.ubah),
    body: (f) => ({ unitId: f.unit.umpeg, tahun: 2026, sasaran: 'Meningkatnya layanan kepegawaian', indikator: 'Persentase usulan tepat waktu', target: '95%' }),
    menamai: 'path',
  },
  'DELETE /api/v1/perjanjian-kinerja/{id}': { izin: ['atasan', 'atasanPenilai', 'adminBkpsdm', 'adminSistem'], params: id((f) => f.pk.hapus), menamai: 'path' },

  // --- SKP monitoring of DINKES
  'GET /api/v1/skp-monitoring': { izin: MONITORING, query: (f) => ({ tahun: '2026', unitId: f.unit.dinkes }), menamai: 'query' },
  'GET /api/v1/skp-monitoring/pegawai': { izin: MONITORING, query: (f) => ({ tahun: '2026', unitId: f.unit.dinkes }), menamai: 'query' },
  'POST /api/v1/skp-monitoring/pengingat': { izin: MONITORING, body: (f) => ({ tahun: 2026, unitId: f.unit.dinkes }), menamai: 'body' },
  'GET /api/v1/skp-monitoring/ekspor.xlsx': { izin: MONITORING, query: (f) => ({ tahun: '2026', unitId: f.unit.dinkes }), menamai: 'query' },

  // --- notifications
  'GET /api/v1/notifikasi': { izin: SEMUA },
  'POST /api/v1/notifikasi/baca-semua': { izin: SEMUA },
  'POST /api/v1/notifikasi/{id}/baca': { izin: ['pegawai'], params: id((f) => f.notifikasi), pembaca: ['pegawai'], menamai: 'path' },
  'GET /api/v1/email-outbox': { izin: ADMIN },

  // --- SKP templates scoped to DINKES.UMPEG (made by the admin BKPSDM)
  // The feature is for admins, pengelola kinerja and anyone with bawahan (pimpinan heads DISDIK).
  'GET /api/v1/skp-template': { izin: ['atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem'] },
  // A head creates templates for their own unit only (not for the units below).
  'POST /api/v1/skp-template': {
    izin: ['atasan', 'pengelola', 'adminBkpsdm', 'adminSistem'],
    body: (f) => ({ nama: 'Templat Baru', jabatanNama: 'Pengadministrasi Perkantoran', unitId: f.unit.umpeg, isi: isiTemplat }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/skp-template/{id}': { izin: ['atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm', 'adminSistem'], params: id((f) => f.templat.ubah), menamai: 'path' },
  'PUT /api/v1/skp-template/{id}': {
    izin: ['pengelola', 'adminBkpsdm', 'adminSistem'],
    params: id((f) => f.templat.ubah),
    body: (f) => ({ nama: 'Templat Matriks', jabatanNama: 'Pengadministrasi Perkantoran', unitId: f.unit.umpeg, isi: isiTemplat }),
    menamai: 'path',
  },
  'DELETE /api/v1/skp-template/{id}': { izin: ['pengelola', 'adminBkpsdm', 'adminSistem'], params: id((f) => f.templat.hapus), menamai: 'path' },
  'GET /api/v1/skp-template/{id}/sasaran': { izin: ['atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm', 'adminSistem'], params: id((f) => f.templat.ubah), query: () => ({ tahun: '2029' }), menamai: 'path' },
  'POST /api/v1/skp-template/{id}/terapkan': { izin: ['atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm', 'adminSistem'], params: id((f) => f.templat.ubah), body: () => ({ tahun: 2029 }), menamai: 'path' },

  // --- progress, plans, evidence of the pelaksana
  'GET /api/v1/realisasi/saya': { izin: SEMUA },
  'GET /api/v1/skp/{id}/rencana-aksi': { izin: BACA_REALISASI, params: id((f) => f.skp.berlaku.skpId), pembaca: BACA_REALISASI, menamai: 'path' },
  // Plans: the pegawai and the chain of command (not the pengelola kinerja, not BKPSDM).
  'POST /api/v1/skp/{id}/rencana-aksi': {
    izin: ['pegawai', 'atasan', 'atasanPenilai'],
    params: id((f) => f.skp.berlaku.skpId),
    body: (f) => ({ rhkId: f.skp.berlaku.rhk[0]!.id, periode: 8, uraian: 'Memproses usulan Agustus', target: 2, satuan: 'usulan' }),
    pembaca: BACA_REALISASI,
    menamai: 'path',
  },
  'PUT /api/v1/rencana-aksi/{id}': { izin: ['pegawai', 'atasan', 'atasanPenilai'], params: id((f) => f.rencanaAksi.ubah), body: () => ({ uraian: 'Memproses usulan Juli (diperbarui)', target: 3 }), pembaca: BACA_REALISASI, menamai: 'path' },
  'DELETE /api/v1/rencana-aksi/{id}': { izin: ['pegawai', 'atasan', 'atasanPenilai'], params: id((f) => f.rencanaAksi.hapus), pembaca: BACA_REALISASI, menamai: 'path' },
  // The unit's template: only the pengelola kinerja of that unit (BKPSDM included: refused, 403).
  'GET /api/v1/realisasi/impor/templat': { izin: ['pengelola'], query: (f) => ({ tahun: '2026', unitId: f.unit.umpeg }), menamai: 'query', tolak: { pemdaLain: [403] } },
  'POST /api/v1/realisasi/impor': { izin: SEMUA, berkas: () => [csvKosong('file')] },
  'POST /api/v1/realisasi': {
    izin: CATAT,
    body: (f) => ({ id: randomUUID(), pegawaiId: f.pegawai.pelaksana, rhkId: f.skp.berlaku.rhk[0]!.id, tanggal: '2026-07-13', uraian: 'Memproses usulan', jumlah: 1 }),
    menamai: 'body',
    // The pegawai is named in the body: whoever may not read their progress is told "pegawai tidak
    // ditemukan" (400 pegawaiId), as for a pegawai that does not exist; readers who may not record get 403.
    tolak: { pimpinan: [400], adminSistem: [400], rekan: [400], pemdaLain: [400] },
  },
  'GET /api/v1/realisasi': { izin: BACA_REALISASI, query: (f) => ({ pegawaiId: f.pegawai.pelaksana }), menamai: 'query' },
  'GET /api/v1/realisasi/{id}': { izin: BACA_REALISASI, params: id((f) => f.realisasi.baca), pembaca: BACA_REALISASI, menamai: 'path' },
  'PUT /api/v1/realisasi/{id}': {
    izin: CATAT,
    params: id((f) => f.realisasi.ubah),
    body: async (f, k) => ({ rowVersion: await k.versi('realisasi', f.realisasi.ubah), tanggal: '2026-07-10', uraian: 'Memeriksa berkas usulan (diperbarui)', jumlah: 2 }),
    pembaca: BACA_REALISASI,
    menamai: 'path',
  },
  'DELETE /api/v1/realisasi/{id}': { izin: CATAT, params: id((f) => f.realisasi.hapus), pembaca: BACA_REALISASI, menamai: 'path' },
  'POST /api/v1/realisasi/{id}/bukti': {
    izin: CATAT,
    params: id((f) => f.realisasi.ubah),
    berkas: () => [
      { name: 'id', value: randomUUID() },
      { name: 'file', filename: 'foto.png', type: 'image/png', data: PNG },
    ],
    pembaca: BACA_REALISASI,
    menamai: 'path',
  },
  'POST /api/v1/realisasi/{id}/tautan': { izin: CATAT, params: id((f) => f.realisasi.ubah), body: () => ({ id: randomUUID(), tautan: 'https://contoh.go.id/laporan' }), pembaca: BACA_REALISASI, menamai: 'path' },
  'GET /api/v1/bukti/{id}/unduh': { izin: BACA_REALISASI, params: id((f) => f.bukti.berkas), pembaca: BACA_REALISASI, menamai: 'path' },
  'DELETE /api/v1/bukti/{id}': { izin: CATAT, params: id((f) => f.bukti.hapus), pembaca: BACA_REALISASI, menamai: 'path' },

  // --- monitoring
  'GET /api/v1/pemantauan/tim': { izin: SEMUA },
  // The unit roll-up of DINKES.UMPEG: BKPSDM, and the pengelola kinerja or head of its perangkat daerah.
  'GET /api/v1/pemantauan/unit': { izin: ['pengelola', 'adminBkpsdm'], query: (f) => ({ unitId: f.unit.umpeg }), menamai: 'query' },
  'GET /api/v1/live': { izin: SEMUA, aliran: true },

  // --- umpan balik about the pelaksana: a conversation of the two sides and the chain above
  'GET /api/v1/umpan-balik': { izin: ['pegawai', 'atasan', 'atasanPenilai'], query: (f) => ({ pegawaiId: f.pegawai.pelaksana }), menamai: 'query' },
  'POST /api/v1/umpan-balik': { izin: ['atasan'], body: (f) => ({ pegawaiId: f.pegawai.pelaksana, pesan: 'Laporan rapi, pertahankan.' }), menamai: 'body' },

  // --- bimbingan of the pelaksana with the pejabat penilai as pembimbing
  'GET /api/v1/bimbingan': { izin: SEMUA },
  'POST /api/v1/bimbingan': {
    izin: ['pegawai', 'atasan'],
    body: (f) => ({ pegawaiId: f.pegawai.pelaksana, jenis: 'COACHING', jadwal: '2026-07-30T02:00:00Z', tempat: 'Ruang rapat', topik: 'Target Agustus' }),
    menamai: 'body',
  },
  'GET /api/v1/bimbingan/{id}': { izin: ['pegawai', 'atasan'], params: id((f) => f.bimbingan.jadwal), pembaca: ['pegawai', 'atasan'], menamai: 'path' },
  'PUT /api/v1/bimbingan/{id}/catatan': {
    izin: ['atasan'],
    params: id((f) => f.bimbingan.jadwal),
    body: async (f, k) => ({ rowVersion: await k.versi('bimbingan', f.bimbingan.jadwal), catatan: 'Target Agustus disepakati.', tindakLanjut: [] }),
    pembaca: ['pegawai', 'atasan'],
    menamai: 'path',
  },
  'PUT /api/v1/bimbingan/{id}/lembar-umpan-balik': {
    izin: ['pegawai'],
    params: id((f) => f.bimbingan.selesai),
    body: () => ({ jawaban: Array.from({ length: 9 }, (_, i) => ({ nomor: i + 1, skor: 3 })), komentar: null }),
    pembaca: ['pegawai', 'atasan'],
    menamai: 'path',
  },
  'PUT /api/v1/bimbingan/{id}/evaluasi-kompetensi': {
    izin: ['atasan'],
    params: id((f) => f.bimbingan.selesai),
    body: () => ({ items: [{ kompetensi: 'Komunikasi', skor: 4, alasan: 'Jelas dalam menyampaikan kendala' }] }),
    pembaca: ['pegawai', 'atasan'],
    menamai: 'path',
  },
  'POST /api/v1/bimbingan/{id}/batal': { izin: ['pegawai', 'atasan'], params: id((f) => f.bimbingan.batal), body: () => ({ alasan: 'Bentrok jadwal' }), pembaca: ['pegawai', 'atasan'], menamai: 'path' },
  'GET /api/v1/tindak-lanjut': { izin: SEMUA },
  'POST /api/v1/tindak-lanjut/{id}/selesai': { izin: ['pegawai', 'atasan'], params: id((f) => f.bimbingan.tindakLanjut), pembaca: ['pegawai', 'atasan'], menamai: 'path' },

  // --- kehadiran: import is ADMIN_BKPSDM's (not the system admin's)
  // The template's example row is a fixed example (src/kehadiran/service.ts) using the README's demo NIP.
  'GET /api/v1/kehadiran/templat': { izin: ['adminBkpsdm'], query: () => ({ format: 'csv' }), bukanRahasia: [NIP.pelaksana] },
  'POST /api/v1/kehadiran/impor': { izin: ['adminBkpsdm'], berkas: () => [csvKosong('file')] },
  'GET /api/v1/kehadiran/rekap': { izin: BACA_REALISASI, query: (f) => ({ pegawaiId: f.pegawai.pelaksana, tahun: '2026', bulan: '7' }), menamai: 'query' },
  'GET /api/v1/kehadiran/rekap-tim': { izin: SEMUA },

  // --- instansi settings (sent back unchanged)
  'GET /api/v1/instansi/pengaturan': { izin: SEMUA },
  'PUT /api/v1/instansi/pengaturan': { izin: ADMIN, body: (f) => f.pengaturan },
  'PUT /api/v1/instansi/aturan-penilaian': { izin: ADMIN, body: () => DEFAULT_ATURAN_PENILAIAN },

  // --- penilaian: periods are BKPSDM's (not the system admin's)
  'GET /api/v1/penilaian/periode': { izin: SEMUA },
  'POST /api/v1/penilaian/periode': { izin: ['adminBkpsdm'], body: () => ({ jenis: 'BULANAN', tahun: 2026, nomor: 6, batasPenilaian: '2026-07-31' }) },
  'POST /api/v1/penilaian/periode/{id}/tutup': { izin: ['adminBkpsdm'], params: id((f) => f.periode.tutup), menamai: 'path' },
  'GET /api/v1/penilaian/periode/{id}/unit': { izin: SEMUA, params: id((f) => f.periode.q2), menamai: 'path' },
  'POST /api/v1/penilaian/periode/{id}/finalisasi-massal': { izin: ['adminBkpsdm'], params: id((f) => f.periode.massal), menamai: 'path' },
  'GET /api/v1/penilaian/capaian-organisasi': { izin: BACA_UNIT, query: (f) => ({ periodeId: f.periode.q2, unitId: f.unit.umpeg }), menamai: 'query' },
  // The unit's result: the leader one level up (the Sekretaris) or BKPSDM — not its own head.
  'PUT /api/v1/penilaian/capaian-organisasi': {
    izin: ['atasanPenilai', 'adminBkpsdm'],
    body: (f) => ({ periodeId: f.periode.q2, unitId: f.unit.umpeg, capaian: 'BAIK', justifikasi: 'Target layanan kepegawaian tercapai' }),
    menamai: 'body',
  },
  'GET /api/v1/penilaian/capaian-organisasi/pdf': { izin: BACA_UNIT, query: (f) => ({ periodeId: f.periode.q2, unitId: f.unit.umpeg }), menamai: 'query' },
  'GET /api/v1/penilaian/unit/{unitId}/kurva': { izin: BACA_UNIT, params: (f) => ({ unitId: f.unit.umpeg }), query: (f) => ({ periodeId: f.periode.q2 }), menamai: 'path' },
  'POST /api/v1/penilaian/unit/{unitId}/finalisasi': {
    izin: ['atasan', 'atasanPenilai', 'pengelola', 'adminBkpsdm'],
    params: (f) => ({ unitId: f.unit.umpeg }),
    body: (f) => ({ periodeId: f.periode.q2 }),
    menamai: 'path',
  },
  'GET /api/v1/penilaian/evaluasi': { izin: SEMUA },
  'GET /api/v1/penilaian/evaluasi/{id}': { izin: BACA_EVALUASI, params: id((f) => f.evaluasi.draft), pembaca: BACA_EVALUASI, menamai: 'path' },
  'PUT /api/v1/penilaian/evaluasi/{id}': {
    izin: ['atasan'],
    params: id((f) => f.evaluasi.draft),
    body: async (f, k) => ({
      rowVersion: await k.versi('evaluasi', f.evaluasi.draft),
      rhk: f.skp.berlaku.rhk.map((r) => ({ rhkId: r.id, rating: 'SESUAI_EKSPEKTASI', umpanBalik: 'Sesuai target' })),
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      perilaku: BERAKHLAK_KODE.map((kode) => ({ kode, umpanBalik: 'Sesuai ekspektasi' })),
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    }),
    pembaca: BACA_EVALUASI,
    menamai: 'path',
  },
  'POST /api/v1/penilaian/evaluasi/{id}/terima': { izin: ['pegawai'], params: id((f) => f.evaluasi.tahunan), pembaca: BACA_EVALUASI, menamai: 'path' },
  'PUT /api/v1/penilaian/evaluasi/{id}/diskusi': {
    izin: ['pegawai', 'atasan'],
    params: id((f) => f.evaluasi.tahunan),
    body: () => ({ baik: 'Tertib administrasi', perbaikan: 'Ketepatan waktu', rencanaPengembangan: ['Pelatihan arsip'] }),
    pembaca: BACA_EVALUASI,
    menamai: 'path',
  },

  // --- 360°: everyone nominates for themselves; the pejabat penilai decides; the nominee answers
  'GET /api/v1/360/nominasi': { izin: SEMUA },
  'POST /api/v1/360/nominasi': {
    izin: SEMUA,
    body: (f) => ({ periodeId: f.periode.q2, penilaiIds: [f.rekanUnit[2]], hubungan: 'REKAN' }),
    menamai: 'body',
    // The period is named in the body: another pemda's caller is told it does not exist (400 periodeId).
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/360/kandidat': { izin: SEMUA, query: (f) => ({ periodeId: f.periode.q2, hubungan: 'REKAN' }), menamai: 'query', tolak: { pemdaLain: [400] } },
  'POST /api/v1/360/nominasi/{id}/setujui': { izin: ['atasan'], params: id((f) => f.nominasi.setujui), menamai: 'path' },
  'POST /api/v1/360/nominasi/{id}/tolak': { izin: ['atasan'], params: id((f) => f.nominasi.tolak), menamai: 'path' },
  'GET /api/v1/360/kuesioner/{id}': { izin: ['pengelola'], params: id((f) => f.nominasi.kuesioner), menamai: 'path' },
  'POST /api/v1/360/kuesioner/{id}': { izin: ['pengelola'], params: id((f) => f.nominasi.kuesioner), body: () => ({ skor: SKOR_360, saran: null }), menamai: 'path' },
  // The summary: the pegawai's penilai chain only (never the pegawai).
  'GET /api/v1/360/ringkasan': { izin: ['atasan', 'atasanPenilai'], query: (f) => ({ periodeId: f.periode.q2, pegawaiId: f.pegawai.pelaksana }), menamai: 'query' },

  // --- layanan publik of DINKES.UMPEG
  'GET /api/v1/layanan-publik/titik': { izin: KELOLA_UMPEG, query: (f) => ({ unitId: f.unit.umpeg }), menamai: 'query' },
  'POST /api/v1/layanan-publik/titik': { izin: KELOLA_UMPEG, body: (f) => ({ unitId: f.unit.umpeg, nama: 'Loket Baru' }), menamai: 'body', tolak: { pemdaLain: [400] } },
  'GET /api/v1/layanan-publik/titik/{id}': { izin: KELOLA_UMPEG, params: id((f) => f.titik.id), menamai: 'path' },
  'PUT /api/v1/layanan-publik/titik/{id}': { izin: KELOLA_UMPEG, params: id((f) => f.titik.id), body: (f) => ({ unitId: f.unit.umpeg, nama: 'Loket Kepegawaian', aktif: true }), menamai: 'path' },
  'GET /api/v1/layanan-publik/titik/{id}/poster.pdf': { izin: KELOLA_UMPEG, params: id((f) => f.titik.id), menamai: 'path' },
  // Trends: the same, plus PIMPINAN for every unit.
  'GET /api/v1/layanan-publik/tren': { izin: [...KELOLA_UMPEG, 'pimpinan'], query: (f) => ({ unitId: f.unit.umpeg }), menamai: 'query' },
  'GET /api/v1/publik/layanan/{kode}': { izin: 'publik', params: (f) => ({ kode: f.titik.kode }) },
  // Without the form's challenge token: 400 tantangan_tidak_valid for everyone.
  'POST /api/v1/publik/layanan/{kode}': { izin: 'publik', params: (f) => ({ kode: f.titik.kode }), body: () => ({ kecepatan: 5, keramahan: 5, kejelasan: 4, keadilan: 5, tantangan: 'bukan-token' }) },

  // --- keberatan
  'GET /api/v1/keberatan': { izin: SEMUA },
  'POST /api/v1/keberatan': { izin: ['pegawai'], body: (f) => ({ evaluasiId: f.evaluasi.ajukan, alasan: 'Predikat tidak sesuai capaian.' }), menamai: 'body' },
  'GET /api/v1/keberatan/{id}': { izin: BACA_KEBERATAN, params: id((f) => f.keberatan.id), pembaca: BACA_KEBERATAN, menamai: 'path' },
  'POST /api/v1/keberatan/{id}/lampiran': {
    izin: ['pegawai'],
    params: id((f) => f.keberatan.id),
    berkas: () => [{ name: 'file', filename: 'bukti.pdf', type: 'application/pdf', data: PDF }],
    pembaca: BACA_KEBERATAN,
    menamai: 'path',
  },
  'GET /api/v1/keberatan/{id}/lampiran/{lampiranId}': { izin: BACA_KEBERATAN, params: (f) => ({ id: f.keberatan.id, lampiranId: f.keberatan.lampiran }), pembaca: BACA_KEBERATAN, menamai: 'path' },
  // The atasan asks; the pegawai and the penilai answer once asked (they were: both sides).
  'POST /api/v1/keberatan/{id}/klarifikasi': { izin: ['pegawai', 'atasan', 'atasanPenilai'], params: id((f) => f.keberatan.id), body: () => ({ pesan: 'Penjelasan tambahan.' }), pembaca: BACA_KEBERATAN, menamai: 'path' },
  'POST /api/v1/keberatan/{id}/putuskan': {
    izin: ['atasanPenilai'],
    params: id((f) => f.keberatan.id),
    body: () => ({ hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Rating sesuai bukti.' }),
    pembaca: BACA_KEBERATAN,
    menamai: 'path',
  },

  // --- tim penilai of 2024 (the nurse chairs it); BKPSDM forms teams
  'GET /api/v1/tim-penilai': { izin: SEMUA },
  'POST /api/v1/tim-penilai': {
    izin: ['adminBkpsdm'],
    body: (f) => ({ tahun: 2024, nama: 'Tim Baru', anggota: [{ pegawaiId: f.pegawai.perawat, peran: 'KETUA' }] }),
    menamai: 'body',
    tolak: { pemdaLain: [400] },
  },
  'GET /api/v1/tim-penilai/{id}': { izin: ['adminBkpsdm', 'rekan'], params: id((f) => f.tim), pembaca: ['adminBkpsdm', 'rekan'], menamai: 'path' },
  'PUT /api/v1/tim-penilai/{id}': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.tim),
    body: (f) => ({ tahun: 2024, nama: 'Tim Penilai Matriks', nomorSk: 'MX/TPK/2024', anggota: [{ pegawaiId: f.pegawai.perawat, peran: 'KETUA' }] }),
    pembaca: ['adminBkpsdm', 'rekan'],
    menamai: 'path',
  },
  'GET /api/v1/tim-penilai/{id}/hasil': { izin: ['adminBkpsdm', 'rekan'], params: id((f) => f.tim), pembaca: ['adminBkpsdm', 'rekan'], menamai: 'path' },
  'POST /api/v1/tim-penilai/{id}/rekomendasi': {
    izin: ['rekan'],
    params: id((f) => f.tim),
    body: (f) => ({ periodeId: f.periode.q2, pegawaiId: f.pegawai.pelaksana, jenis: 'PENGEMBANGAN', catatan: 'Pelatihan kearsipan' }),
    pembaca: ['adminBkpsdm', 'rekan'],
    menamai: 'path',
  },

  // --- documents: the pegawai, their chain of command, BKPSDM, tim penilai of the year
  'GET /api/v1/penilaian/evaluasi/{id}/pdf': { izin: ['pegawai', 'atasan', 'atasanPenilai', 'adminBkpsdm'], params: id((f) => f.evaluasi.tahunan), pembaca: ['pegawai', 'atasan', 'atasanPenilai', 'adminBkpsdm'], menamai: 'path' },
  'GET /api/v1/penilaian/evaluasi/{id}/dokumen-pdf': { izin: ['pegawai', 'atasan', 'atasanPenilai', 'adminBkpsdm'], params: id((f) => f.evaluasi.tahunan), pembaca: ['pegawai', 'atasan', 'atasanPenilai', 'adminBkpsdm'], menamai: 'path' },
  // The recap: BKPSDM and pimpinan for every unit; heads and pengelola for theirs.
  'GET /api/v1/penilaian/rekap.xlsx': { izin: ['atasan', 'atasanPenilai', 'pengelola', 'pimpinan', 'adminBkpsdm'], query: (f) => ({ periodeId: f.periode.q2 }), menamai: 'query' },
  'GET /api/v1/siasn/validasi': { izin: ['adminBkpsdm'], query: (f) => ({ periodeId: f.periode.q2 }), menamai: 'query' },
  'GET /api/v1/siasn/ekspor': { izin: ['adminBkpsdm'], query: (f) => ({ periodeId: f.periode.q2 }), menamai: 'query' },
  // --- tindak lanjut: the pemda's ranking and annual report are for BKPSDM and pimpinan (and tim
  // penilai members of the year; the fixture's tim is of 2024). Another pemda gets its own report.
  'GET /api/v1/tindak-lanjut/peringkat': { izin: ['pimpinan', 'adminBkpsdm'], query: (f) => ({ periodeId: f.periode.q2, lingkup: 'PEMDA' }), menamai: 'query' },
  'GET /api/v1/tindak-lanjut/peringkat.xlsx': { izin: ['pimpinan', 'adminBkpsdm'], query: (f) => ({ periodeId: f.periode.q2, lingkup: 'PEMDA' }), menamai: 'query' },
  'GET /api/v1/tindak-lanjut/laporan-tahunan': { izin: ['pimpinan', 'adminBkpsdm'], query: () => ({ tahun: '2026' }) },
  'GET /api/v1/tindak-lanjut/laporan-tahunan.xlsx': { izin: ['pimpinan', 'adminBkpsdm'], query: () => ({ tahun: '2026' }) },
  'GET /api/v1/tindak-lanjut/laporan-tahunan.pdf': { izin: ['pimpinan', 'adminBkpsdm'], query: () => ({ tahun: '2026' }) },
  // Pembinaan cases (a rencana perbaikan of the pelaksana): read by the pegawai, their pejabat
  // penilai, BKPSDM and pimpinan; handled by the pejabat penilai; acknowledged by the pegawai.
  'GET /api/v1/tindak-lanjut/kasus': { izin: SEMUA },
  'GET /api/v1/tindak-lanjut/kasus/{id}': { izin: BACA_KASUS, params: id((f) => f.kasus.baca), pembaca: BACA_KASUS, menamai: 'path' },
  'POST /api/v1/tindak-lanjut/kasus/{id}/tindak-lanjuti': {
    izin: ['atasan'],
    params: id((f) => f.kasus.tindakLanjuti),
    body: () => ({ rowVersion: 1, rencana: { tujuan: 'Laporan tepat waktu', tindakan: [{ uraian: 'Jadwal mingguan', tenggat: '2026-08-15' }], checkIn: ['2026-09-01'], mulai: '2026-07-20', berakhir: '2027-01-20' } }),
    pembaca: BACA_KASUS,
    menamai: 'path',
  },
  'POST /api/v1/tindak-lanjut/kasus/{id}/abaikan': { izin: ['atasan'], params: id((f) => f.kasus.abaikan), body: () => ({ rowVersion: 1, alasan: 'Sudah membaik' }), pembaca: BACA_KASUS, menamai: 'path' },
  'POST /api/v1/tindak-lanjut/kasus/{id}/check-in': {
    izin: ['atasan'],
    params: id((f) => f.kasus.checkIn),
    body: () => ({ rowVersion: 1, tanggal: '2026-09-01', catatan: 'Berjalan' }),
    pembaca: BACA_KASUS,
    menamai: 'path',
  },
  'POST /api/v1/tindak-lanjut/kasus/{id}/akui': { izin: ['pegawai'], params: id((f) => f.kasus.akui), pembaca: BACA_KASUS, menamai: 'path' },
  'POST /api/v1/tindak-lanjut/kasus/{id}/selesaikan': {
    izin: ['atasan'],
    params: id((f) => f.kasus.selesaikan),
    body: () => ({ rowVersion: 1, hasil: 'BERHASIL', catatan: 'Membaik' }),
    pembaca: BACA_KASUS,
    menamai: 'path',
  },
  // Award rounds of the pemda: managed by BKPSDM, read by pimpinan too; the piagam by its recipient,
  // their pejabat penilai, BKPSDM and pimpinan.
  'GET /api/v1/tindak-lanjut/penghargaan/ronde': { izin: ['pimpinan', 'adminBkpsdm'] },
  // An unknown period (another pemda's) is a bad field of the body, not a record named in the path.
  'POST /api/v1/tindak-lanjut/penghargaan/ronde': { izin: ['adminBkpsdm'], body: (f) => ({ nama: 'Ronde Matriks Baru', periodeId: f.periode.tahunan2025 }), menamai: 'body', tolak: { pemdaLain: [400] } },
  'GET /api/v1/tindak-lanjut/penghargaan/ronde/{id}': { izin: BACA_RONDE, params: id((f) => f.ronde.baca), pembaca: BACA_RONDE, menamai: 'path' },
  'GET /api/v1/tindak-lanjut/penghargaan/ronde/{id}/usulan': { izin: ['adminBkpsdm'], params: id((f) => f.ronde.baca), pembaca: BACA_RONDE, menamai: 'path' },
  'POST /api/v1/tindak-lanjut/penghargaan/ronde/{id}/calon': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.ronde.tambah),
    body: (f) => ({ pegawaiId: f.pegawai.pelaksana, jenis: 'PIAGAM' }),
    pembaca: BACA_RONDE,
    menamai: 'path',
  },
  'DELETE /api/v1/tindak-lanjut/penghargaan/ronde/{id}/calon/{calonId}': { izin: ['adminBkpsdm'], params: (f) => ({ id: f.ronde.hapus, calonId: f.ronde.calonHapus }), pembaca: BACA_RONDE, menamai: 'path' },
  'POST /api/v1/tindak-lanjut/penghargaan/ronde/{id}/putuskan': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.ronde.putuskan),
    body: () => ({ rowVersion: 1, nomorKeputusan: '800/2/MX/2026', tanggalKeputusan: '2026-07-01' }),
    pembaca: BACA_RONDE,
    menamai: 'path',
  },
  'GET /api/v1/tindak-lanjut/penghargaan': { izin: SEMUA },
  'GET /api/v1/tindak-lanjut/penghargaan/{id}/piagam.pdf': { izin: BACA_PIAGAM, params: id((f) => f.ronde.diberikan), pembaca: BACA_PIAGAM, menamai: 'path' },
  // Sanctions: recorded and corrected by BKPSDM; acknowledged by the pegawai (another's is not found).
  'GET /api/v1/tindak-lanjut/sanksi': { izin: SEMUA },
  'POST /api/v1/tindak-lanjut/sanksi': {
    izin: ['adminBkpsdm'],
    body: (f) => ({ pegawaiId: f.pegawai.pelaksana, jenis: 'TEGURAN_LISAN', dasarHukum: 'PP 94/2021 Pasal 8', nomor: 'MX/3', tanggal: '2026-07-02', pejabatNama: 'Kepala Dinas', pejabatJabatan: 'Kepala Dinas Kesehatan', uraian: 'Teguran' }),
    menamai: 'body',
    // The pegawai named is another pemda's: a bad field, not a record in the path.
    tolak: { pemdaLain: [400] },
  },
  'POST /api/v1/tindak-lanjut/sanksi/{id}/koreksi': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.sanksi.koreksi),
    body: () => ({ jenis: 'TEGURAN_LISAN', dasarHukum: 'PP 94/2021 Pasal 8', nomor: 'MX/2a', tanggal: '2026-07-01', pejabatNama: 'Kepala Dinas', pejabatJabatan: 'Kepala Dinas Kesehatan', uraian: 'Teguran', alasanKoreksi: 'Nomor salah' }),
    menamai: 'path',
    // Only BKPSDM may correct; the check comes before the record is looked up.
    tolak: { pemdaLain: [404] },
  },
  'POST /api/v1/tindak-lanjut/sanksi/{id}/akui': { izin: ['pegawai'], params: id((f) => f.sanksi.akui), pembaca: ['pegawai'], menamai: 'path' },
  // Pengembangan kompetensi: the catalogue is the pemda's (read by all, kept by BKPSDM); a pegawai's
  // development year is read by self, the chain of command, BKPSDM and pimpinan; the plan is written
  // by the pegawai and their pejabat penilai; completed training is recorded by the pegawai and BKPSDM.
  'GET /api/v1/tindak-lanjut/pengembangan/katalog': { izin: SEMUA },
  'POST /api/v1/tindak-lanjut/pengembangan/katalog': {
    izin: ['adminBkpsdm'],
    body: () => ({ kode: 'MX-02', judul: 'Pelatihan Baru', jenisKompetensi: 'MANAJERIAL', metode: 'WORKSHOP', jp: 8, penyelenggara: 'LAN', kataKunci: [], nilaiBerakhlak: [], aktif: true }),
  },
  'PUT /api/v1/tindak-lanjut/pengembangan/katalog/{id}': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.pengembangan.katalog),
    body: () => ({ kode: 'MX-01', judul: 'Pelatihan Matriks', jenisKompetensi: 'TEKNIS', metode: 'KLASIKAL', jp: 20, penyelenggara: 'BKPSDM', kataKunci: [], nilaiBerakhlak: [], aktif: true, rowVersion: 1 }),
    menamai: 'path',
  },
  'GET /api/v1/tindak-lanjut/pengembangan/katalog/templat': { izin: ['adminBkpsdm'] },
  'POST /api/v1/tindak-lanjut/pengembangan/katalog/impor': { izin: ['adminBkpsdm'], berkas: () => [csvKosong('file')] },
  'GET /api/v1/tindak-lanjut/pengembangan/pegawai/{id}': { izin: BACA_PENGEMBANGAN, params: id((f) => f.pegawai.pelaksana), query: () => ({ tahun: '2026' }), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'PUT /api/v1/tindak-lanjut/pengembangan/pegawai/{id}/rencana': {
    izin: ['pegawai', 'atasan'],
    params: id((f) => f.pegawai.pelaksana),
    body: (f) => ({ tahun: 2026, rowVersion: 1, items: [{ pelatihanId: f.pengembangan.katalog, judul: 'Pelatihan Matriks', jenisKompetensi: 'TEKNIS', jp: 16, bulanTarget: 9 }] }),
    pembaca: BACA_PENGEMBANGAN,
    menamai: 'path',
  },
  // The pegawai may not agree their own plan: 409 from the workflow, past the authorization check.
  'POST /api/v1/tindak-lanjut/pengembangan/pegawai/{id}/rencana/aksi': {
    izin: ['pegawai', 'atasan'],
    params: id((f) => f.pegawai.pelaksana),
    body: () => ({ tahun: 2026, aksi: 'sepakati', rowVersion: 1 }),
    pembaca: BACA_PENGEMBANGAN,
    menamai: 'path',
  },
  'POST /api/v1/tindak-lanjut/pengembangan/pegawai/{id}/pelatihan': {
    izin: ['pegawai', 'adminBkpsdm'],
    params: id((f) => f.pegawai.pelaksana),
    body: () => ({ judul: 'Pelatihan Lain', jenisKompetensi: 'TEKNIS', metode: 'E_LEARNING', jp: 4, penyelenggara: 'BKPSDM', tanggalMulai: '2026-06-01', tanggalSelesai: '2026-06-01' }),
    pembaca: BACA_PENGEMBANGAN,
    menamai: 'path',
  },
  'POST /api/v1/tindak-lanjut/pengembangan/pelatihan/{id}/sertifikat': {
    izin: ['pegawai', 'adminBkpsdm'],
    params: id((f) => f.pengembangan.tanpaSertifikat),
    berkas: () => [{ name: 'file', filename: 'sertifikat.pdf', type: 'application/pdf', data: PDF }],
    pembaca: BACA_PENGEMBANGAN,
    menamai: 'path',
  },
  'GET /api/v1/tindak-lanjut/pengembangan/pelatihan/{id}/sertifikat': { izin: BACA_PENGEMBANGAN, params: id((f) => f.pengembangan.bersertifikat), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'DELETE /api/v1/tindak-lanjut/pengembangan/pelatihan/{id}': { izin: ['pegawai', 'adminBkpsdm'], params: id((f) => f.pengembangan.tanpaSertifikat), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'GET /api/v1/tindak-lanjut/ringkasan': { izin: SEMUA },
  'GET /api/v1/tindak-lanjut/pengembangan/rekap': { izin: ['pimpinan', 'adminBkpsdm'] },
  // The angka kredit ledger: read like the development year; written (entries, PAK, imports) by BKPSDM.
  // The pelaksana is not a pejabat fungsional: BKPSDM's entry and PAK get 400, past the authorization check.
  'GET /api/v1/angka-kredit/pegawai/{id}': { izin: BACA_PENGEMBANGAN, params: id((f) => f.pegawai.pelaksana), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'POST /api/v1/angka-kredit/pegawai/{id}/entri': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.pegawai.pelaksana),
    body: () => ({ jenis: 'AWAL', nilai: 12.5, nomorDokumen: 'MX/PAK/0', tanggalDokumen: '2025-12-20' }),
    pembaca: BACA_PENGEMBANGAN,
    menamai: 'path',
  },
  'POST /api/v1/angka-kredit/pegawai/{id}/pak': { izin: ['adminBkpsdm'], params: id((f) => f.pegawai.pelaksana), body: () => ({ nomor: 'MX/PAK/2', tanggal: '2026-07-02' }), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'GET /api/v1/angka-kredit/pak/{id}/pdf': { izin: BACA_PENGEMBANGAN, params: id((f) => f.pak), pembaca: BACA_PENGEMBANGAN, menamai: 'path' },
  'GET /api/v1/angka-kredit/kelayakan': { izin: ['pimpinan', 'adminBkpsdm'] },
  'GET /api/v1/angka-kredit/saldo-awal/templat': { izin: ['adminBkpsdm'] },
  'POST /api/v1/angka-kredit/saldo-awal/impor': { izin: ['adminBkpsdm'], berkas: () => [csvKosong('file')] },
  // TPP: BKPSDM keeps the scheme and runs (pimpinan read them); everyone reads their own breakdown.
  'GET /api/v1/tpp/skema': { izin: ['pimpinan', 'adminBkpsdm'] },
  'PUT /api/v1/tpp/skema': { izin: ['adminBkpsdm'], body: () => ({ skema: CONTOH_SKEMA_TPP, rowVersion: 1 }) },
  'GET /api/v1/tpp/skema/basis/templat': { izin: ['adminBkpsdm'] },
  'POST /api/v1/tpp/skema/basis/impor': { izin: ['adminBkpsdm'], berkas: () => [csvKosong('file')] },
  'GET /api/v1/tpp/run': { izin: ['pimpinan', 'adminBkpsdm'] },
  // Another pemda has no scheme saved: 409, past the authorization check.
  'POST /api/v1/tpp/run': { izin: ['adminBkpsdm'], body: () => ({ bulan: '2026-06' }) },
  'GET /api/v1/tpp/run/{id}': { izin: ['pimpinan', 'adminBkpsdm'], params: id((f) => f.tppRun), menamai: 'path' },
  'POST /api/v1/tpp/run/{id}/setujui': { izin: ['adminBkpsdm'], params: id((f) => f.tppRun), body: () => ({ rowVersion: 1 }), menamai: 'path' },
  'GET /api/v1/tpp/run/{id}/xlsx': { izin: ['pimpinan', 'adminBkpsdm'], params: id((f) => f.tppRun), menamai: 'path' },
  'GET /api/v1/tpp/saya': { izin: SEMUA },
  // The bendahara of each perangkat daerah: named by BKPSDM; each caller lists what they may download (nothing for most).
  'GET /api/v1/tpp/bendahara': { izin: ['pimpinan', 'adminBkpsdm'] },
  'POST /api/v1/tpp/bendahara': {
    izin: ['adminBkpsdm'],
    body: (f) => ({ perangkatDaerahId: f.unit.dinkes, nip: f.nip.rekan! }),
    menamai: 'body',
    // The perangkat daerah and pegawai named are another pemda's: bad fields, not a record in the path.
    tolak: { pemdaLain: [400] },
  },
  'DELETE /api/v1/tpp/bendahara/{id}': { izin: ['adminBkpsdm'], params: id((f) => f.bendahara), menamai: 'path' },
  'GET /api/v1/tpp/bendahara/daftar': { izin: SEMUA },
  // The talent map: BKPSDM, pimpinan and the tim penilai (no matrix role sits on this year's team) read
  // it; BKPSDM records and imports scores. The pelaksana's post is filled: its candidates still answer.
  'GET /api/v1/talenta/peta': { izin: ['pimpinan', 'adminBkpsdm'] },
  'GET /api/v1/talenta/pegawai/{id}': { izin: ['pimpinan', 'adminBkpsdm'], params: id((f) => f.pegawai.pelaksana), menamai: 'path' },
  'POST /api/v1/talenta/pegawai/{id}/potensi': { izin: ['adminBkpsdm'], params: id((f) => f.pegawai.pelaksana), body: () => ({ skor: 70, sumber: 'Asesmen matriks', tanggal: '2026-06-01' }), menamai: 'path' },
  'GET /api/v1/talenta/potensi/templat': { izin: ['adminBkpsdm'] },
  'POST /api/v1/talenta/potensi/impor': { izin: ['adminBkpsdm'], berkas: () => [csvKosong('file')] },
  'GET /api/v1/talenta/lowongan': { izin: ['pimpinan', 'adminBkpsdm'] },
  'GET /api/v1/talenta/lowongan/{id}/calon': { izin: ['pimpinan', 'adminBkpsdm'], params: id((f) => f.jabatan.kepalaPlt), menamai: 'path' },
  // Help (bantuan): every signed-in user reads it and prints any role's guide (public knowledge, the
  // same for every pemda, so another pemda's admin reads it too); the tour flag is the caller's own.
  'GET /api/v1/bantuan': { izin: SEMUA },
  'GET /api/v1/bantuan/tur': { izin: SEMUA },
  'POST /api/v1/bantuan/tur/selesai': { izin: SEMUA },
  'GET /api/v1/bantuan/panduan/{peran}.pdf': { izin: SEMUA, params: () => ({ peran: 'pejabat-penilai' }) },
  'GET /api/v1/bantuan/gambar/{nama}': { izin: SEMUA, params: () => ({ nama: 'skp-editor.png' }) },
  // Every unit of a perangkat daerah on one screen: read by those who read the unit's results; set by
  // BKPSDM or the leader one level up (here: BKPSDM; the pimpinan is not above the Dinas Kesehatan's units).
  'GET /api/v1/penilaian/periode/{id}/capaian-massal': { izin: ['pengelola', 'pimpinan', 'adminBkpsdm'], params: id((f) => f.periode.q2), query: (f) => ({ perangkatDaerahId: f.unit.dinkes }), menamai: 'path' },
  'PUT /api/v1/penilaian/periode/{id}/capaian-massal': {
    izin: ['adminBkpsdm'],
    params: id((f) => f.periode.q2),
    body: (f) => ({ perangkatDaerahId: f.unit.dinkes, items: [{ unitId: f.unit.umpeg, capaian: 'BAIK', justifikasi: 'Sesuai target matriks' }] }),
    menamai: 'path',
  },
  // Homes and the command centre (beranda): the own home, the team's and the menu for everyone; a
  // leader's home for the pemda's viewers (pimpinan, BKPSDM, admin sistem) and the head of a
  // perangkat daerah; the lists of a unit also for its pengelola kinerja; the command centre for BKPSDM.
  'GET /api/v1/beranda/navigasi': { izin: SEMUA },
  'GET /api/v1/beranda/saya': { izin: SEMUA },
  'GET /api/v1/beranda/penilai': { izin: SEMUA },
  'GET /api/v1/beranda/pimpinan': { izin: ['pimpinan', 'adminBkpsdm', 'adminSistem'] },
  'GET /api/v1/beranda/daftar': {
    izin: ['pengelola', 'pimpinan', 'adminBkpsdm', 'adminSistem'],
    query: (f) => ({ indikator: 'SKP_BELUM', lingkup: 'unit', unitId: f.unit.dinkes }),
    menamai: 'query',
  },
  'GET /api/v1/beranda/pusat-kendali': { izin: ['adminBkpsdm'] },
  'GET /api/v1/beranda/pusat-kendali/penilai': { izin: ['adminBkpsdm'] },
  'GET /api/v1/beranda/pusat-kendali/keberatan': { izin: ['adminBkpsdm'] },
  'POST /api/v1/beranda/pusat-kendali/pengingat': { izin: ['adminBkpsdm'] },
  'GET /api/v1/beranda/analitik-penilai': { izin: SEMUA },
  'GET /api/v1/verifikasi/{jenis}/{id}': { izin: 'publik', params: (f) => ({ jenis: 'skp', id: f.skp.berlaku.skpId }), query: () => ({ h: 'abababababababab' }) },
};
