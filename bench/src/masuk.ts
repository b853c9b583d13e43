/** Signing in to a running Capaian server for the HTTP benchmarks: the session cookie of a NIP. */
import type { HeaderKlien } from '@capaian/contract/common';
import { DEMO_PASSWORD } from '../../server/src/seed/generator.js';

/** The header every Capaian client sends (writes without it are refused). */
export const KLIEN: Readonly<Record<HeaderKlien, string>> = { 'x-capaian': '1' };

/** Logs in as `nip` (the demo password) on the server at `port` and returns its session cookie. */
export async function masukSebagai(port: number, nip: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...KLIEN },
    body: JSON.stringify({ nip, password }),
  });
  const c = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!c.startsWith('capaian_sesi=')) throw new Error(`login ${nip} failed: ${res.status}`);
  return c;
}
