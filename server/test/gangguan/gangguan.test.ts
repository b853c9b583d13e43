/**
 * Fault tests on real server processes (issue #11), on the engine of the project (PGlite or
 * PostgreSQL): a hostile spreadsheet while /health is timed, kill -9 in the middle of an import
 * and of a mass finalisation (after a restart: every acknowledged write there, nothing half
 * written), and parallel uploads over the limit.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { createServices } from '../../src/core/services.js';
import type { Actor } from '../../src/core/actor.js';
import { openDatabase, queryRows, type Database } from '../../src/db/client.js';
import { NIP } from '../context.js';
import { bomXlsx } from '../xlsx-bom.js';
import { basisDataBaru, KLIEN, masuk, mulaiServer, multipart, type BasisDataUji, type ServerProses } from './proses.js';

const dibersihkan: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const f of dibersihkan.reverse()) await f().catch(() => {});
});

async function siapkan(): Promise<BasisDataUji> {
  const db = await basisDataBaru();
  dibersihkan.push(db.hapus);
  return db;
}
async function mulai(db: BasisDataUji, env: Record<string, string> = {}): Promise<ServerProses> {
  const s = await mulaiServer({ ...db.env, ...env });
  dibersihkan.push(() => s.bunuh());
  return s;
}
/** The database itself (only while no server holds it, for PGlite). */
function buka(db: BasisDataUji): Promise<Database> {
  return db.kind === 'pglite' ? openDatabase({ kind: 'pglite', dataDir: path.join(db.dataDir, 'pglite') }) : openDatabase({ kind: 'postgres', url: db.url!, poolSize: 2 });
}

/** An approved SKP of this year with one RHK and one progress entry of the pegawai, written directly. */
async function entriProgres(db: BasisDataUji, nip: string): Promise<string> {
  const database = await buka(db);
  try {
    const tahun = new Date().getFullYear();
    const [p] = await queryRows<{ id: string; instansi_id: string }>(database.db, sql`SELECT id, instansi_id FROM pegawai WHERE nip = ${nip}`);
    const i = p!.instansi_id;
    const [skp] = await queryRows<{ id: string }>(
      database.db,
      sql`INSERT INTO skp (instansi_id, pegawai_id, tahun, versi, status, periode_mulai, periode_selesai)
          VALUES (${i}, ${p!.id}, ${tahun}, 9, 'DISETUJUI', ${`${tahun}-01-01`}, ${`${tahun}-12-31`}) RETURNING id`,
    );
    const [rhk] = await queryRows<{ id: string }>(database.db, sql`INSERT INTO rhk (instansi_id, skp_id, jenis, uraian, urutan) VALUES (${i}, ${skp!.id}, 'UTAMA', 'Layanan tertib', 0) RETURNING id`);
    const [r] = await queryRows<{ id: string }>(
      database.db,
      sql`INSERT INTO realisasi (instansi_id, id, pegawai_id, skp_id, rhk_id, tanggal, uraian) VALUES (${i}, gen_random_uuid(), ${p!.id}, ${skp!.id}, ${rhk!.id}, ${`${tahun}-01-05`}, 'Rapat') RETURNING id`,
    );
    return r!.id;
  } finally {
    await database.close();
  }
}

describe('a hostile spreadsheet does not hold up the server', () => {
  it('an XLSX bomb is refused in under a second, a 20,000-row file is read off the request thread, and /health stays under 100 ms', async () => {
    const db = await siapkan();
    const s = await mulai(db);
    const cookie = await masuk(s.url, NIP.pelaksana);
    const unggah = async (isi: Buffer) => {
      const mp = multipart('progres.xlsx', isi);
      const t0 = performance.now();
      const r = await fetch(`${s.url}/api/v1/realisasi/impor`, { method: 'POST', headers: { ...KLIEN, cookie, 'content-type': mp.contentType }, body: mp.body });
      return { status: r.status, body: (await r.json()) as { error: string; message: string }, ms: performance.now() - t0 };
    };
    // The files are built first: building them would block this process, not the server.
    const bomBerkas = bomXlsx({ mbTerurai: 325, bentuk: 'sel' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('progres');
    ws.addRow(['rencana_aksi_id', 'tanggal', 'uraian', 'jumlah']);
    for (let i = 0; i < 20_050; i++) ws.addRow(['00000000-0000-4000-8000-000000000000', '2026-03-02', `Kegiatan ${i} ${'isi '.repeat(10)}`, 1]);
    const besarBerkas = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const latensi: number[] = [];
    let jalan = true;
    const pantau = (async () => {
      while (jalan) {
        const t0 = performance.now();
        const r = await fetch(`${s.url}/health`);
        await r.arrayBuffer();
        latensi.push(performance.now() - t0);
        // The probe's pace (a request every ~10 ms), not a wait for a condition.
        await new Promise((res) => setTimeout(res, 10));
      }
    })();
    try {
      const bom = await unggah(bomBerkas);
      expect(bom.status).toBe(413);
      expect(bom.body.error).toBe('spreadsheet_melampaui_batas');
      expect(bom.ms).toBeLessThan(1000);

      const besar = await unggah(besarBerkas);
      expect(besar.status).toBe(413);
      expect(besar.body.message).toBe('Berkas ditolak: lebih dari 20000 baris data. Bagi data menjadi beberapa berkas.');
    } finally {
      jalan = false;
      await pantau;
    }
    expect(latensi.length).toBeGreaterThan(20);
    latensi.sort((a, b) => a - b);
    expect(latensi.at(-1)).toBeLessThan(100);
  }, 300_000);
});

describe('uploads over the limit, in parallel, over HTTP', () => {
  it('are all refused 413 and nothing is stored', async () => {
    const db = await siapkan();
    const entriId = await entriProgres(db, NIP.pelaksana);
    const s = await mulai(db, { UPLOAD_MAX_MB: '2' });
    const cookie = await masuk(s.url, NIP.pelaksana);
    const entri = { id: entriId };
    const isi = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024 + 64 * 1024, 0x41)]);
    const hasil = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const mp = multipart('besar.pdf', isi, { fields: { id: crypto.randomUUID() }, type: 'application/pdf' });
        const r = await fetch(`${s.url}/api/v1/realisasi/${entri!.id}/bukti`, { method: 'POST', headers: { ...KLIEN, cookie, 'content-type': mp.contentType }, body: mp.body });
        return { status: r.status, body: await r.text() };
      }),
    );
    for (const h of hasil) expect(h.status, h.body).toBe(413);
    const detail = (await (await fetch(`${s.url}/api/v1/realisasi/${entri!.id}`, { headers: { cookie } })).json()) as { bukti: Array<{ nama: string }> };
    expect(detail.bukti.filter((b) => b.nama === 'besar.pdf')).toEqual([]);
  }, 300_000);
});

describe('kill -9 in the middle of a write', () => {
  /** 1,500 valid pegawai rows with NIPs no template pegawai has. */
  function csvPegawai(): string {
    const rows = ['nip,nama,jenis_asn,golongan,kode_jabatan'];
    for (let i = 0; i < 1500; i++) {
      const bulan = String(1 + Math.floor(i / 999)).padStart(2, '0');
      rows.push(`19770707200${bulan === '01' ? '5' : '6'}${bulan}1${String((i % 999) + 1).padStart(3, '0')},Pegawai Impor ${i},PNS,III/a,DINKES.UMPEG.PENGADM`);
    }
    return `${rows.join('\n')}\n`;
  }
  const hitungImpor = async (url: string, cookie: string) => {
    const r = await fetch(`${url}/api/v1/pegawai?q=1977070720&pageSize=1`, { headers: { cookie } });
    return ((await r.json()) as { total: number }).total;
  };

  it('during a pegawai import: after a restart all rows or none, acknowledged writes kept, the server serves', async () => {
    const db = await siapkan();
    const csv = Buffer.from(csvPegawai());
    for (const jedaMs of [40, 250, 900]) {
      const s = await mulai(db);
      const cookie = await masuk(s.url, NIP.adminBkpsdm);
      // An acknowledged write just before the import.
      const kode = `GGN${jedaMs}`;
      const unit = await fetch(`${s.url}/api/v1/unit-kerja`, {
        method: 'POST',
        headers: { ...KLIEN, cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ parentId: null, kode, nama: `Unit Uji ${jedaMs}`, jenis: 'DINAS' }),
      });
      expect(unit.status, await unit.clone().text()).toBe(201);
      const mp = multipart('pegawai.csv', csv, { field: 'berkas', type: 'text/csv' });
      const impor = fetch(`${s.url}/api/v1/impor/pegawai`, { method: 'POST', headers: { ...KLIEN, cookie, 'content-type': mp.contentType }, body: mp.body }).then(
        (r) => r.status,
        () => 0,
      );
      // Fault injection, not a wait for a condition: the kill lands this long after the request starts.
      await new Promise((r) => setTimeout(r, jedaMs));
      await s.bunuh();
      const status = await impor;

      const lagi = await mulai(db);
      const c2 = await masuk(lagi.url, NIP.adminBkpsdm);
      const n = await hitungImpor(lagi.url, c2);
      // Acknowledged (200) means every row; otherwise every row or none — never a part.
      if (status === 200) expect(n).toBe(1500);
      else expect([0, 1500]).toContain(n);
      const units = (await (await fetch(`${lagi.url}/api/v1/unit-kerja`, { headers: { cookie: c2 } })).json()) as { items?: Array<{ kode: string }> } | Array<{ kode: string }>;
      const daftar = Array.isArray(units) ? units : (units.items ?? []);
      expect(daftar.some((u) => u.kode === kode)).toBe(true);
      await lagi.hentikan();
    }
  }, 300_000);

  it('during a mass finalisation: after a restart every unit is final or none is, with its audit event', async () => {
    const db = await siapkan();
    // The annual period opened and every evaluation rated, directly (the test times nothing here).
    const tahun = new Date().getFullYear();
    let periodeId = '';
    let units = 0;
    {
      const database = await buka(db);
      const config = loadConfig({ ...db.env, SEED_DEMO: 'false', JOBS: 'false', LOG_LEVEL: 'silent' });
      const services = createServices({ database, config });
      const [admin] = await queryRows<{ user_id: string; instansi_id: string; pegawai_id: string; nama: string }>(
        database.db,
        sql`SELECT a.id AS user_id, a.instansi_id, a.pegawai_id, p.nama FROM user_account a JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id WHERE a.nip = ${NIP.adminBkpsdm}`,
      );
      const actor: Actor = { userId: admin!.user_id, instansiId: admin!.instansi_id, pegawaiId: admin!.pegawai_id, nip: NIP.adminBkpsdm, nama: admin!.nama, roles: ['PEGAWAI', 'ADMIN_BKPSDM'], pengelolaUnitIds: [] };
      // Every pegawai of the demo pemda with an approved SKP of the year (the period evaluates those).
      await database.db.execute(sql`
        INSERT INTO skp (instansi_id, pegawai_id, tahun, versi, status, periode_mulai, periode_selesai)
        SELECT p.instansi_id, p.id, ${tahun}, 9, 'DISETUJUI', ${`${tahun}-01-01`}, ${`${tahun}-12-31`} FROM pegawai p
         WHERE p.instansi_id = ${admin!.instansi_id} AND p.status = 'AKTIF'
           AND NOT EXISTS (SELECT 1 FROM skp s WHERE s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.tahun = ${tahun} AND s.status = 'DISETUJUI')`);
      const p = await services.penilaian.bukaPeriode(actor, { jenis: 'TAHUNAN', tahun, nomor: 1, batasPenilaian: `${tahun + 1}-01-31` });
      periodeId = p.id;
      const i = admin!.instansi_id;
      await database.db.execute(sql`
        INSERT INTO capaian_organisasi (instansi_id, periode_id, unit_id, capaian, justifikasi, ditetapkan_oleh)
        SELECT DISTINCT instansi_id, periode_id, unit_id, 'BAIK', 'Sasaran Perjanjian Kinerja tercapai sesuai target.', ${admin!.pegawai_id}::uuid
          FROM evaluasi WHERE instansi_id = ${i} AND periode_id = ${periodeId} ON CONFLICT DO NOTHING`);
      await database.db.execute(sql`
        WITH r AS (SELECT id, row_number() OVER (PARTITION BY unit_id ORDER BY pegawai_id) AS k, count(*) OVER (PARTITION BY unit_id) AS n
                     FROM evaluasi WHERE instansi_id = ${i} AND periode_id = ${periodeId})
        UPDATE evaluasi e SET status = 'DINILAI', rating_hasil_kerja = 'SESUAI_EKSPEKTASI', rating_perilaku = 'SESUAI_EKSPEKTASI', predikat = 'BAIK'
          FROM r WHERE e.instansi_id = ${i} AND e.id = r.id`);
      const [u] = await queryRows<{ n: number }>(database.db, sql`SELECT count(DISTINCT unit_id)::int AS n FROM evaluasi WHERE periode_id = ${periodeId}`);
      units = u!.n;
      await database.close();
    }
    expect(units).toBeGreaterThan(1);

    /** The invariants after any crash: a unit's finalisation record, its evaluations and the audit event go together. */
    const periksa = async () => {
      const database = await buka(db);
      try {
        const [r] = await queryRows<{ final_unit: number; unit_semua_final: number; eval_final: number; eval_di_unit_final: number; audit: number }>(
          database.db,
          sql`SELECT (SELECT count(*)::int FROM finalisasi_unit WHERE periode_id = ${periodeId}) AS final_unit,
                     (SELECT count(*)::int FROM (SELECT unit_id FROM evaluasi WHERE periode_id = ${periodeId} GROUP BY unit_id HAVING bool_and(status = 'FINAL')) x) AS unit_semua_final,
                     (SELECT count(*)::int FROM evaluasi WHERE periode_id = ${periodeId} AND status = 'FINAL') AS eval_final,
                     (SELECT count(*)::int FROM evaluasi e WHERE e.periode_id = ${periodeId}
                         AND EXISTS (SELECT 1 FROM finalisasi_unit f WHERE f.periode_id = e.periode_id AND f.unit_id = e.unit_id)) AS eval_di_unit_final,
                     (SELECT count(*)::int FROM audit_event WHERE entity_type = 'finalisasi_unit' AND entity_id = ${periodeId}) AS audit`,
        );
        expect(r!.unit_semua_final).toBe(r!.final_unit);
        expect(r!.eval_final).toBe(r!.eval_di_unit_final);
        expect(r!.audit).toBe(r!.final_unit > 0 ? 1 : 0);
        return r!;
      } finally {
        await database.close();
      }
    };

    let selesai = false;
    const log = (m: string) => console.log(`[finalisasi ${Math.round(performance.now())}] ${m}`);
    log('siap');
    for (const jedaMs of [5, 60, 200, 600]) {
      const s = await mulai(db);
      log(`server ${jedaMs}`);
      const cookie = await masuk(s.url, NIP.adminBkpsdm);
      // An answer cut off by the kill (headers sent, body not) acknowledges nothing, like no answer.
      const req = fetch(`${s.url}/api/v1/penilaian/periode/${periodeId}/finalisasi-massal`, { method: 'POST', headers: { ...KLIEN, cookie } }).then(
        async (r) => {
          if (r.status !== 200) return { status: r.status, unitFinal: -1 };
          try {
            return { status: 200, unitFinal: ((await r.json()) as { unitFinal: number }).unitFinal };
          } catch {
            return { status: 0, unitFinal: -1 };
          }
        },
        () => ({ status: 0, unitFinal: -1 }),
      );
      // Fault injection, not a wait for a condition: the kill lands this long after the request starts.
      await new Promise((r) => setTimeout(r, jedaMs));
      await s.bunuh();
      const { status, unitFinal } = await req;
      const r = await periksa();
      log(`dibunuh ${jedaMs} ms setelah permintaan (jawaban ${status}): ${JSON.stringify(r)}`);
      // Acknowledged: everything it reported is there.
      if (status === 200) expect(r.final_unit).toBe(unitFinal);
      if (r.final_unit > 0) {
        selesai = true;
        break;
      }
    }
    // Whether or not a kill landed mid-transaction, the server serves after it and can finish the job.
    const s = await mulai(db);
    const cookie = await masuk(s.url, NIP.adminBkpsdm);
    let dilaporkan = -1;
    if (!selesai) {
      const r = await fetch(`${s.url}/api/v1/penilaian/periode/${periodeId}/finalisasi-massal`, { method: 'POST', headers: { ...KLIEN, cookie } });
      expect(r.status).toBe(200);
      dilaporkan = ((await r.json()) as { unitFinal: number }).unitFinal;
    }
    await s.hentikan();
    const akhir = await periksa();
    expect(akhir.final_unit).toBeGreaterThan(0);
    if (dilaporkan >= 0) expect(akhir.final_unit).toBe(dilaporkan);
  }, 300_000);
});
