/**
 * Request checks that come before any route's work:
 *
 * - `periksaAsal` (cross-site request forgery): a write to the API (POST, PUT, PATCH, DELETE)
 *   must carry the `X-Capaian` header every Capaian client sends (a page on another site cannot
 *   add one without a CORS preflight, which Capaian never grants), and when the browser names
 *   the page's origin (Origin, Sec-Fetch-Site) it must be this site. SameSite=Lax cookies alone
 *   leave same-site and top-level cases open; this closes them, the public form included.
 * - `periksaTeks`: text PostgreSQL cannot store (NUL) or that is not valid Unicode (a lone
 *   surrogate) anywhere in the body, query or path is refused with a 400 naming the field.
 */
import type { FastifyRequest } from 'fastify';
import { HEADER_KLIEN } from '@capaian/contract/common';
import { AppError, errors } from './errors.js';

const AMAN = new Set(['GET', 'HEAD', 'OPTIONS']);

const ditolak = (alasan: string) => new AppError('asal_ditolak', `Permintaan ditolak: ${alasan}. Buka Capaian dari alamatnya sendiri lalu coba lagi.`);

/** The request's own host as an Origin would name it (the scheme's default port dropped). */
function hostSitus(req: FastifyRequest): string {
  try {
    return new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    return req.host;
  }
}

export function periksaAsal(req: FastifyRequest, publicUrl: string): void {
  if (AMAN.has(req.method)) return;
  if (req.headers['sec-fetch-site'] === 'cross-site') throw ditolak('dikirim dari situs lain');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw ditolak('asal permintaan tidak valid');
    }
    // This site as the browser reached it (Host, or X-Forwarded-Host behind a trusted proxy) or as configured.
    if (host !== hostSitus(req) && host !== new URL(publicUrl).host) throw ditolak('dikirim dari situs lain');
  } else if (origin === 'null') throw ditolak('dikirim dari halaman tanpa asal');
  if (req.headers[HEADER_KLIEN] === undefined) throw ditolak(`header ${HEADER_KLIEN} tidak ada`);
}

// NUL, and UTF-16 surrogates that do not form a pair.
const TIDAK_SAH = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function cari(v: unknown, jalur: string, hasil: Record<string, string>, kedalaman = 0): void {
  if (kedalaman > 20) return;
  if (typeof v === 'string') {
    if (TIDAK_SAH.test(v)) hasil[jalur || '_'] = 'berisi karakter yang tidak dapat disimpan (NUL atau teks rusak)';
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => cari(x, jalur ? `${jalur}.${i}` : String(i), hasil, kedalaman + 1));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      const nama = TIDAK_SAH.test(k) ? '_' : k;
      if (nama === '_') hasil[jalur || '_'] = 'berisi karakter yang tidak dapat disimpan (NUL atau teks rusak)';
      else cari(x, jalur ? `${jalur}.${nama}` : nama, hasil, kedalaman + 1);
    }
}

export function periksaTeks(req: FastifyRequest): void {
  const hasil: Record<string, string> = {};
  cari(req.params, '', hasil);
  cari(req.query, '', hasil);
  // Multipart bodies are streams here: their fields are checked where they are read.
  if (!req.isMultipart()) cari(req.body, '', hasil);
  if (Object.keys(hasil).length) throw errors.validation(hasil, `Data tidak valid — ${Object.entries(hasil).map(([k, m]) => `${k}: ${m}`).join('; ')}`);
}
