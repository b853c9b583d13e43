/**
 * The embedded database's directory has one owner (issue #11): a CLI next to a running server
 * acts through it or refuses, a second server refuses, a lock left by a killed server is taken
 * over. PGlite only (PostgreSQL serves many processes by design).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { NIP } from '../context.js';
import { basisDataBaru, jalankanCli, KLIEN, masuk, mulaiServer, tungguSampai, type BasisDataUji, type ServerProses } from './proses.js';

const dibersihkan: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const f of dibersihkan.reverse()) await f().catch(() => {});
});
async function siapkan(): Promise<BasisDataUji> {
  const db = await basisDataBaru();
  dibersihkan.push(db.hapus);
  return db;
}
async function mulai(db: BasisDataUji): Promise<ServerProses> {
  const s = await mulaiServer(db.env);
  dibersihkan.push(() => s.bunuh());
  return s;
}

describe('one process per embedded directory', () => {
  it('a CLI next to a running server acts through it (its write is seen) or refuses', async () => {
    const db = await siapkan();
    const s = await mulai(db);
    const reset = await jalankanCli(['user', 'reset-password', NIP.guru], db.env);
    expect(reset.kode, reset.keluaran).toBe(0);
    const sandi = /Kata sandi sementara untuk \d+: (\S+)/.exec(reset.keluaran)?.[1];
    expect(sandi).toBeDefined();
    // The running server sees the write at once: the temporary password works there.
    const login = await fetch(`${s.url}/api/v1/auth/login`, { method: 'POST', headers: { ...KLIEN, 'content-type': 'application/json' }, body: JSON.stringify({ nip: NIP.guru, password: sandi }) });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ ok: true, wajibGantiPassword: true });
    // The audit names the command line's real actor (the OS user), not the account.
    const admin = await masuk(s.url, NIP.adminBkpsdm);
    const audit = (await (await fetch(`${s.url}/api/v1/audit?action=password`, { headers: { cookie: admin } })).json()) as { items: Array<{ actorNama: string | null; actorNip: string | null }> };
    expect(audit.items[0]).toMatchObject({ actorNip: null, actorNama: expect.stringMatching(/^Baris perintah \(.+@.+\)$/) });
    const migrate = await jalankanCli(['migrate'], db.env);
    expect(migrate.kode).toBe(1);
    expect(migrate.keluaran).toContain(`DATA_DIR sedang dipakai server (pid ${s.pid})`);
    const kedua = await jalankanCli(['start'], { ...db.env, PORT: '0' });
    expect(kedua.kode).toBe(1);
    expect(kedua.keluaran).toContain('Server Capaian sudah berjalan dengan DATA_DIR ini');
    await s.bunuh();
    // A lock left by a killed server is taken over.
    const setelah = await mulai(db);
    await tungguSampai(async () => (await fetch(`${setelah.url}/health`)).status === 200, 10_000);
  }, 180_000);
});
