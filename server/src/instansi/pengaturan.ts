/**
 * The one owner of an instansi's settings on the server: its identity and time zone, its periode
 * kinerja and reminder days, and the versions of its aturan penilaian (domain
 * `AturanPenilaianSchema`). Every feature asks here instead of reading the instansi row and
 * normalising the zone itself.
 *
 * Read through a per-process cache: the settings change rarely and are needed on most requests.
 * A change clears the entry at once in the process that made it and, through the live-event bus
 * (a `pengaturan` event published in the same transaction), in every other process; entries also
 * expire after a minute, in case a notification was missed while a listener reconnected.
 */
import {
  aturanPada,
  bacaAturanPenilaian,
  DEFAULT_ATURAN_PENILAIAN,
  PERIODE_KINDS,
  todayIn,
  versiPada,
  ZONA_WAKTU,
  type AturanPenilaian,
  type PeriodeKind,
  type VersiAturan,
  type ZonaWaktu,
} from '@capaian/domain';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { instansiRepository as repo } from './repository.js';

export interface InfoInstansi {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  zona: ZonaWaktu;
  periodeKinerja: PeriodeKind;
  pengingatRealisasiHari: number;
  kepalaDaerahNama: string | null;
  kepalaDaerahJabatan: string;
}

interface Entri {
  at: number;
  info: InfoInstansi;
  versi: VersiAturan[];
}

const TTL_MS = 60_000;

/** A stored zone or periode kinerja the database CHECK allows; the first of the list otherwise. */
const pilih = <T extends string>(list: readonly T[], v: string): T => ((list as readonly string[]).includes(v) ? (v as T) : list[0]!);

/** An instansi's stored zone as the domain's type (for a job that reads many instansi in one query). */
export const zonaTersimpan = (v: string): ZonaWaktu => pilih(ZONA_WAKTU, v);

export function createPengaturanInstansi(db: Db, clock: () => Date) {
  const cache = new Map<string, Entri>();
  const pending = new Map<string, Promise<Entri>>();
  /** Bumped by `lupakan`, so a load that started before a change is used once but never cached. */
  const generasi = new Map<string, number>();

  async function muat(instansiId: string): Promise<Entri> {
    const [row, versi] = await Promise.all([repo.instansi(db, instansiId), repo.versiAturan(db, instansiId)]);
    if (!row) throw errors.notFound('Instansi');
    const info: InfoInstansi = {
      id: row.id,
      kode: row.kode,
      nama: row.nama,
      jenis: row.jenis,
      zona: pilih(ZONA_WAKTU, row.zonaWaktu),
      periodeKinerja: pilih(PERIODE_KINDS, row.periodeKinerja),
      pengingatRealisasiHari: row.pengingatRealisasiHari,
      kepalaDaerahNama: row.kepalaDaerahNama,
      kepalaDaerahJabatan: row.kepalaDaerahJabatan,
    };
    return {
      at: Date.now(),
      info,
      versi: versi.map((v) => ({ versi: v.versi, berlakuMulai: v.berlakuMulai, aturan: bacaAturanPenilaian(v.isi) })),
    };
  }

  async function entri(instansiId: string): Promise<Entri> {
    const hit = cache.get(instansiId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit;
    // One load per instansi at a time, however many requests arrive together.
    const gen = generasi.get(instansiId) ?? 0;
    let p = pending.get(instansiId);
    if (!p) {
      const started = muat(instansiId).finally(() => {
        if (pending.get(instansiId) === started) pending.delete(instansiId);
      });
      pending.set(instansiId, started);
      p = started;
    }
    const e = await p;
    if ((generasi.get(instansiId) ?? 0) === gen) cache.set(instansiId, e);
    return e;
  }

  return {
    /** Name, zone, periode kinerja, reminder days, kepala daerah. 404 for an unknown instansi. */
    info: async (instansiId: string): Promise<InfoInstansi> => (await entri(instansiId)).info,

    /** The calendar date now in the instansi's zone, 'YYYY-MM-DD'. */
    hariIni: async (instansiId: string): Promise<string> => todayIn((await entri(instansiId)).info.zona, clock()),

    /** Every stored version of the aturan penilaian, oldest first. */
    versiAturan: async (instansiId: string): Promise<readonly VersiAturan[]> => (await entri(instansiId)).versi,

    /** The rules in force on a date, with the version number (null: the domain defaults). */
    async aturanPada(instansiId: string, tanggal: string): Promise<{ versi: number | null; aturan: AturanPenilaian }> {
      const { versi } = await entri(instansiId);
      const v = versiPada(versi, tanggal);
      return { versi: v?.versi ?? null, aturan: v?.aturan ?? aturanPada([], tanggal) };
    },

    /** The rules of a pinned version (an assessment period's); null → the defaults. */
    async aturanVersi(instansiId: string, versi: number | null): Promise<AturanPenilaian> {
      if (versi === null) return DEFAULT_ATURAN_PENILAIAN;
      const found = (await entri(instansiId)).versi.find((v) => v.versi === versi);
      return found?.aturan ?? DEFAULT_ATURAN_PENILAIAN;
    },

    /** Forgets the cached settings of one instansi (after a change here or in another process). */
    lupakan(instansiId: string): void {
      cache.delete(instansiId);
      pending.delete(instansiId);
      generasi.set(instansiId, (generasi.get(instansiId) ?? 0) + 1);
    },
  };
}

export type PengaturanInstansi = ReturnType<typeof createPengaturanInstansi>;
