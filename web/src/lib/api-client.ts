/**
 * Thin fetch wrapper for the Capaian API (/api/v1, same origin, session cookie).
 * Every non-2xx answer becomes an ApiError carrying the API's stable error id,
 * its Indonesian message, field errors and structured details.
 */

import type { ErrorId } from '@capaian/contract/errors';
import { reportNetwork } from './online';

export const API_BASE = '/api/v1';

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

  constructor(status: number, error: ApiErrorId, message: string, fields?: Record<string, string>, details?: ApiErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
    this.fields = fields ?? {};
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
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

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
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
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }
  reportNetwork(true);

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
    if (isRecord(data) && typeof data['error'] === 'string') {
      const message = typeof data['message'] === 'string' ? data['message'] : `Permintaan gagal (${res.status}).`;
      // Trusted like the body of a 2xx: every error answer carries an id of the catalogue.
      throw new ApiError(res.status, data['error'] as ErrorId, message, toStringRecord(data['fields']), toDetails(data['details']));
    }
    throw new ApiError(res.status, 'http_error', `Permintaan gagal (${res.status}). Silakan coba lagi.`);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
