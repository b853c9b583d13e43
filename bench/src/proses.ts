/** The benchmarks' servers run in their own process: the load generator must not share their event loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts `skrip` (serve.ts, beranda-serve.ts: beside this file) with `env` added to this process's
 * environment, passes its output through, and resolves once it prints "ready". `selesai` resolves
 * when it has exited.
 */
export async function mulaiServer(skrip: string, env: Record<string, string>): Promise<{ child: ChildProcess; selesai: Promise<void> }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, skrip)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const selesai = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      process.stdout.write(d);
      if (d.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
  });
  return { child, selesai };
}
