/**
 * Starts the real server (`capaian start`) on a fresh embedded database in a temporary
 * directory, waits until it is healthy, and stops it after the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = '/usr/bin/chromium';

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian chromium at ${CHROMIUM} (apt-get install chromium).`);
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) throw new Error('Build the web app first (npm run build).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-e2e-'));
  const port = 3210 + (process.pid % 500);
  // The browser tests run on the embedded database, whatever DATABASE_URL says.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server/bin/capaian.js'), 'start'], {
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, DEMO_PEGAWAI: '200', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const baseUrl = `http://127.0.0.1:${port}`;
  // The server says it is listening on stdout ("Capaian berjalan di …"): await that line (or its exit).
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 90 s:\n${log}`)), 90_000);
    const selesai = (err?: Error) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    child.stdout?.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('Capaian berjalan di')) selesai();
    });
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    child.once('exit', () => selesai(new Error(`server exited early:\n${log}`)));
  });
  const health = await fetch(`${baseUrl}/health`);
  if (!health.ok) throw new Error(`server is not healthy (${health.status}):\n${log}`);
  project.provide('baseUrl', baseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
