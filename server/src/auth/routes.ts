import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, requireActor, sessionToken, setSessionCookie } from '../core/http.js';
import type { Services } from '../core/services.js';
import { ChangePasswordBody, LoginBody, LoginResult, Me } from '@capaian/contract/auth';

export const authRoutes: FastifyPluginAsyncZod<{ services: Services; cookieSecure: boolean }> = async (app, { services, cookieSecure }) => {
  const tags = ['auth'];
  app.post(
    '/auth/login',
    { schema: { tags, summary: 'Masuk dengan NIP dan kata sandi', body: LoginBody, response: { 200: LoginResult } } },
    async (req, reply) => {
      const s = await services.auth.login(req.body.nip, req.body.password, {
        ip: req.ip,
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
      });
      setSessionCookie(reply, s.token, s.expiresAt, cookieSecure);
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
