/**
 * The offline queue for progress entries (realisasi) and their bukti dukung.
 *
 * Every new entry gets a client uuid and is written to IndexedDB, photos included as Blobs,
 * BEFORE anything is sent. The sender then posts the entry (POST /realisasi, idempotent by id)
 * and each bukti (multipart with the client bukti id first, or a link), and removes the entry
 * from the device only when everything was accepted. A retry always re-sends the SAME ids, so
 * the server keeps exactly one entry however often the phone loses its connection.
 *
 * Errors: no connection, the server away (502/503/504: e.g. its database restarting) or another
 * 5xx, 401 (the session ended), 403 'wajib_ganti_password', 408 and 429 leave the entry waiting
 * (MENUNGGU) with the reason shown (`tunda`) and the time of the next try (`berikutnyaAt`: a
 * growing backoff that honours Retry-After); nothing is ever dropped for them. Any other 4xx
 * (validation, SKP no longer approved, file type refused, too large, 409 'id_dipakai': the same
 * client id already holds other content on the server) marks it GAGAL with the server's
 * message, so the user sees it and fixes, re-sends or discards it.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { api, isApiError, isLayananTidakTersedia, waitSeconds } from '@/lib/api-client';
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

/**
 * Why a waiting entry was not sent on its last try: no connection; the server away or failing
 * (5xx); the session (ended, or a temporary password to change first); too many requests.
 */
export type AlasanTunda = 'OFFLINE' | 'SERVER' | 'SESI' | 'BATAS';

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
  /** GAGAL: the API's error id (e.g. 'id_dipakai'). Absent in entries stored by older versions. */
  galatId?: string | null;
  percobaan: number;
  dibuatAt: string;
  dicobaAt: string | null;
  /** MENUNGGU after a try that could not get through: why. */
  tunda?: AlasanTunda | null;
  /** Tries in a row that could not get through (the backoff grows with it). */
  tundaBeruntun?: number;
  /** Not sent by the automatic runs before this time (a manual "send now" still sends). */
  berikutnyaAt?: string | null;
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
export async function simpanKeAntrian(
  e: Omit<EntriAntrian, 'status' | 'galat' | 'galatFields' | 'galatId' | 'percobaan' | 'dicobaAt' | 'tunda' | 'tundaBeruntun' | 'berikutnyaAt'>,
): Promise<void> {
  const lama = await ambilAntrian(e.id);
  await tulis({
    ...e,
    // An entry the server already accepted is never posted again with other data.
    entriTerkirim: lama?.entriTerkirim ?? e.entriTerkirim,
    status: 'MENUNGGU',
    galat: null,
    galatFields: {},
    galatId: null,
    percobaan: lama?.percobaan ?? 0,
    dicobaAt: lama?.dicobaAt ?? null,
    // A new or fixed entry goes out on the next run, whatever the backoff said.
    tunda: lama?.tunda ?? null,
    tundaBeruntun: lama?.tundaBeruntun ?? 0,
    berikutnyaAt: null,
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
  await tulis({ ...e, bukti: e.bukti.filter((b) => b.terkirim || !b.galat), status: 'MENUNGGU', galat: null, galatFields: {}, galatId: null, berikutnyaAt: null });
}

/** Puts a refused entry back in line unchanged (e.g. after the SKP was approved again). */
export async function cobaLagi(id: string): Promise<void> {
  const e = await ambilAntrian(id);
  if (!e) return;
  await tulis({ ...e, status: 'MENUNGGU', galat: null, galatFields: {}, galatId: null, berikutnyaAt: null, bukti: e.bukti.map((b) => ({ ...b, galat: null })) });
}

/**
 * Re-queues a refused entry under a new client id (and new bukti ids): after 409 'id_dipakai'
 * the server holds other content under the old id, so re-sending it could never succeed.
 * Only for entries the server has not accepted.
 */
export async function kirimSebagaiEntriBaru(id: string): Promise<string | null> {
  const e = await ambilAntrian(id);
  if (!e || e.entriTerkirim || !e.entri) return null;
  const baru: EntriAntrian = {
    ...e,
    id: uuid(),
    bukti: e.bukti.filter((b) => !b.terkirim).map((b) => ({ ...b, id: uuid(), galat: null })),
    status: 'MENUNGGU',
    galat: null,
    galatFields: {},
    galatId: null,
    percobaan: 0,
    dicobaAt: null,
    tunda: null,
    tundaBeruntun: 0,
    berikutnyaAt: null,
  };
  await set(baru.id, baru, store());
  await del(id, store());
  emit();
  return baru.id;
}

/* ---------------------------------------------------------------- sending */

type Galat = { kelas: 'TUNDA'; alasan: AlasanTunda; tunggu: number | undefined } | { kelas: 'GAGAL' };

function kelasGalat(e: unknown): Galat {
  if (!isApiError(e)) return { kelas: 'TUNDA', alasan: 'OFFLINE', tunggu: undefined };
  const tunggu = waitSeconds(e);
  if (e.status === 0) return { kelas: 'TUNDA', alasan: 'OFFLINE', tunggu };
  // The server away (503 'layanan_tidak_tersedia', a proxy's 502/504) or failing: like being offline.
  if (isLayananTidakTersedia(e) || e.status >= 500) return { kelas: 'TUNDA', alasan: 'SERVER', tunggu };
  if (e.status === 401 || (e.status === 403 && e.error === 'wajib_ganti_password')) return { kelas: 'TUNDA', alasan: 'SESI', tunggu };
  if (e.status === 408 || e.status === 429) return { kelas: 'TUNDA', alasan: 'BATAS', tunggu };
  return { kelas: 'GAGAL' };
}

const DETIK = 1000;
const JEDA_MAKS = 10 * 60 * DETIK;

/**
 * How long the automatic runs leave an entry alone after its `n`-th try in a row that could not
 * get through: a growing backoff (server trouble: 10 s, 20 s, 40 s … up to 10 minutes), never
 * shorter than the server's Retry-After (when it is reasonable), with some jitter so that many
 * phones do not all come back in the same second.
 */
function jedaTunda(alasan: AlasanTunda, n: number, tunggu: number | undefined): number {
  const dasar =
    alasan === 'SERVER' ? Math.min(JEDA_MAKS, 10 * DETIK * 2 ** Math.max(0, n - 1)) : alasan === 'OFFLINE' ? 30 * DETIK : 60 * DETIK;
  const diminta = tunggu !== undefined && tunggu * DETIK <= JEDA_MAKS ? tunggu * DETIK : 0;
  return Math.round(Math.max(dasar, diminta) * (0.9 + Math.random() * 0.2));
}

function tertunda(e: EntriAntrian, g: Extract<Galat, { kelas: 'TUNDA' }>): EntriAntrian {
  const n = (e.tundaBeruntun ?? 0) + 1;
  return { ...e, tunda: g.alasan, tundaBeruntun: n, berikutnyaAt: new Date(Date.now() + jedaTunda(g.alasan, n, g.tunggu)).toISOString() };
}

const lancar = (e: EntriAntrian): EntriAntrian => ({ ...e, tunda: null, tundaBeruntun: 0, berikutnyaAt: null });

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

type HasilSatu = { kelas: 'OK' | 'GAGAL' } | { kelas: 'TUNDA'; sampai: EntriAntrian };

/** Sends one queued entry as far as it goes. `TUNDA` stops the whole run (offline or server trouble). */
async function kirimSatu(awal: EntriAntrian): Promise<HasilSatu> {
  let e: EntriAntrian = { ...awal, percobaan: awal.percobaan + 1, dicobaAt: new Date().toISOString() };
  if (e.entri && !e.entriTerkirim) {
    try {
      const item = await api.post<RealisasiItem>('/realisasi', { id: e.id, ...e.entri });
      e = lancar({ ...e, entriTerkirim: true });
      terkirim++;
      await tulis(e);
      emitEntri(e.id, { status: 'TERKIRIM', item });
    } catch (err) {
      const g = kelasGalat(err);
      if (g.kelas === 'TUNDA') {
        const t = tertunda(e, g);
        await tulis(t);
        emitEntri(e.id, { status: 'TERTUNDA' });
        return { kelas: 'TUNDA', sampai: t };
      }
      const fields = isApiError(err) ? err.fields : {};
      const galatId = isApiError(err) ? err.error : null;
      await tulis({ ...lancar(e), status: 'GAGAL', galat: pesanGalat(err), galatFields: fields, galatId });
      emitEntri(e.id, { status: 'GAGAL', galat: pesanGalat(err), fields });
      return { kelas: 'GAGAL' };
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
      e = lancar({ ...e, bukti: e.bukti.map((x) => (x.id === b.id ? { ...x, terkirim: true, berkas: null } : x)) });
      terkirim++;
      await tulis(e);
    } catch (err) {
      const g = kelasGalat(err);
      if (g.kelas === 'TUNDA') {
        const t = tertunda(e, g);
        await tulis(t);
        return { kelas: 'TUNDA', sampai: t };
      }
      gagal = true;
      e = { ...e, bukti: e.bukti.map((x) => (x.id === b.id ? { ...x, galat: pesanGalat(err) } : x)) };
      await tulis(e);
    }
  }
  if (gagal) {
    await tulis({ ...lancar(e), status: 'GAGAL', galat: e.bukti.find((b) => b.galat)?.galat ?? null });
    return { kelas: 'GAGAL' };
  }
  await buangDariAntrian(e.id);
  return { kelas: 'OK' };
}

/** Whether the automatic runs may try this entry now (its backoff has passed). */
function jatuhTempo(e: EntriAntrian, now: number): boolean {
  return !e.berikutnyaAt || Date.parse(e.berikutnyaAt) <= now;
}

let berjalan: Promise<number> | null = null;
let lagi = false;
/** Entries and bukti accepted by the server during the current run. */
let terkirim = 0;

/** A call during a run that asked to send everything now (`paksa`). */
let lagiPaksa = false;

/**
 * Sends every waiting entry of `pemilik`: entries first (small JSON), then their files.
 * One run at a time per tab; a call during a run asks for one more pass. Resolves with how many
 * entries and bukti the server accepted (0: nothing changed there). The automatic runs skip
 * entries still in their backoff; `paksa` (the user's "send now", the connection or the server
 * coming back, a new entry) tries every waiting entry.
 */
export function kirimAntrian(pemilik: string, opsi: { paksa?: boolean } = {}): Promise<number> {
  const paksaAwal = opsi.paksa ?? false;
  if (berjalan) {
    lagi = true;
    lagiPaksa ||= paksaAwal;
    return berjalan;
  }
  const run = async (): Promise<number> => {
    terkirim = 0;
    let paksa = paksaAwal;
    do {
      lagi = false;
      const semua = paksa || lagiPaksa;
      paksa = false;
      lagiPaksa = false;
      const now = Date.now();
      const menunggu = (await daftarAntrian(pemilik)).filter((e) => e.status === 'MENUNGGU' && (semua || jatuhTempo(e, now)));
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        // Certainly offline: keep everything for the 'online' event instead of failing each request.
        for (const e of menunggu) if (!e.entriTerkirim) emitEntri(e.id, { status: 'TERTUNDA' });
        return terkirim;
      }
      // Entries not yet on the server go first, so a new entry is not stuck behind photo uploads.
      menunggu.sort((a, b) => Number(a.entriTerkirim) - Number(b.entriTerkirim));
      for (const [i, e] of menunggu.entries()) {
        const k = await kirimSatu(e);
        if (k.kelas === 'TUNDA') {
          // The same trouble holds for the rest (no connection, server away): they wait as long,
          // show why, and the forms still waiting on an entry hear that it stays on the device.
          for (const rest of menunggu.slice(i + 1)) {
            const kini = await ambilAntrian(rest.id);
            if (kini?.status === 'MENUNGGU') await tulis({ ...kini, tunda: k.sampai.tunda ?? null, berikutnyaAt: k.sampai.berikutnyaAt ?? null });
            if (!rest.entriTerkirim) emitEntri(rest.id, { status: 'TERTUNDA' });
          }
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
