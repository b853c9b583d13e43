/**
 * The one way an uploaded file is read (evidence, keberatan attachments, spreadsheets): its bytes
 * are counted as they stream and the upload is refused the moment it passes the limit, so a file
 * over the limit is never stored cut off, whatever the concurrency (busboy would otherwise stop
 * at the limit and hand over a truncated file). Only one file part is read per request.
 */
import type { MultipartFields } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, errors } from './errors.js';

export interface BerkasDiunggah {
  filename: string;
  data: Buffer;
  /** The form fields sent before the file part. */
  fields: MultipartFields;
}

export interface OpsiUnggahan {
  /** The field named in errors ('file', 'berkas'). */
  kolom: string;
  maksByte: number;
  /** What the field should hold, for the "not multipart" error. */
  keterangan?: string;
  /** Only a file part of this name is accepted (e.g. 'file'). */
  namaPart?: string;
}

export const terlaluBesar = (kolom: string, maksByte: number) => {
  const mb = Math.floor(maksByte / (1024 * 1024));
  return new AppError('berkas_terlalu_besar', `Berkas terlalu besar: paling besar ${mb} MB.`, { [kolom]: `paling besar ${mb} MB` });
};

export async function bacaBerkas(req: FastifyRequest, o: OpsiUnggahan): Promise<BerkasDiunggah> {
  try {
    return await baca(req, o);
  } catch (err) {
    if (err instanceof AppError || (err as { statusCode?: number }).statusCode) throw err;
    // busboy's own errors: a form cut off before its closing boundary, a malformed part header, …
    // The client sent a broken body; nothing was stored.
    if (err instanceof Error && /multipart|boundary|unexpected end|malformed|part/i.test(err.message))
      throw errors.validation({ [o.kolom]: 'isi multipart/form-data rusak atau terputus; kirim ulang berkasnya' });
    throw err;
  }
}

async function baca(req: FastifyRequest, o: OpsiUnggahan): Promise<BerkasDiunggah> {
  if (!req.isMultipart()) throw errors.validation({ [o.kolom]: `kirim ${o.keterangan ?? 'berkas'} sebagai multipart/form-data` });
  // One byte over the limit lets the count below see an oversized file (busboy stops at its limit).
  const part = await req.file({ limits: { fileSize: o.maksByte + 1, files: 1, fields: 10, fieldSize: 4096, parts: 12 }, throwFileSizeLimit: false });
  if (!part || (o.namaPart && part.fieldname !== o.namaPart))
    throw errors.validation({ [o.kolom]: o.namaPart ? `wajib diunggah (field "${o.namaPart}")` : 'wajib diunggah' });
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > o.maksByte) {
      chunks.length = 0;
      part.file.destroy();
      throw terlaluBesar(o.kolom, o.maksByte);
    }
    chunks.push(chunk);
  }
  if (part.file.truncated) throw terlaluBesar(o.kolom, o.maksByte);
  return { filename: part.filename, data: Buffer.concat(chunks, n), fields: part.fields };
}
