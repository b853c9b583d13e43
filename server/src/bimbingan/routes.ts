import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../core/services.js';

export const bimbinganRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (_app, _opts) => {};
