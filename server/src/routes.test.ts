import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/context.js';

const t = await createTestContext();

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Every (method, path) the app serves, read back from Fastify's route tree (HEAD left out). */
function allRoutes(): Array<{ method: Method; path: string }> {
  const out: Array<{ method: Method; path: string }> = [];
  const stack: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()))
      if (method === 'GET' || method === 'POST' || method === 'PUT' || method === 'DELETE') out.push({ method, path });
  }
  return out;
}

const PUBLIC = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);

describe('authentication on every /api/v1 route', () => {
  const routes = allRoutes().filter((r) => r.path.startsWith('/api/v1/'));

  it('finds the routes of every feature', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/login',
        'GET /api/v1/auth/me',
        'POST /api/v1/auth/password',
        'GET /api/v1/unit-kerja/:id',
        'DELETE /api/v1/jabatan/:id',
        'POST /api/v1/plt',
        'GET /api/v1/pegawai/:id/atasan',
        'GET /api/v1/profil',
        'PUT /api/v1/akun/:id/peran',
        'POST /api/v1/akun/:id/buka-kunci',
        'GET /api/v1/audit',
        'POST /api/v1/impor/:jenis',
        'GET /api/v1/impor/:jenis/templat',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(33);
  });

  const guarded = allRoutes().filter((r) => r.path.startsWith('/api/v1/') && !PUBLIC.has(`${r.method} ${r.path}`));
  it.each(guarded.map((r) => [r.method, r.path] as const))('%s %s answers 401 without a session', async (method, path) => {
    const url = path.replaceAll(':id', randomUUID()).replaceAll(':jenis', 'pegawai');
    // No body and no query: a missing session must be reported before any validation.
    const res = await t.app.inject({ method, url });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' });
  });

  it('answers 401 to a forged session cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/pegawai', headers: { cookie: 'capaian_sesi=palsu' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('keeps login and logout open', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: '12', password: 'x' } });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ error: 'validation_failed', fields: { nip: 'NIP harus 18 digit angka' } });
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(logout.statusCode).toBe(204);
  });

  it('answers an unknown API address with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'Alamat tidak ditemukan.' });
  });
});

describe('OpenAPI and health', () => {
  it('serves a valid OpenAPI 3 document listing the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = res.json<{
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'Capaian API', version: '1.0.0' });
    expect(doc.components.securitySchemes).toEqual({ sesi: { type: 'apiKey', in: 'cookie', name: 'capaian_sesi' } });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/pegawai', '/api/v1/pegawai/{id}', '/api/v1/unit-kerja', '/api/v1/impor/{jenis}']));
    expect(doc.paths['/api/v1/pegawai']?.get).toMatchObject({ tags: ['pegawai'], responses: { 200: expect.any(Object) } });
    expect(doc.paths['/api/v1/pegawai']?.post).toBeDefined();
    // Every operation has responses, as OpenAPI requires; hidden routes are left out.
    for (const [p, ops] of Object.entries(doc.paths))
      for (const [verb, op] of Object.entries(ops)) expect(op.responses, `${verb} ${p}`).toBeDefined();
    expect(doc.paths['/health']).toBeUndefined();
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('reports health with the database status', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: { kind: t.kind, status: 'ok' } });
  });
});
