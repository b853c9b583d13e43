import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import { errors } from './errors.js';

export const SESSION_COOKIE = 'capaian_sesi';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in caller, resolved once per request by the session hook. */
    actor: Actor | null;
  }
}

/** The caller, or a 401. Every /api/v1 route except login calls this first. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw errors.unauthenticated();
  return req.actor;
}

export function sessionToken(req: FastifyRequest): string | undefined {
  return req.cookies[SESSION_COOKIE];
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * JSON already validated against the route's response schema and serialised once (a cached answer
 * of a large pemda's dashboard): sent as is. With a JSON content type and a string payload Fastify
 * skips the route's serializer, so the cached text is not parsed again on every request.
 */
export function kirimJsonTersimpan(reply: FastifyReply, json: JsonTersimpan): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json.teks);
}

/** A response body checked by its schema and serialised, ready to be sent many times. */
export interface JsonTersimpan {
  readonly teks: string;
}

/** Checks a body against its response schema and serialises it once, to be sent many times. */
export const jsonTersimpan = <T>(schema: { parse(v: unknown): T }, nilai: T): JsonTersimpan => ({ teks: JSON.stringify(schema.parse(nilai)) });
