/**
 * Uploaded files (bukti dukung, lampiran keberatan): which types are accepted and under which
 * display name they are kept. The type comes from the content (magic bytes, `file-type`), never
 * from the name or the client's Content-Type; the name is only for display and download.
 */
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors.js';

/** Accepted types, by the type detected from the content. */
export const JENIS_BERKAS: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
/** Legacy Office files are OLE compound files ('cfb'): the name tells a .doc from a .xls. */
export const CFB_MIME: Readonly<Record<string, string>> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

/**
 * A safe display name for an uploaded file: no directories or control characters, and an
 * extension that matches the detected type (a JPEG named "x.html" is saved as "x.html.jpg").
 */
export function namaBerkas(filename: string | undefined, ext: string): string {
  const base = path.basename((filename ?? '').replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'berkas';
  const current = path.extname(base).slice(1).toLowerCase();
  const same = current === ext || (ext === 'jpg' && current === 'jpeg');
  const name = same ? base : `${base}.${ext}`;
  return name.length > 200 ? `${name.slice(0, 190)}.${ext}` : name;
}

/** A part of a generated file name (a person's or a period's name): letters and digits joined by '-'. */
export const bagianNamaBerkas = (s: string): string => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** What an accepted upload is stored as. */
export interface JenisTerperiksa {
  mime: string;
  /** The display name, its extension matching the content. */
  nama: string;
}

/**
 * Checks an upload's content against the allow-list and answers its MIME type and safe display
 * name, or throws 415 'jenis_berkas_ditolak' (field `file`) naming what was detected.
 */
export async function periksaJenisBerkas(data: Buffer, filename: string | undefined): Promise<JenisTerperiksa> {
  // A truncated or malformed container may make the detector throw: that is 'not recognised'.
  const type = await fileTypeFromBuffer(data).catch(() => undefined);
  const ext = type?.ext ?? '';
  const legacy = ext === 'cfb' ? path.extname(filename ?? '').slice(1).toLowerCase() : '';
  const mime = JENIS_BERKAS[ext] ?? (ext === 'cfb' ? (CFB_MIME[legacy] ?? 'application/x-cfb') : null);
  if (!mime)
    throw new AppError('jenis_berkas_ditolak', 'Jenis berkas tidak diterima. Unggah foto (JPEG, PNG, WebP), PDF, atau dokumen Office/OpenDocument.', {
      file: `isi berkas bukan jenis yang diizinkan${type ? ` (terdeteksi ${type.ext})` : ''}`,
    });
  return { mime, nama: namaBerkas(filename, ext === 'cfb' ? (CFB_MIME[legacy] ? legacy : 'bin') : ext) };
}

/** RFC 6266 / 5987 Content-Disposition with an ASCII fallback name. */
export function contentDisposition(kind: 'inline' | 'attachment', nama: string): string {
  const ascii = nama.replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(nama).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A stored upload as a download answers it. */
export interface BerkasTersimpan {
  body: Buffer | NodeJS.ReadableStream;
  mime: string;
  nama: string;
  ukuran: number | null;
}

/**
 * Sends a stored upload (evidence, a keberatan attachment, a training certificate): images and PDFs
 * inline, anything else as an attachment, never sniffed, sandboxed, not cached by shared caches.
 */
export function kirimBerkas(reply: FastifyReply, f: BerkasTersimpan) {
  const inline = f.mime.startsWith('image/') || f.mime === 'application/pdf';
  reply
    .header('content-type', f.mime)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', f.nama))
    .header('cache-control', 'private, no-cache');
  if (f.ukuran !== null) reply.header('content-length', f.ukuran);
  return reply.send(f.body);
}
