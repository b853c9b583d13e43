/**
 * The authorization matrix (issue #11): every operation of the OpenAPI document, called as every
 * role, against the declarations in test/matriks-deklarasi.ts. A new route without a declaration
 * fails here, as does a declaration of a route that is gone.
 *
 * Each role runs in a database of its own (a clone of the template with the same fixtures), so
 * what one role changes never reaches another; within a role the operations touch separate
 * records (test/matriks-fixture.ts), and DELETEs come last.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@capaian/contract/errors';
import { createTestContext, KLIEN } from '../test/context.js';
import { DEKLARASI, type Deklarasi, type Kini } from '../test/matriks-deklarasi.js';
import { buatFiksasi, masuk, multipart, operasiOpenApi, PERAN, SEKARANG, versi, type Ctx, type Fiksasi, type Peran } from '../test/matriks-fixture.js';

const konteks = new Map<Peran, Ctx>();
for (const peran of PERAN) konteks.set(peran, await createTestContext({ clock: () => SEKARANG }));
const ctxOf = (peran: Peran): Ctx => {
  const t = konteks.get(peran);
  if (!t) throw new Error(`no context for ${peran}`);
  return t;
};

const OPERASI = [...operasiOpenApi(ctxOf('pegawai').app).keys()];
/** The declared operations that exist, DELETEs last. */
const DAFTAR = OPERASI.filter((k) => DEKLARASI[k] !== undefined)
  .map((kunci, urutan) => ({ kunci, urutan }))
  .sort((a, b) => Number(a.kunci.startsWith('DELETE ')) - Number(b.kunci.startsWith('DELETE ')) || a.urutan - b.urutan)
  .map(({ kunci }) => ({ kunci }));

describe('the declarations', () => {
  it('finds the operations of every feature in the OpenAPI document', () => {
    expect(OPERASI.length).toBeGreaterThanOrEqual(150);
    expect(OPERASI).toEqual(expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/skp/{id}', 'DELETE /api/v1/skp/{id}/rhk/{rhkId}', 'GET /api/v1/verifikasi/{jenis}/{id}']));
  });
  it('declare every operation of the OpenAPI document', () => {
    expect(OPERASI.filter((k) => DEKLARASI[k] === undefined)).toEqual([]);
  });
  it('name no operation the OpenAPI document does not have', () => {
    expect(Object.keys(DEKLARASI).filter((k) => !OPERASI.includes(k))).toEqual([]);
  });
  it('fill exactly the path parameters of their operation', () => {
    // A stand-in fixture (every property is itself) is enough to see which names a declaration fills.
    const dummy: Fiksasi = new Proxy({} as Fiksasi, { get: () => dummy });
    for (const [kunci, d] of Object.entries(DEKLARASI)) {
      const perlu = [...kunci.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const nama = d.params ? Object.keys(d.params(dummy)).sort() : [];
      expect(nama, kunci).toEqual(perlu);
    }
  });
});

interface Jawaban {
  status: number;
  jenisIsi: string;
  teks: string;
  json: unknown;
}

/** The answer's text: JSON and text as they are, an XLSX's sheets unpacked (to look for leaks). */
function teksDari(buf: Buffer, jenisIsi: string): string {
  if (jenisIsi.includes('spreadsheetml')) return Object.values(unzipSync(new Uint8Array(buf))).map((u) => strFromU8(u)).join('\n');
  return buf.toString('utf8');
}

/** Calls one operation as it is declared, with the given session (null: anonymous). */
async function panggil(t: Ctx, f: Fiksasi, kunci: string, d: Deklarasi, cookie: string | null): Promise<Jawaban> {
  const [method, pola] = kunci.split(' ') as [string, string];
  const params = d.params?.(f) ?? {};
  const path = pola.replace(/\{(\w+)\}/g, (_, nama: string) => {
    const v = params[nama];
    if (v === undefined) throw new Error(`${kunci}: no value for {${nama}}`);
    return encodeURIComponent(v);
  });
  const kini: Kini = { versi: (tabel, id) => versi(t, tabel, id) };
  const query = d.query ? await d.query(f, kini) : undefined;
  const url = query ? `${path}?${new URLSearchParams(query).toString()}` : path;
  const headers: Record<string, string> = { ...KLIEN };
  if (cookie) headers.cookie = cookie;
  let payload: string | Buffer | undefined;
  if (d.berkas) {
    const mp = multipart(d.berkas(f));
    Object.assign(headers, mp.headers);
    payload = mp.payload;
  } else if (d.body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(await d.body(f, kini));
  }
  const opsi = { method: method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url, headers, ...(payload !== undefined ? { payload } : {}) };
  if (d.aliran) {
    // A stream that stays open: the answer resolves with its head; an error answer is read whole.
    const res = await t.app.inject({ ...opsi, payloadAsStream: true });
    const stream = res.stream();
    const jenisIsi = String(res.headers['content-type'] ?? '');
    if (res.statusCode < 300) {
      stream.destroy();
      return { status: res.statusCode, jenisIsi, teks: '', json: undefined };
    }
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
    const teks = Buffer.concat(chunks).toString('utf8');
    return { status: res.statusCode, jenisIsi, teks, json: JSON.parse(teks) as unknown };
  }
  const res = await t.app.inject(opsi);
  const jenisIsi = String(res.headers['content-type'] ?? '');
  const teks = teksDari(res.rawPayload, jenisIsi);
  return { status: res.statusCode, jenisIsi, teks, json: jenisIsi.includes('json') && teks ? (JSON.parse(teks) as unknown) : undefined };
}

type Harapan = { jenis: 'boleh'; periksaBocor: boolean } | { jenis: 'tolak'; status: readonly number[] };

/** What a role must get from an operation, by its declaration (see test/matriks-deklarasi.ts). */
function harapan(d: Deklarasi, peran: Peran): Harapan {
  if (d.izin === 'publik') return { jenis: 'boleh', periksaBocor: false };
  if (peran === 'anonim') return { jenis: 'tolak', status: [401] };
  if (peran === 'pemdaLain') {
    const lain = d.lain ?? (d.izin.includes('adminBkpsdm') ? 'boleh' : 'tolak');
    if (d.menamai === undefined && lain === 'boleh') return { jenis: 'boleh', periksaBocor: true };
    return { jenis: 'tolak', status: d.tolak?.pemdaLain ?? (d.menamai ? [404] : [403]) };
  }
  if (d.izin.includes(peran)) return { jenis: 'boleh', periksaBocor: false };
  const bawaan = d.pembaca ? [d.pembaca.includes(peran) ? 403 : 404] : [403, 404];
  return { jenis: 'tolak', status: d.tolak?.[peran] ?? bawaan };
}

for (const peran of PERAN) {
  describe(`as ${peran}`, () => {
    const t = ctxOf(peran);
    let f: Fiksasi;
    let cookie: string | null = null;
    beforeAll(async () => {
      f = await buatFiksasi(t);
      const nip = f.nip[peran];
      cookie = nip ? await masuk(t, nip) : null;
    });

    it.each(DAFTAR)('$kunci', async ({ kunci }) => {
      const d = DEKLARASI[kunci]!;
      const nip = f.nip[peran];
      const sesi = d.sesiSekali && nip ? await masuk(t, nip) : cookie;
      const res = await panggil(t, f, kunci, d, sesi);
      const h = harapan(d, peran);
      const info = `${kunci} as ${peran}: ${res.status} ${res.teks.slice(0, 400)}`;
      expect(res.status, info).toBeLessThan(500);
      if (res.status >= 400) expect(ErrorBody.safeParse(res.json).success, `error shape of ${info}`).toBe(true);
      if (h.jenis === 'tolak') {
        expect(h.status, info).toContain(res.status);
        if (res.status === 401) expect(res.json, info).toMatchObject({ error: 'unauthenticated' });
      } else {
        expect([401, 403, 404], info).not.toContain(res.status);
        const bocor = h.periksaBocor ? f.rahasia.filter((r) => res.teks.includes(r) && !d.bukanRahasia?.includes(r)) : [];
        expect(bocor, `demo pemda data in ${info}`).toEqual([]);
      }
    });
  });
}
