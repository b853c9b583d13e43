/**
 * Thin fetch wrapper for the Capaian API (/api/v1, same origin, session cookie).
 * Every non-2xx answer becomes an ApiError carrying the API's stable error id,
 * its Indonesian message, field errors, structured details and Retry-After.
 * Every request carries the client header (`x-capaian: 1`): the server refuses writes without
 * it (403 'asal_ditolak'), which a page on another site cannot add.
 */

import type { HeaderKlien } from '@capaian/contract/common';
import type { ErrorId } from '@capaian/contract/errors';
import { reportLayanan, reportNetwork } from './online';

export const API_BASE = '/api/v1';

/** The header every Capaian client sends (contract/common.ts: the type crosses, the literal is written here). */
const HEADER_KLIEN: HeaderKlien = 'x-capaian';
/** Headers for any request to the API made outside `request` (downloads with fetch). */
export const KLIEN_HEADERS: Readonly<Record<HeaderKlien, string>> = { [HEADER_KLIEN]: '1' };

/** The API's error ids (contract/errors.ts), and the two this client makes up when there is no API answer. */
export type ApiErrorId = ErrorId | 'network_error' | 'http_error';

/**
 * A request body whose required choices (keys K) a form may still hold unset: sent as null, the
 * server answers 400 naming that field together with every other invalid one.
 */
export type WithUnset<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export interface ImportProblem {
  baris: number;
  kolom: string;
  pesan: string;
}

export interface ApiErrorDetails {
  problems?: ImportProblem[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  /** Stable id from the API (e.g. "invalid_credentials", "validation_failed"). */
  readonly error: ApiErrorId;
  readonly fields: Record<string, string>;
  readonly details: ApiErrorDetails | undefined;
  /** Seconds the server asked to wait (Retry-After, or details.cobaLagiDetik), if it said. */
  readonly retryAfter: number | undefined;

  constructor(status: number, error: ApiErrorId, message: string, fields?: Record<string, string>, details?: ApiErrorDetails, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.fields = fields ?? {};
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * The server (or the proxy in front of it) is away for a moment: 502, 503 (e.g. the database
 * restarting: 'layanan_tidak_tersedia') or 504. Worth retrying; nothing was refused.
 */
export function isLayananTidakTersedia(e: unknown): boolean {
  return isApiError(e) && (e.error === 'layanan_tidak_tersedia' || e.status === 502 || e.status === 503 || e.status === 504);
}

/** No answer at all (no connection, or the server could not be reached). */
export function isNetworkError(e: unknown): boolean {
  return isApiError(e) && e.status === 0;
}

/** Seconds to wait before retrying, from the error's Retry-After or details.cobaLagiDetik. */
export function waitSeconds(e: unknown): number | undefined {
  if (!isApiError(e)) return undefined;
  const detik = e.details?.['cobaLagiDetik'];
  if (typeof detik === 'number' && Number.isFinite(detik) && detik >= 0) return detik;
  return e.retryAfter;
}

type ErrorListener = (e: ApiError) => void;
const errorListeners = new Set<ErrorListener>();

/** Called with every error answer of the API (e.g. to refetch `me` on 'wajib_ganti_password'). */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

function fail(e: ApiError): ApiError {
  for (const l of [...errorListeners]) {
    try {
      l(e);
    } catch (err) {
      console.error('API error listener failed', err);
    }
  }
  return e;
}

/** Retry-After: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The error message for a field (e.g. "nip"), if the API reported one. */
export function fieldError(e: unknown, field: string): string | undefined {
  return isApiError(e) ? e.fields[field] : undefined;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** JSON body, or FormData for multipart uploads. */
  body?: unknown;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toStringRecord(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

function toDetails(v: unknown): ApiErrorDetails | undefined {
  if (!isRecord(v)) return undefined;
  const details: ApiErrorDetails = { ...v };
  const problems = v['problems'];
  if (Array.isArray(problems)) {
    details.problems = problems.filter(isRecord).map((p) => ({
      baris: typeof p['baris'] === 'number' ? p['baris'] : Number(p['baris']),
      kolom: String(p['kolom'] ?? ''),
      pesan: String(p['pesan'] ?? ''),
    }));
  } else {
    delete details.problems;
  }
  return details;
}

const NETWORK_MESSAGE = 'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.';

/** Error answers without the API's JSON (a proxy's page, a limit hit before the API): a clear message per status. */
function pesanStatus(status: number): string {
  switch (status) {
    case 413:
      return 'Berkas atau data terlalu besar untuk diterima server. Perkecil berkasnya lalu coba lagi.';
    case 414:
      return 'Alamat permintaan terlalu panjang.';
    case 429:
      return 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.';
    case 431:
      return 'Header permintaan terlalu besar.';
    case 502:
    case 503:
    case 504:
      return 'Server sedang tidak tersedia. Coba lagi dalam beberapa saat.';
    default:
      return `Permintaan gagal (${status}). Silakan coba lagi.`;
  }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json', ...KLIEN_HEADERS };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: payload ?? null,
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    reportNetwork(false);
    throw fail(new ApiError(0, 'network_error', NETWORK_MESSAGE));
  }
  reportNetwork(true);
  reportLayanan(!(res.status === 502 || res.status === 503 || res.status === 504));

  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
    if (isRecord(data) && typeof data['error'] === 'string') {
      const message = typeof data['message'] === 'string' ? data['message'] : pesanStatus(res.status);
      // Trusted like the body of a 2xx: every error answer carries an id of the catalogue.
      throw fail(new ApiError(res.status, data['error'] as ErrorId, message, toStringRecord(data['fields']), toDetails(data['details']), retryAfter));
    }
    throw fail(new ApiError(res.status, 'http_error', pesanStatus(res.status), undefined, undefined, retryAfter));
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
