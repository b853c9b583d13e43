/**
 * Start times (issue #15, quick start): `npm start` on a fresh clone of this checkout (the web app
 * not built, the embedded database empty: build, migrate, seed the demo pemda), a restart after a
 * clean stop, and a restart after kill -9 — each until GET /health answers 200.
 * The clone gets this checkout's node_modules as hard links (what `npm install` would put there).
 * Run: npm run bench:mulai
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.PORT_MULAI ?? 3998);

function siapkanKlon(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-mulai-'));
  execFileSync('git', ['clone', '-q', repo, dir]);
  for (const w of ['', 'domain', 'contract', 'server', 'web', 'e2e', 'bench']) {
    const src = path.join(repo, w, 'node_modules');
    if (fs.existsSync(src)) execFileSync('cp', ['-al', src, path.join(dir, w, 'node_modules')]);
  }
  return dir;
}

async function sehat(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/health`)).ok;
  } catch {
    return false;
  }
}

/** Starts `npm start` and resolves with the seconds until /health answers, and the process. */
async function mulai(dir: string): Promise<{ detik: number; proses: ChildProcess }> {
  const t0 = performance.now();
  const proses = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: String(PORT), DATABASE_URL: '' }, detached: true, stdio: 'ignore' });
  let keluar = false;
  proses.once('exit', () => (keluar = true));
  for (;;) {
    if (keluar) throw new Error('npm start exited before it served');
    if (await sehat()) return { detik: (performance.now() - t0) / 1000, proses };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function henti(p: ChildProcess, sinyal: NodeJS.Signals) {
  const selesai = new Promise((r) => p.once('exit', r));
  process.kill(-p.pid!, sinyal);
  await selesai;
  while (await sehat()) await new Promise((r) => setTimeout(r, 100));
}

const dir = siapkanKlon();
try {
  const pertama = await mulai(dir);
  await henti(pertama.proses, 'SIGTERM');
  const ulang = await mulai(dir);
  await henti(ulang.proses, 'SIGKILL');
  const setelahKill = await mulai(dir);
  await henti(setelahKill.proses, 'SIGTERM');
  console.log(`\n| start (npm start until /health answers) | seconds |\n|---|---|`);
  console.log(`| first start on a fresh clone (build the web app, migrate, seed 600 pegawai) | ${pertama.detik.toFixed(1)} |`);
  console.log(`| restart after a clean stop | ${ulang.detik.toFixed(1)} |`);
  console.log(`| restart after kill -9 | ${setelahKill.detik.toFixed(1)} |`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
