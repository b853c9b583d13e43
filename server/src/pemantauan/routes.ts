import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../core/services.js';

export const pemantauanRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (_app, _opts) => {};
