/**
 * The public form's API (no session). Kept apart from the staff API module so the public
 * route's chunk stays small: only this file, the form, and the shared api client.
 */
import type { FormPublik, JawabanPublik, Terima } from '@capaian/contract/layanan-publik';
import { api } from '@/lib/api-client';

export type { FormPublik };

const p = (kode: string) => `/publik/layanan/${encodeURIComponent(kode)}`;

export const formPublikKey = (kode: string) => ['publik', 'layanan', kode] as const;
export const getFormPublik = (kode: string, signal?: AbortSignal) => api.get<FormPublik>(p(kode), undefined, signal);
export const kirimJawabanPublik = (kode: string, body: JawabanPublik) => api.post<Terima>(p(kode), body);
