/**
 * Fuzzing every operation of the OpenAPI document (issue #11): malformed variants of a valid
 * request (the matrix's declaration of the operation, test/matriks-deklarasi.ts), derived from the
 * operation's JSON schemas — wrong types, missing required fields, extra fields, 100k-character
 * strings, deep nesting, NUL and lone surrogates, odd numbers, invalid uuids and dates, arrays for
 * objects, empty bodies, broken JSON, wrong content types, broken multipart, odd path parameters
 * (overlong, NUL, unicode, `..`) and query parameters — sent as ADMIN_SISTEM, ADMIN_BKPSDM and
 * anonymously. Nothing may answer 5xx, and every answer that is not 2xx has the error shape of
 * `@capaian/contract/errors`.
 *
 * fast-check runs a fixed seed (FUZZ_SEED overrides it) and a bounded number of runs per
 * operation; a failure prints the seed and the request.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@capaian/contract/errors';
import { createTestContext, DEMO_PASSWORD, KLIEN } from '../test/context.js';
import { DEKLARASI, type Kini, type PeranDemo } from '../test/matriks-deklarasi.js';
import { buatFiksasi, FUZZ_SEED, masuk, multipart, operasiOpenApi, PNG, SEKARANG, versi, type Fiksasi, type OperasiDok, type SkemaJson } from '../test/matriks-fixture.js';

/** Random runs per operation, after the fixed examples (one of every kind of variant). */
const RUNS = 12;

const t = await createTestContext({ clock: () => SEKARANG });
const OPERASI = operasiOpenApi(t.app);

/** The error shape, strictly: nothing but error, message, fields and details. */
const BentukGalat = ErrorBody.strict();

type Peran = PeranDemo | 'anonim';
const PERAN_FUZZ: readonly Peran[] = ['adminSistem', 'adminBkpsdm', 'anonim'];

/**
 * Who sends an operation's variants: both admins and anonymous, plus — where neither admin may call
 * it — the first role the matrix allows (the pegawai for their evidence uploads, …), so the
 * variants get past the authorization check to the body.
 */
function pengirim(kunci: string): readonly Peran[] {
  const izin = DEKLARASI[kunci]?.izin;
  if (!izin || izin === 'publik' || izin.length === 0 || izin.includes('adminSistem') || izin.includes('adminBkpsdm')) return PERAN_FUZZ;
  return [...PERAN_FUZZ, izin[0]!];
}

/** One malformed request: what is changed from the valid one, and who sends it. */
type Mutasi =
  | { jenis: 'body'; teks: string; contentType: string | null; label: string }
  | { jenis: 'biner'; data: Buffer; contentType: string; label: string }
  | { jenis: 'query'; query: ReadonlyArray<readonly [string, string]>; label: string }
  | { jenis: 'path'; segmen: Readonly<Record<string, string>>; label: string }
  | { jenis: 'header'; headers: Readonly<Record<string, string>>; hapusKlien: boolean; label: string };
interface Kasus {
  peran: Peran;
  mutasi: Mutasi;
}

// --- Values --------------------------------------------------------------------------------------

const BESAR = 'x'.repeat(100_000);
const NUL = 'a\u0000b';
const SUROGAT = ['\ud800', '\udfff', 'x\ud83dy'];
const UNIKODE = ['💥🧨', 'ﷺ', 'e\u0301\u0301\u0301', '\u202eabc', 'Ａｂｃ', 'İı', '\ufeff'];
const UUID_SALAH = ['', 'bukan-uuid', '00000000-0000-0000-0000-00000000000g', '123e4567-e89b-12d3-a456-42661417400', '{123e4567-e89b-12d3-a456-426614174000}', '123e4567e89b12d3a456426614174000'];
const TANGGAL_SALAH = ['2026-02-30', '2026-13-01', '26-07-20', '2026-07-20T25:00:00Z', '0000-00-00', '+275760-09-13', '2026-07-20T10:00:00', 'kemarin'];
const ANGKA_MENTAH = ['-1', '-0', '0.5', '1e308', '-1e308', '1e1000', '-1e1000', '9007199254740993', '123456789012345678901234567890', '1e-400', '"NaN"', '"Infinity"', '"1"', '"0x10"'];
const ANEH: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  -1e308,
  '',
  ' ',
  'NaN',
  'Infinity',
  '__proto__',
  "' OR 1=1 --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  [],
  [[[]]],
  {},
  { a: { b: {} } },
  NUL,
  ...SUROGAT,
  ...UNIKODE,
];
const KUNCI_LEBIH = ['__proto__', 'constructor', 'prototype', 'toString', '$where', 'a'.repeat(500), '', 'x\u0000y', 'rowVersion', 'instansiId', 'id'];

/** The JSON text of a nesting `n` deep (arrays or objects). */
const bersarang = (n: number, objek: boolean) => (objek ? '{"a":'.repeat(n) + '1' + '}'.repeat(n) : '['.repeat(n) + ']'.repeat(n));

const teksAneh = fc.oneof(
  fc.constantFrom(...ANEH.filter((x): x is string => typeof x === 'string'), BESAR, '😀'.repeat(30_000), ...UUID_SALAH, ...TANGGAL_SALAH),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
/** A JSON text that does not match the schema (most of the time: no type is excluded). */
const jsonAneh: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ANEH).map((v) => JSON.stringify(v)),
  fc.constantFrom(...ANGKA_MENTAH),
  teksAneh.map((s) => JSON.stringify(s)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 200, max: 20_000 }).chain((n) => fc.boolean().map((o) => bersarang(n, o))),
  fc.constant(`[${'1,'.repeat(50_000)}1]`),
  fc.constant(`{${Array.from({ length: 5000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
);

/** Percent-encodes a value for a URL; lone surrogates become bytes that are not UTF-8. */
function kodeUrl(v: string): string {
  let out = '';
  for (const ch of v) {
    const c = ch.codePointAt(0) ?? 0;
    out += c >= 0xd800 && c <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(ch);
  }
  return out;
}

// --- The schema ----------------------------------------------------------------------------------

type Jalur = ReadonlyArray<string | number>;
interface Titik {
  jalur: Jalur;
  skema: SkemaJson;
  /** Present in the valid body (else an optional field the variant adds). */
  ada: boolean;
  /** A required property of its object. */
  wajib: boolean;
}

const varian = (s: SkemaJson): SkemaJson[] => [s, ...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])];
const jenisDari = (s: SkemaJson): string[] => varian(s).flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []));

/** Every place of the valid body the schema describes (the root included), walking both together. */
function titikDari(skema: SkemaJson, nilai: unknown, jalur: Jalur = [], wajib = false, ada = true, out = new Map<string, Titik>()): Titik[] {
  const kunci = JSON.stringify(jalur);
  if (!out.has(kunci)) out.set(kunci, { jalur, skema, ada, wajib });
  if (jalur.length > 8) return [...out.values()];
  for (const v of varian(skema)) {
    if (v.properties && ada && nilai !== null && typeof nilai === 'object' && !Array.isArray(nilai)) {
      const isi = nilai as Record<string, unknown>;
      for (const [k, s] of Object.entries(v.properties)) titikDari(s, isi[k], [...jalur, k], (v.required ?? []).includes(k), k in isi, out);
    }
    if (v.items && ada && Array.isArray(nilai) && nilai.length > 0) titikDari(v.items, nilai[0], [...jalur, 0], true, true, out);
  }
  return [...out.values()];
}

const TOKEN = '"__FUZZ_TITIK__"';

/** The valid body with the value at `jalur` replaced by a JSON text (or removed). */
function ganti(dasar: unknown, jalur: Jalur, teks: string | null): string {
  if (jalur.length === 0) return teks ?? '';
  const salinan = structuredClone(dasar) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = salinan;
  for (const k of jalur.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const akhir = jalur[jalur.length - 1]!;
  if (teks === null) {
    if (Array.isArray(cur) && typeof akhir === 'number') cur.splice(akhir, 1);
    else delete cur[akhir];
    return JSON.stringify(salinan);
  }
  cur[akhir] = '__FUZZ_TITIK__';
  return JSON.stringify(salinan).replace(TOKEN, () => teks);
}

/** The valid body with an extra property in the object at `jalur`. */
function tambah(dasar: unknown, jalur: Jalur, kunci: string, teks: string): string {
  const salinan = structuredClone(dasar) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = salinan;
  for (const k of jalur) cur = cur[k] as Record<string | number, unknown>;
  // defineProperty: an own "__proto__" key, as JSON can carry it.
  Object.defineProperty(cur, kunci, { value: '__FUZZ_TITIK__', enumerable: true, configurable: true, writable: true });
  return JSON.stringify(salinan).replace(TOKEN, () => teks);
}

/** A wrong value for a place of a given schema: of another type, out of range, or broken text. */
function salahUntuk(s: SkemaJson): fc.Arbitrary<string> {
  const jenis = jenisDari(s);
  const format = varian(s).map((v) => v.format).find((x) => x !== undefined);
  const khusus: Array<fc.Arbitrary<string>> = [];
  if (format === 'uuid') khusus.push(fc.constantFrom(...UUID_SALAH).map((v) => JSON.stringify(v)));
  if (format === 'date' || format === 'date-time') khusus.push(fc.constantFrom(...TANGGAL_SALAH).map((v) => JSON.stringify(v)));
  if (format === 'uri' || format === 'email') khusus.push(fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'http://', 'a@', '@b.c', 'http://[::1', ' https://x.y').map((v) => JSON.stringify(v)));
  if (jenis.includes('string')) khusus.push(fc.constantFrom(BESAR, NUL, ...SUROGAT, ...UNIKODE, '').map((v) => JSON.stringify(v)));
  if (jenis.includes('integer') || jenis.includes('number')) khusus.push(fc.constantFrom(...ANGKA_MENTAH));
  if (jenis.includes('object')) khusus.push(fc.constantFrom('[]', '[{}]', '"{}"', 'null'));
  if (jenis.includes('array')) khusus.push(fc.constantFrom('{}', '{"0":1}', '"[]"', `[${'null,'.repeat(9999)}null]`));
  const enums = varian(s).flatMap((v) => v.enum ?? []);
  if (enums.length) khusus.push(fc.constantFrom(...enums.map((e) => JSON.stringify(typeof e === 'string' ? e.toLowerCase() + ' ' : e))));
  return khusus.length ? fc.oneof(...khusus, jsonAneh) : jsonAneh;
}

// --- Variants of one operation ---------------------------------------------------------------------

const JSON_RUSAK = ['{', '{"a":', '[1,]', '{"a":1,}', "{'a':1}", 'nul', '\ufeff{}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '  ', '\u0000', '{"a":1}{"b":2}', '[', ']]', '"'];
const CONTENT_TYPE_SALAH = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/json; charset=utf-16le', 'application/json; charset=latin1', 'application/vnd.api+json', 'application/octet-stream', '*/*', 'bukan/jenis', ';;;', 'application/json\u0000'];

interface Dasar {
  params: Record<string, string>;
  query: Record<string, string>;
  /** The valid JSON body, or undefined (none, or multipart). */
  body: unknown;
  multipart: boolean;
}

function arbMutasi(kunci: string, op: OperasiDok, dasar: Dasar): { arb: fc.Arbitrary<Mutasi>; contoh: Mutasi[] } {
  const pilihan: Array<fc.Arbitrary<Mutasi>> = [];
  const contoh: Mutasi[] = [];
  const teksDasar = dasar.body === undefined ? '{}' : JSON.stringify(dasar.body);

  // The body: from the schema, at every place of the valid body.
  const skemaBody = op.requestBody?.content?.['application/json']?.schema ?? (dasar.body === undefined ? undefined : {});
  if (skemaBody) {
    const titik = titikDari(skemaBody, dasar.body);
    const ada = titik.filter((x) => x.ada);
    const body = (teks: string, label: string): Mutasi => ({ jenis: 'body', teks, contentType: 'application/json', label });
    pilihan.push(
      fc.constantFrom(...titik).chain((x) => salahUntuk(x.skema).map((teks) => body(ganti(dasar.body, x.jalur, teks), `salah tipe di ${x.jalur.join('.') || '(akar)'}`))),
      fc.constantFrom(...titik).chain((x) => fc.integer({ min: 500, max: 50_000 }).map((n) => body(ganti(dasar.body, x.jalur, bersarang(n, n % 2 === 0)), `bersarang ${n} di ${x.jalur.join('.') || '(akar)'}`))),
    );
    const wajib = ada.filter((x) => x.wajib && x.jalur.length > 0);
    if (wajib.length) {
      pilihan.push(fc.constantFrom(...wajib).map((x) => body(ganti(dasar.body, x.jalur, null), `tanpa ${x.jalur.join('.')}`)));
      contoh.push(body(ganti(dasar.body, wajib[0]!.jalur, null), `tanpa ${wajib[0]!.jalur.join('.')}`));
    }
    const objek = ada.filter((x) => jenisDari(x.skema).includes('object') || x.skema.properties);
    if (objek.length && dasar.body !== null && typeof dasar.body === 'object')
      pilihan.push(
        fc
          .tuple(fc.constantFrom(...objek), fc.constantFrom(...KUNCI_LEBIH), jsonAneh)
          .map(([x, k, v]) => body(tambah(dasar.body, x.jalur, k, v), `tambahan ${JSON.stringify(k.slice(0, 20))} di ${x.jalur.join('.') || '(akar)'}`)),
      );
    const teks = ada.filter((x) => jenisDari(x.skema).includes('string'));
    const sasaranTeks = teks[0] ?? ada[0]!;
    contoh.push(
      body(ganti(dasar.body, sasaranTeks.jalur, JSON.stringify(BESAR)), `100k karakter di ${sasaranTeks.jalur.join('.')}`),
      body(ganti(dasar.body, sasaranTeks.jalur, JSON.stringify(NUL)), `NUL di ${sasaranTeks.jalur.join('.')}`),
      body(ganti(dasar.body, sasaranTeks.jalur, JSON.stringify('\ud800')), `surogat tunggal di ${sasaranTeks.jalur.join('.')}`),
      body(ganti(dasar.body, [], bersarang(10_000, false)), 'bersarang 10000'),
      body(ganti(dasar.body, [], `[${teksDasar}]`), 'array untuk objek'),
      body(ganti(dasar.body, [], '1e1000'), 'angka mentah di akar'),
    );
    const angka = ada.find((x) => jenisDari(x.skema).some((j) => j === 'integer' || j === 'number'));
    if (angka) contoh.push(body(ganti(dasar.body, angka.jalur, '-1e1000'), `-1e1000 di ${angka.jalur.join('.')}`));
    const format = ada.find((x) => varian(x.skema).some((v) => v.format === 'uuid' || v.format === 'date'));
    if (format) contoh.push(body(ganti(dasar.body, format.jalur, '"2026-02-30"'), `format salah di ${format.jalur.join('.')}`));
  }

  // Raw bodies: broken JSON, empty, wrong content types (every operation: a body where none is expected too).
  pilihan.push(
    fc.constantFrom(...JSON_RUSAK).map((teks): Mutasi => ({ jenis: 'body', teks, contentType: 'application/json', label: `JSON rusak ${JSON.stringify(teks)}` })),
    fc.constantFrom(...CONTENT_TYPE_SALAH).map((ct): Mutasi => ({ jenis: 'body', teks: teksDasar, contentType: ct, label: `content-type ${JSON.stringify(ct)}` })),
    fc.constantFrom('', 'null', '[]', '""', '0', 'true').map((teks): Mutasi => ({ jenis: 'body', teks, contentType: 'application/json', label: `body ${JSON.stringify(teks)}` })),
  );
  contoh.push(
    { jenis: 'body', teks: '', contentType: 'application/json', label: 'body kosong' },
    { jenis: 'body', teks: '{"a":', contentType: 'application/json', label: 'JSON terpotong' },
    { jenis: 'body', teks: teksDasar, contentType: 'text/plain', label: 'content-type text/plain' },
    { jenis: 'body', teks: teksDasar, contentType: null, label: 'tanpa content-type' },
    { jenis: 'body', teks: `"${'x'.repeat(1_100_000)}"`, contentType: 'application/json', label: 'body di atas batas' },
  );

  // Multipart: broken forms, odd file names, the wrong part, a JSON body where a file is expected.
  if (dasar.multipart) {
    const bentuk = (parts: Parameters<typeof multipart>[0], label: string): Mutasi => {
      const mp = multipart(parts);
      return { jenis: 'biner', data: mp.payload, contentType: mp.headers['content-type']!, label };
    };
    const namaAneh = ['../../etc/passwd', 'a\u0000b.png', 'x'.repeat(5000) + '.png', '', 'ﷺ.csv', '.png', 'con.csv'];
    pilihan.push(
      fc.tuple(fc.constantFrom(...namaAneh), fc.uint8Array({ maxLength: 2048 })).map(([nama, data]) =>
        bentuk([{ name: 'id', value: '3f7b2a10-4c5d-4e6f-8a9b-0c1d2e3f4a5b' }, { name: 'file', filename: nama, type: 'application/octet-stream', data: Buffer.from(data) }, { name: 'berkas', filename: nama, type: 'text/csv', data: Buffer.from(data) }], `berkas acak bernama ${JSON.stringify(nama.slice(0, 30))}`),
      ),
      fc.constantFrom('salah', 'berkas', 'file', '').map((nama) => bentuk([{ name: nama, value: 'bukan berkas' }], `hanya kolom ${JSON.stringify(nama)}`)),
      fc.constantFrom('--x\r\n', '--x--', 'tanpa batas', '\r\n\r\n').map((teks): Mutasi => ({ jenis: 'biner', data: Buffer.from(teks), contentType: 'multipart/form-data; boundary=x', label: `multipart rusak ${JSON.stringify(teks)}` })),
    );
    contoh.push(
      bentuk([{ name: 'file', filename: 'a.png', type: 'image/png', data: PNG }, { name: 'file', filename: 'b.png', type: 'image/png', data: PNG }], 'dua berkas'),
      bentuk([{ name: 'id', value: NUL }, { name: 'file', filename: 'a\u0000.png', type: 'image/png', data: PNG }], 'NUL di kolom dan nama berkas'),
      { jenis: 'biner', data: Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc'), contentType: 'multipart/form-data; boundary=x', label: 'multipart terpotong' },
      { jenis: 'biner', data: Buffer.from('{}'), contentType: 'multipart/form-data', label: 'multipart tanpa boundary' },
    );
  }

  // Query parameters: wrong values for each one the schema names, repeats, unknown ones, a missing required one.
  const queryParam = (op.parameters ?? []).filter((p) => p.in === 'query');
  const queryDasar = Object.entries(dasar.query);
  if (queryParam.length) {
    const tanpa = (nama: string) => queryDasar.filter(([k]) => k !== nama);
    pilihan.push(
      fc.tuple(fc.constantFrom(...queryParam), fc.oneof(teksAneh, fc.constantFrom('-1', '1.5', '1e999', 'abc', '99999999999999999999', 'true', ''))).map(([p, v]): Mutasi => ({ jenis: 'query', query: [...tanpa(p.name), [p.name, v]], label: `query ${p.name}=${JSON.stringify(v.slice(0, 30))}` })),
      fc.constantFrom(...queryParam).map((p): Mutasi => ({ jenis: 'query', query: [...queryDasar, [p.name, 'a'], [p.name, 'b']], label: `query ${p.name} berulang` })),
    );
    const wajib = queryParam.find((p) => p.required);
    if (wajib) contoh.push({ jenis: 'query', query: tanpa(wajib.name), label: `query tanpa ${wajib.name}` });
    contoh.push({ jenis: 'query', query: [...tanpa(queryParam[0]!.name), [queryParam[0]!.name, NUL]], label: `query ${queryParam[0]!.name} dengan NUL` });
  }
  pilihan.push(fc.tuple(fc.constantFrom(...KUNCI_LEBIH), teksAneh).map(([k, v]): Mutasi => ({ jenis: 'query', query: [...queryDasar, [k, v]], label: `query tambahan ${JSON.stringify(k.slice(0, 20))}` })));
  contoh.push({ jenis: 'query', query: [...queryDasar, ['q', BESAR]], label: 'query 100k karakter' });

  // Path parameters: overlong, NUL, unicode, dot segments, broken percent-encoding, wrong formats.
  const namaParam = [...kunci.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (namaParam.length) {
    const segmenAneh = fc.oneof(
      fc.constantFrom('..', '%2e%2e', '..%2f..%2fetc%2fpasswd', '%00', 'a%00b', '%ED%A0%80', '%', '%zz', '%C0%AF', 'x'.repeat(101), 'x'.repeat(5000), '%F0%9F%92%A5', '%EF%B7%BA', ';', '%20', '*', '-1', '0', 'null'),
      teksAneh.map(kodeUrl),
      fc.constantFrom(...UUID_SALAH.filter((u) => u !== '')).map(kodeUrl),
    );
    pilihan.push(fc.tuple(fc.constantFrom(...namaParam), segmenAneh).map(([nama, seg]): Mutasi => ({ jenis: 'path', segmen: { [nama]: seg }, label: `path ${nama}=${seg.slice(0, 40)}` })));
    const p0 = namaParam[0]!;
    for (const seg of ['x'.repeat(200_000), '%00', '..', '%ED%A0%80', '%F0%9F%92%A5']) contoh.push({ jenis: 'path', segmen: { [p0]: seg }, label: `path ${p0}=${seg.slice(0, 20)}` });
  }

  // Headers: the cross-site request forgery check and broken cookies.
  pilihan.push(
    fc.constantFrom<Mutasi>(
      { jenis: 'header', headers: {}, hapusKlien: true, label: 'tanpa X-Capaian' },
      { jenis: 'header', headers: { origin: 'https://jahat.example' }, hapusKlien: false, label: 'Origin situs lain' },
      { jenis: 'header', headers: { origin: 'null' }, hapusKlien: false, label: 'Origin null' },
      { jenis: 'header', headers: { origin: '::::' }, hapusKlien: false, label: 'Origin rusak' },
      { jenis: 'header', headers: { 'sec-fetch-site': 'cross-site' }, hapusKlien: false, label: 'Sec-Fetch-Site cross-site' },
      { jenis: 'header', headers: { cookie: 'capaian_sesi=%%%; capaian_sesi=' }, hapusKlien: false, label: 'cookie rusak' },
      { jenis: 'header', headers: { cookie: `capaian_sesi=${'a'.repeat(8000)}` }, hapusKlien: false, label: 'cookie panjang' },
    ),
  );
  return { arb: fc.oneof(...pilihan), contoh };
}

// --- Sending ------------------------------------------------------------------------------------------

let f: Fiksasi;
const sesi = new Map<Peran, string | null>();
const kini: Kini = { versi: (tabel, id) => versi(t, tabel, id) };

async function masukSebagai(peran: Peran): Promise<void> {
  sesi.set(peran, peran === 'anonim' ? null : await masuk(t, f.nip[peran]!));
}

beforeAll(async () => {
  f = await buatFiksasi(t);
  const semua = new Set([...OPERASI.keys()].flatMap(pengirim));
  for (const p of semua) await masukSebagai(p);
});

/** Where the login variants come from: its own address, so their failures never hold the senders' logins. */
const ALAMAT_LOGIN = '203.0.113.9';

/**
 * The valid request of an operation: the matrix's declaration, except where a variant that
 * happens to be valid would lock the senders out — logins and account operations go to a colleague
 * of the pelaksana who sends nothing, and the password change carries a wrong old password.
 */
async function dasarDari(kunci: string): Promise<Dasar> {
  const d = DEKLARASI[kunci];
  if (!d) throw new Error(`${kunci}: no declaration in test/matriks-deklarasi.ts`);
  const dasar: Dasar = {
    params: d.params?.(f) ?? {},
    query: d.query ? await d.query(f, kini) : {},
    body: d.body ? await d.body(f, kini) : undefined,
    multipart: d.berkas !== undefined,
  };
  if (kunci.startsWith('PUT /api/v1/akun/{id}') || kunci.startsWith('POST /api/v1/akun/{id}') || kunci === 'GET /api/v1/akun/{id}') dasar.params = { id: f.akunRekanUnit.id };
  if (kunci === 'POST /api/v1/auth/login') dasar.body = { nip: f.akunRekanUnit.nip, password: DEMO_PASSWORD };
  if (kunci === 'POST /api/v1/auth/password') dasar.body = { passwordLama: 'bukan-sandi-lama', passwordBaru: 'Sandi-Baru-2026' };
  return dasar;
}

/**
 * Sends a variant; a session that an earlier variant ended (logout, a password change) is opened
 * again and the variant sent once more.
 */
async function kirim(kunci: string, dasar: Dasar, k: Kasus) {
  const r = await kirimSekali(kunci, dasar, k);
  if (r.status !== 401 || k.peran === 'anonim') return r;
  await masukSebagai(k.peran);
  return kirimSekali(kunci, dasar, k);
}

async function kirimSekali(kunci: string, dasar: Dasar, k: Kasus) {
  const [method, pola] = kunci.split(' ') as [string, string];
  const m = k.mutasi;
  const segmen = m.jenis === 'path' ? m.segmen : {};
  const path = pola.replace(/\{(\w+)\}/g, (_, nama: string) => segmen[nama] ?? encodeURIComponent(dasar.params[nama] ?? ''));
  const query = m.jenis === 'query' ? m.query : Object.entries(dasar.query);
  const url = query.length ? `${path}?${query.map(([a, b]) => `${kodeUrl(a)}=${kodeUrl(b)}`).join('&')}` : path;
  const headers: Record<string, string> = m.jenis === 'header' && m.hapusKlien ? {} : { ...KLIEN };
  const cookie = sesi.get(k.peran);
  if (cookie) headers.cookie = cookie;
  if (m.jenis === 'header') Object.assign(headers, m.headers);
  let payload: string | Buffer | undefined;
  if (m.jenis === 'body') {
    payload = m.teks;
    if (m.contentType !== null) headers['content-type'] = m.contentType;
  } else if (m.jenis === 'biner') {
    payload = m.data;
    headers['content-type'] = m.contentType;
  } else if (dasar.multipart) {
    const mp = multipart([{ name: 'file', filename: 'a.png', type: 'image/png', data: PNG }]);
    payload = mp.payload;
    Object.assign(headers, mp.headers);
  } else if (dasar.body !== undefined) {
    payload = JSON.stringify(dasar.body);
    headers['content-type'] = 'application/json';
  }
  const opsi = {
    method: method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
    // GET /live answers a stream that stays open: its head is enough (an error answer is read whole).
    payloadAsStream: DEKLARASI[kunci]?.aliran === true,
    ...(kunci === 'POST /api/v1/auth/login' ? { remoteAddress: ALAMAT_LOGIN } : {}),
  };
  const res = await t.app.inject(opsi);
  let teks: string;
  if (opsi.payloadAsStream) {
    const stream = res.stream();
    if (res.statusCode < 300) {
      stream.destroy();
      teks = '';
    } else {
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
      teks = Buffer.concat(chunks).toString('utf8');
    }
  } else teks = res.body;
  return { status: res.statusCode, jenisIsi: String(res.headers['content-type'] ?? ''), teks, url };
}

function periksa(kunci: string, k: Kasus, r: Awaited<ReturnType<typeof kirim>>): void {
  const info = `${kunci} as ${k.peran}, ${k.mutasi.label} (${r.url.slice(0, 200)}) → ${r.status} ${r.teks.slice(0, 400)}`;
  expect(r.status, info).toBeLessThan(500);
  if (r.status >= 300) {
    expect(r.jenisIsi, info).toContain('application/json');
    let body: unknown;
    expect(() => (body = JSON.parse(r.teks)), info).not.toThrow();
    const cek = BentukGalat.safeParse(body);
    expect(cek.success, `${info}\n${cek.error?.message ?? ''}`).toBe(true);
  }
}

describe('fuzzing every operation', () => {
  it('covers every operation of the OpenAPI document (each has a valid request to start from)', () => {
    expect(OPERASI.size).toBeGreaterThanOrEqual(150);
    expect([...OPERASI.keys()].filter((k) => !DEKLARASI[k])).toEqual([]);
  });

  it.each([...OPERASI.keys()].map((kunci) => ({ kunci })))('$kunci', async ({ kunci }) => {
    const dasar = await dasarDari(kunci);
    const { arb, contoh } = arbMutasi(kunci, OPERASI.get(kunci)!, dasar);
    const peran = pengirim(kunci);
    const kasus = fc.record({ peran: fc.constantFrom(...peran), mutasi: arb });
    // Every fixed variant once as each sender, then the random runs.
    const examples: Array<[Kasus]> = contoh.flatMap((mutasi) => peran.map((p): [Kasus] => [{ peran: p, mutasi }]));
    await fc.assert(
      fc.asyncProperty(kasus, async (k) => periksa(kunci, k, await kirim(kunci, dasar, k))),
      { seed: FUZZ_SEED, numRuns: RUNS + examples.length, examples, endOnFailure: true },
    );
  });
});
