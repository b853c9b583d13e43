import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, requireActor, sessionToken, setSessionCookie } from '../core/http.js';
import type { Services } from '../core/services.js';
import { ChangePasswordBody, LoginBody, LoginResult, Me } from '@capaian/contract/auth';

/** The login device cookie: a random id, sent only to the auth API (auth/pembatas-masuk.ts). */
export const COOKIE_PERANGKAT_MASUK = 'capaian_perangkat_masuk';
const PERANGKAT_RE = /^[A-Za-z0-9_-]{22}$/;

export const authRoutes: FastifyPluginAsyncZod<{ services: Services; cookieSecure: boolean }> = async (app, { services, cookieSecure }) => {
  const tags = ['auth'];
  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Masuk dengan NIP dan kata sandi (dibatasi per alamat dan per akun+perangkat; 429 dengan Retry-After bila terlalu banyak gagal)',
        body: LoginBody,
        response: { 200: LoginResult },
      },
    },
    async (req, reply) => {
      const perangkat = req.cookies[COOKIE_PERANGKAT_MASUK];
      const s = await services.auth.login(req.body.nip, req.body.password, {
        ip: req.ip,
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
        ...(perangkat && PERANGKAT_RE.test(perangkat) ? { perangkat } : {}),
      });
      setSessionCookie(reply, s.token, s.expiresAt, cookieSecure);
      // The device is known to this account from now on (its own login throttle bucket).
      reply.setCookie(COOKIE_PERANGKAT_MASUK, s.perangkat, { path: '/api/v1/auth', httpOnly: true, sameSite: 'strict', secure: cookieSecure, maxAge: 365 * 24 * 60 * 60 });
      return { ok: true as const, wajibGantiPassword: s.mustChangePassword };
    },
  );

  app.post('/auth/logout', { schema: { tags, summary: 'Keluar', response: { 204: z.undefined() } } }, async (req, reply) => {
    const token = sessionToken(req);
    if (token) await services.auth.logout(token);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', { schema: { tags, summary: 'Pengguna yang sedang masuk', response: { 200: Me } } }, async (req) => {
    return services.auth.me(requireActor(req));
  });

  app.post(
    '/auth/password',
    { schema: { tags, summary: 'Ganti kata sandi sendiri', body: ChangePasswordBody, response: { 204: z.undefined() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      await services.auth.changePassword(actor, sessionToken(req) ?? '', req.body.passwordLama, req.body.passwordBaru);
      return reply.code(204).send();
    },
  );
};
