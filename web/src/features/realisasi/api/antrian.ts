/**
 * The offline queue for progress entries (realisasi) and their bukti dukung.
 *
 * Every new entry gets a client uuid and is written to IndexedDB, photos included as Blobs,
 * BEFORE anything is sent. The sender then posts the entry (POST /realisasi, idempotent by id)
 * and each bukti (multipart with the client bukti id first, or a link), and removes the entry
 * from the device only when everything was accepted. A retry always re-sends the SAME ids, so
 * the server keeps exactly one entry however often the phone loses its connection.
 *
 * Errors: no connection, a 5xx, 401 (the session ended), 408 and 429 leave the entry waiting
 * (MENUNGGU) for the next run; any other 4xx (validation, SKP no longer approved, file type
 * refused, too large) marks it GAGAL with the server's message, so the user fixes or discards it.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { api, isApiError } from '@/lib/api-client';
import type { Bukti, RealisasiBaru, RealisasiItem } from './realisasi';

export interface BuktiAntrian {
  /** Client uuid: the same on every retry. */
  id: string;
  jenis: 'FILE' | 'TAUTAN';
  nama: string;
  /** FILE: the (resized) file. */
  berkas: Blob | null;
  /** TAUTAN: the http(s) link. */
  tautan: string | null;
  terkirim: boolean;
  galat: string | null;
}

export type StatusAntrian = 'MENUNGGU' | 'GAGAL';

export interface EntriAntrian {
  /** Client uuid of the realisasi: the same on every retry. */
  id: string;
  /** The signed-in pegawai who recorded it: another user on the same phone never sends it. */
  pemilik: string;
  /** `null`: bukti added to an entry that already exists on the server. */
  entri: RealisasiBaru | null;
  /** For the waiting list: what the entry is about. */
  judul: string;
  entriTerkirim: boolean;
  bukti: BuktiAntrian[];
  status: StatusAntrian;
  galat: string | null;
  galatFields: Record<string, string>;
  percobaan: number;
  dibuatAt: string;
  dicobaAt: string | null;
}

export type HasilEntri = { status: 'TERKIRIM'; item: RealisasiItem | null } | { status: 'GAGAL'; galat: string; fields: Record<string, string> } | { status: 'TERTUNDA' };

const DB = 'capaian-antrian';
let storeRef: UseStore | null = null;
const store = (): UseStore => (storeRef ??= createStore(DB, 'realisasi'));

/* ---------------------------------------------------------------- change notification */

type Listener = () => void;
const listeners = new Set<Listener>();
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DB);
channel?.addEventListener('message', () => emitLocal());

function emitLocal(): void {
  for (const l of listeners) l();
}
function emit(): void {
  emitLocal();
  channel?.postMessage('berubah');
}

/** Called whenever the queue changes (in this tab or another). */
export function subscribeAntrian(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

type EntriListener = (id: string, hasil: HasilEntri) => void;
const entriListeners = new Set<EntriListener>();
function emitEntri(id: string, hasil: HasilEntri): void {
  for (const l of entriListeners) l(id, hasil);
}

/* ---------------------------------------------------------------- storage */

export async function daftarAntrian(pemilik: string): Promise<EntriAntrian[]> {
  const all = await values<EntriAntrian>(store());
  return all.filter((e) => e.pemilik === pemilik).sort((a, b) => a.dibuatAt.localeCompare(b.dibuatAt));
}

export async function ambilAntrian(id: string): Promise<EntriAntrian | undefined> {
  return get<EntriAntrian>(id, store());
}

async function tulis(e: EntriAntrian): Promise<void> {
  await set(e.id, e, store());
  emit();
}

/** Stores an entry (new, or fixed after a refusal: same id) as waiting to be sent. */
export async function simpanKeAntrian(e: Omit<EntriAntrian, 'status' | 'galat' | 'galatFields' | 'percobaan' | 'dicobaAt'>): Promise<void> {
  const lama = await ambilAntrian(e.id);
  await tulis({
    ...e,
    // An entry the server already accepted is never posted again with other data.
    entriTerkirim: lama?.entriTerkirim ?? e.entriTerkirim,
    status: 'MENUNGGU',
    galat: null,
    galatFields: {},
    percobaan: lama?.percobaan ?? 0,
    dicobaAt: lama?.dicobaAt ?? null,
  });
}

/** Discards an entry (or what is left of it) from the device. */
export async function buangDariAntrian(id: string): Promise<void> {
  await del(id, store());
  emit();
}

/** Drops the refused bukti of an entry; the rest is sent on the next run. */
export async function buangBuktiGagal(id: string): Promise<void> {
  const e = await ambilAntrian(id);
  if (!e) return;
  await tulis({ ...e, bukti: e.bukti.filter((b) => b.terkirim || !b.galat), status: 'MENUNGGU', galat: null, galatFields: {} });
}

/** Puts a refused entry back in line unchanged (e.g. after the SKP was approved again). */
export async function cobaLagi(id: string): Promise<void> {
  const e = await ambilAntrian(id);
  if (!e) return;
  await tulis({ ...e, status: 'MENUNGGU', galat: null, galatFields: {}, bukti: e.bukti.map((b) => ({ ...b, galat: null })) });
}

/* ---------------------------------------------------------------- sending */

type Kelas = 'OK' | 'TUNDA' | 'GAGAL';

function kelasGalat(e: unknown): Exclude<Kelas, 'OK'> {
  if (!isApiError(e)) return 'TUNDA';
  if (e.status === 0 || e.status >= 500 || e.status === 401 || e.status === 408 || e.status === 429) return 'TUNDA';
  return 'GAGAL';
}

function pesanGalat(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function kirimBukti(realisasiId: string, b: BuktiAntrian): Promise<Bukti> {
  const path = `/realisasi/${encodeURIComponent(realisasiId)}`;
  if (b.jenis === 'TAUTAN') return api.post<Bukti>(`${path}/tautan`, { id: b.id, tautan: b.tautan });
  const body = new FormData();
  // The id field comes before the file part: the server reads it first.
  body.append('id', b.id);
  if (b.berkas) body.append('file', b.berkas, b.nama);
  return api.post<Bukti>(`${path}/bukti`, body);
}

/** Sends one queued entry as far as it goes. `TUNDA` stops the whole run (offline or server trouble). */
async function kirimSatu(awal: EntriAntrian): Promise<Kelas> {
  let e: EntriAntrian = { ...awal, percobaan: awal.percobaan + 1, dicobaAt: new Date().toISOString() };
  if (e.entri && !e.entriTerkirim) {
    try {
      const item = await api.post<RealisasiItem>('/realisasi', { id: e.id, ...e.entri });
      e = { ...e, entriTerkirim: true };
      terkirim++;
      await tulis(e);
      emitEntri(e.id, { status: 'TERKIRIM', item });
    } catch (err) {
      const k = kelasGalat(err);
      if (k === 'TUNDA') {
        await tulis(e);
        emitEntri(e.id, { status: 'TERTUNDA' });
        return k;
      }
      const fields = isApiError(err) ? err.fields : {};
      await tulis({ ...e, status: 'GAGAL', galat: pesanGalat(err), galatFields: fields });
      emitEntri(e.id, { status: 'GAGAL', galat: pesanGalat(err), fields });
      return k;
    }
  }
  let gagal = false;
  for (const b of e.bukti) {
    if (b.terkirim || b.galat) {
      if (b.galat) gagal = true;
      continue;
    }
    try {
      await kirimBukti(e.id, b);
      e = { ...e, bukti: e.bukti.map((x) => (x.id === b.id ? { ...x, terkirim: true, berkas: null } : x)) };
      terkirim++;
      await tulis(e);
    } catch (err) {
      const k = kelasGalat(err);
      if (k === 'TUNDA') return k;
      gagal = true;
      e = { ...e, bukti: e.bukti.map((x) => (x.id === b.id ? { ...x, galat: pesanGalat(err) } : x)) };
      await tulis(e);
    }
  }
  if (gagal) {
    await tulis({ ...e, status: 'GAGAL', galat: e.bukti.find((b) => b.galat)?.galat ?? null });
    return 'GAGAL';
  }
  await buangDariAntrian(e.id);
  return 'OK';
}

let berjalan: Promise<number> | null = null;
let lagi = false;
/** Entries and bukti accepted by the server during the current run. */
let terkirim = 0;

/**
 * Sends every waiting entry of `pemilik`: entries first (small JSON), then their files.
 * One run at a time per tab; a call during a run asks for one more pass. Resolves with how many
 * entries and bukti the server accepted (0: nothing changed there).
 */
export function kirimAntrian(pemilik: string): Promise<number> {
  if (berjalan) {
    lagi = true;
    return berjalan;
  }
  const run = async (): Promise<number> => {
    terkirim = 0;
    do {
      lagi = false;
      const menunggu = (await daftarAntrian(pemilik)).filter((e) => e.status === 'MENUNGGU');
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        // Certainly offline: keep everything for the 'online' event instead of failing each request.
        for (const e of menunggu) if (!e.entriTerkirim) emitEntri(e.id, { status: 'TERTUNDA' });
        return terkirim;
      }
      // Entries not yet on the server go first, so a new entry is not stuck behind photo uploads.
      menunggu.sort((a, b) => Number(a.entriTerkirim) - Number(b.entriTerkirim));
      for (const e of menunggu) {
        const k = await kirimSatu(e);
        if (k === 'TUNDA') {
          // Tell the forms still waiting on an entry that it stays on the device for now.
          for (const rest of menunggu) if (!rest.entriTerkirim && rest.id !== e.id) emitEntri(rest.id, { status: 'TERTUNDA' });
          return terkirim;
        }
      }
    } while (lagi);
    return terkirim;
  };
  berjalan = run().finally(() => {
    berjalan = null;
  });
  return berjalan;
}

/**
 * Resolves when the entry `id` was posted (or refused, or left waiting) by a run, at the latest
 * after `ms` (then TERTUNDA: it stays queued and goes out later).
 */
export function tungguEntri(id: string, ms = 15_000): Promise<HasilEntri> {
  return new Promise((resolve) => {
    const done = (h: HasilEntri) => {
      clearTimeout(timer);
      entriListeners.delete(l);
      resolve(h);
    };
    const l: EntriListener = (eid, h) => {
      if (eid === id) done(h);
    };
    const timer = setTimeout(() => done({ status: 'TERTUNDA' }), ms);
    entriListeners.add(l);
  });
}

/** A v4 uuid; crypto.randomUUID needs a secure context, getRandomValues does not (intranet over http). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
