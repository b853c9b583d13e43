/**
 * The two routes of an all-or-nothing table import: the XLSX template to download, and the upload
 * (multipart, field "file", XLSX/CSV, at most BATAS_BERKAS_TABEL) handed to the service with the
 * caller. The service checks the caller's rights before it reads a row.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { z } from 'zod';
import type { Actor } from './actor.js';
import { contentDisposition } from './berkas.js';
import { requireActor } from './http.js';
import { BATAS_BERKAS_TABEL } from './spreadsheet.js';
import { bacaBerkas } from './unggahan.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ruteImpor<R extends z.ZodType>(
  app: FastifyInstance,
  o: {
    tags: string[];
    /** The template is at `${path}/templat`, the upload at `${path}/impor`. */
    path: string;
    namaTemplat: string;
    ringkasTemplat: string;
    ringkasImpor: string;
    hasil: R;
    templat: (actor: Actor) => Promise<Buffer>;
    impor: (actor: Actor, data: Buffer, filename: string) => Promise<z.infer<R>>;
  },
) {
  // (The schemas still validate and serialise through the app's compilers; the typed provider cannot
  // follow a schema passed in as a type parameter.)
  app.get(`${o.path}/templat`, { schema: { tags: o.tags, summary: o.ringkasTemplat } }, async (req, reply) => {
    const body = await o.templat(requireActor(req));
    return reply.type(XLSX).header('content-disposition', contentDisposition('attachment', o.namaTemplat)).send(body);
  });
  const schema: FastifySchema = { tags: o.tags, summary: o.ringkasImpor, consumes: ['multipart/form-data'], response: { 200: o.hasil } };
  app.post(`${o.path}/impor`, { schema }, async (req) => {
    const actor = requireActor(req);
    const file = await bacaBerkas(req, { kolom: 'file', namaPart: 'file', maksByte: BATAS_BERKAS_TABEL });
    return o.impor(actor, file.data, file.filename);
  });
}
