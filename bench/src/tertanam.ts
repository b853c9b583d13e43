/**
 * The embedded default (issue #15): what `npm start` gives a dinas — Capaian on PGlite in its own
 * process (`capaian start`, a fresh DATA_DIR seeded with a 1,000-pegawai demo pemda) — under 16
 * connections of SKP detail reads (32 pegawai reading their own approved SKP) and of progress POSTs
 * (the same pegawai, a new client id each). Targets: SKP detail ≥ 100 req/s, progress POST ≥ 60
 * req/s, both p99 < 500 ms.
 *   npm run bench:tertanam
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { todayIn } from '@capaian/domain';
import type { PegawaiPage } from '@capaian/contract/pegawai';
import type { SkpDetail, SkpRingkas } from '@capaian/contract/skp';
import { KLIEN, masukSebagai } from './masuk.js';

const PORT = Number(process.env.PORT_TERTANAM ?? 3441);
const DETIK = Number(process.env.BENCH_SECONDS ?? 10);
const PEGAWAI = Number(process.env.BENCH_PEGAWAI_TERTANAM ?? 1000);
const ADMIN_BKPSDM = '198407152009011002';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dasar = `http://127.0.0.1:${PORT}`;

async function sehat() {
  try {
    return (await fetch(`${dasar}/health`)).ok;
  } catch {
    return false;
  }
}

const json = async <T>(url: string, cookie: string): Promise<T> => {
  const r = await fetch(`${dasar}${url}`, { headers: { cookie, ...KLIEN } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
};

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-tertanam-'));
  const t0 = performance.now();
  const server = spawn(process.execPath, [path.join(repo, 'server/bin/capaian.js'), 'start'], {
    cwd: repo,
    env: { ...process.env, DATABASE_URL: '', PORT: String(PORT), DATA_DIR: dataDir, STORAGE_DIR: path.join(dataDir, 'berkas'), DEMO_PEGAWAI: String(PEGAWAI), LOG_LEVEL: 'warn', JOBS: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let keluar = false;
  server.once('exit', () => (keluar = true));
  try {
    while (!(await sehat())) {
      if (keluar) throw new Error('capaian start exited before it served');
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`PGlite, ${PEGAWAI} pegawai demo pemda: serving after ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // 32 pegawai with an approved SKP of this year: their cookie, SKP and first RHK.
    const admin = await masukSebagai(PORT, ADMIN_BKPSDM);
    const tahun = Number(todayIn('WIB', new Date()).slice(0, 4));
    const orang: Array<{ cookie: string; skpId: string; rhkId: string }> = [];
    for (let page = 1; orang.length < 32 && page <= 20; page++) {
      const p = await json<PegawaiPage>(`/api/v1/pegawai?page=${page}&pageSize=50&status=AKTIF`, admin);
      for (const peg of p.items) {
        if (orang.length >= 32) break;
        const cookie = await masukSebagai(PORT, peg.nip);
        const skp = (await json<SkpRingkas[]>(`/api/v1/skp?tahun=${tahun}`, cookie)).find((s) => s.status === 'DISETUJUI');
        if (!skp) continue;
        const d = await json<SkpDetail>(`/api/v1/skp/${skp.id}`, cookie);
        const rhk = d.hasilKerja[0];
        if (rhk) orang.push({ cookie, skpId: skp.id, rhkId: rhk.id });
      }
    }
    if (orang.length < 8) throw new Error(`only ${orang.length} pegawai with an approved SKP found`);
    const hari = todayIn('WIB', new Date());

    let i = 0;
    const skp = () =>
      autocannon({
        url: dasar,
        connections: 16,
        duration: DETIK,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              const o = orang[i++ % orang.length]!;
              return { ...req, path: `/api/v1/skp/${o.skpId}`, headers: { ...req.headers, cookie: o.cookie, ...KLIEN } };
            },
          },
        ],
      });
    const post = () =>
      autocannon({
        url: dasar,
        connections: 16,
        duration: DETIK,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const o = orang[i++ % orang.length]!;
              return {
                ...req,
                path: '/api/v1/realisasi',
                headers: { ...req.headers, cookie: o.cookie, ...KLIEN, 'content-type': 'application/json' },
                body: JSON.stringify({ id: randomUUID(), rhkId: o.rhkId, tanggal: hari, uraian: 'Melayani pemohon', jumlah: 1 }),
              };
            },
          },
        ],
      });
    console.log(`\n16 connections, ${DETIK} s each, ${orang.length} pegawai\n`);
    console.log('| scenario | req/s | p50 ms | p99 ms | errors | target |\n|---|---|---|---|---|---|');
    const baris = (nama: string, r: autocannon.Result, target: string) =>
      console.log(`| ${nama} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} | ${target} |`);
    const a = await skp();
    baris('GET SKP detail (own, approved)', a, '≥ 100 req/s, p99 < 500 ms');
    const b = await post();
    baris('POST progress', b, '≥ 60 req/s, p99 < 500 ms');
    const ok = a.requests.average >= 100 && a.latency.p99 < 500 && b.requests.average >= 60 && b.latency.p99 < 500 && a.non2xx + b.non2xx === 0;
    console.log(`\ntargets: ${ok ? 'met' : 'NOT met'}`);
  } finally {
    const selesai = new Promise((r) => (keluar ? r(null) : server.once('exit', r)));
    server.kill('SIGTERM');
    await selesai;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
