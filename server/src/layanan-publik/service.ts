/**
 * Layanan publik: service points (a puskesmas, a school, a kelurahan office, a counter) with a
 * printable QR poster, the public's no-login feedback form, and the trends for superiors.
 *
 * The public answer path is built for ≥ 1,000 submissions/s: the service point is read from an
 * in-process cache keyed by its code (refreshed in the background after a minute, loaded on a
 * miss; unknown codes are cached too), the challenge is an HMAC check (single-use), the flood
 * counters live in memory or Redis (core/pembatas.ts), and the answer is one INSERT (a prepared statement on PostgreSQL).
 * Nothing about the person is stored: no IP, no device id, only the scores, the optional comment
 * and the optional officer (whom the person chose).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { addDays, KOMENTAR_LAYANAN_MAKS, rentangMinggu, roundHalfUp, todayIn, ZONA_WAKTU_IANA, type ZonaWaktu } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import type { Config } from '../core/config.js';
import { AppError, errors } from '../core/errors.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { pakai, sisaPenuh, type PenyimpanPembatas } from '../core/pembatas.js';
import { buatTantangan, periksaTantangan, TANTANGAN_MAKS_MS, TANTANGAN_MIN_MS } from './pembatas.js';
import { layananPublikPolicy as policy, type CakupanUnit } from './policy.js';
import { renderPoster } from './poster.js';
import { layananPublikRepository as repo, type TitikRow, type TrenFilter, type TrenRow } from './repository.js';
import type { FormPublik, JawabanPublik, Titik, TitikInput, TitikQuery, Tren, TrenQuery } from '@capaian/contract/layanan-publik';

/** Flood limits of the public form (in memory, or in Redis shared by every process: core/pembatas.ts). */
export const BATAS_PUBLIK = {
  /** Answers per IP address per window (a whole office or a mobile carrier's NAT may share one). */
  perIp: 30,
  perIpDetik: 10 * 60,
  /** Answers per device (cookie) per service point per window. */
  perPerangkat: 5,
  perPerangkatDetik: 24 * 60 * 60,
};
export type BatasPublik = typeof BATAS_PUBLIK;

/** The device cookie: a random id the browser keeps, used only by the in-memory counters. */
export const COOKIE_PERANGKAT = 'capaian_perangkat';
const PERANGKAT_RE = /^[A-Za-z0-9_-]{22}$/;
export const perangkatBaru = () => randomBytes(16).toString('base64url');
export const perangkatSah = (v: string | undefined): v is string => v !== undefined && PERANGKAT_RE.test(v);

/** 10 characters of a 32-letter alphabet without look-alikes (0/o, 1/l): 50 random bits. */
const ABJAD_KODE = 'abcdefghijkmnpqrstuvwxyz23456789';
const KODE_RE = /^[a-z2-9]{10}$/;
function kodeAcak(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ABJAD_KODE[randomInt(ABJAD_KODE.length)];
  return s;
}

/** A service point as the public form needs it, cached by code. */
interface TitikPublik {
  instansiId: string;
  id: string;
  kode: string;
  nama: string;
  unitNama: string;
  instansiNama: string;
  aktif: boolean;
  petugas: Array<{ id: string; nama: string }>;
  petugasIds: ReadonlySet<string>;
}

const SEGAR_MS = 60_000;
const MAKS_CACHE = 50_000;
const MAKS_RENTANG_HARI = 371;

const ASPEK = ['kecepatan', 'keramahan', 'kejelasan', 'keadilan'] as const;
type Jumlahan = { jumlah: number } & Record<(typeof ASPEK)[number], number>;
const kosong = (): Jumlahan => ({ jumlah: 0, kecepatan: 0, keramahan: 0, kejelasan: 0, keadilan: 0 });
const tambah = (a: Jumlahan, r: Jumlahan) => {
  a.jumlah += r.jumlah;
  for (const k of ASPEK) a[k] += r[k];
};
const rata = (a: Jumlahan) => ({
  kecepatan: roundHalfUp(a.kecepatan / a.jumlah, 2),
  keramahan: roundHalfUp(a.keramahan / a.jumlah, 2),
  kejelasan: roundHalfUp(a.kejelasan / a.jumlah, 2),
  keadilan: roundHalfUp(a.keadilan / a.jumlah, 2),
});

function terlaluBanyak(message: string, cobaLagiDetik: number): AppError {
  return new AppError('terlalu_banyak', message, undefined, { cobaLagiDetik });
}

export function createLayananPublikService(
  db: Db,
  organisasi: OrganisasiService, pengaturan: PengaturanInstansi,
  clock: () => Date,
  config: Pick<Config, 'publicUrl' | 'publicFormSecret'>,
  penyimpan: PenyimpanPembatas,
  batas: BatasPublik = BATAS_PUBLIK,
) {
  const tautanOf = (kode: string) => `${config.publicUrl}/l/${kode}`;
  const perIp = penyimpan.buat({ nama: 'publik_ip', poin: batas.perIp, detik: batas.perIpDetik });
  const perPerangkat = penyimpan.buat({ nama: 'publik_perangkat', poin: batas.perPerangkat, detik: batas.perPerangkatDetik });
  // A challenge token is good for one answer: remembered (by its MAC) for as long as it is valid.
  const tokenTerpakai = penyimpan.buat({ nama: 'publik_token', poin: 1, detik: Math.ceil(TANTANGAN_MAKS_MS / 1000) });

  const zonaOf = async (instansiId: string): Promise<ZonaWaktu> => (await pengaturan.info(instansiId)).zona;

  /** The units in the caller's charge: their head seats and pengelola perangkat daerah, with everything below. */
  async function cakupan(actor: Actor): Promise<CakupanUnit> {
    const roots = [...(await organisasi.seatUnitsOf(actor.instansiId, actor.pegawaiId)), ...(actor.roles.includes('PENGELOLA_KINERJA') ? actor.pengelolaUnitIds : [])];
    return { unitIds: new Set(await repo.subtree(db, actor.instansiId, [...new Set(roots)])) };
  }

  const present = (actor: Actor, c: CakupanUnit, r: TitikRow): Titik => ({
    id: r.id,
    unitId: r.unit_id,
    unitNama: r.unit_nama,
    nama: r.nama,
    kode: r.kode,
    tautan: tautanOf(r.kode),
    aktif: r.aktif,
    dibuatAt: new Date(r.created_at).toISOString(),
    can: policy.can(actor, c, r.unit_id),
  });

  async function getTitik(actor: Actor, id: string) {
    const row = await repo.get(db, actor.instansiId, id);
    if (!row) throw errors.notFound('Titik layanan');
    const c = await cakupan(actor);
    if (!policy.canKelola(actor, c, row.unit_id)) throw errors.forbidden('mengelola titik layanan ini');
    return { row, c };
  }

  async function cekUnit(actor: Actor, c: CakupanUnit, unitId: string) {
    const unit = await repo.unit(db, actor.instansiId, unitId);
    if (!unit) throw errors.validation({ unitId: 'unit kerja tidak ditemukan' });
    if (!policy.canKelola(actor, c, unitId)) throw errors.forbidden(`mengelola titik layanan di ${unit.nama}`);
    return unit;
  }

  // -------------------------------------------------------------------------------------------
  // The in-process cache of service points by code

  const cache = new Map<string, { at: number; titik: TitikPublik | null }>();
  const memuat = new Map<string, Promise<TitikPublik | null>>();

  async function muat(kode: string): Promise<TitikPublik | null> {
    const row = await repo.byKode(db, kode);
    if (!row) return null;
    const [petugas, ins] = await Promise.all([repo.petugas(db, row.instansi_id, row.unit_id), pengaturan.info(row.instansi_id)]);
    const daftar = petugas.map((p) => ({ id: p.id, nama: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }) }));
    return {
      instansiId: row.instansi_id,
      id: row.id,
      kode: row.kode,
      nama: row.nama,
      unitNama: row.unit_nama,
      instansiNama: ins.nama,
      aktif: row.aktif,
      petugas: daftar,
      petugasIds: new Set(daftar.map((p) => p.id)),
    };
  }

  function muatSekali(kode: string): Promise<TitikPublik | null> {
    let p = memuat.get(kode);
    if (!p) {
      p = muat(kode)
        .then((titik) => {
          if (cache.size >= MAKS_CACHE && !cache.has(kode)) {
            const tertua = cache.keys().next();
            if (!tertua.done) cache.delete(tertua.value);
          }
          cache.set(kode, { at: Date.now(), titik });
          return titik;
        })
        .finally(() => memuat.delete(kode));
      memuat.set(kode, p);
    }
    return p;
  }

  /** The active service point of a code, or 404. A stale entry is served while it reloads. */
  async function titikPublik(kode: string): Promise<TitikPublik> {
    if (!KODE_RE.test(kode)) throw errors.notFound('Titik layanan');
    const hit = cache.get(kode);
    let titik: TitikPublik | null;
    if (hit) {
      if (Date.now() - hit.at > SEGAR_MS) void muatSekali(kode).catch(() => {});
      titik = hit.titik;
    } else {
      titik = await muatSekali(kode);
    }
    if (!titik || !titik.aktif) throw errors.notFound('Titik layanan');
    return titik;
  }

  const lupakan = (kode: string) => cache.delete(kode);

  return {
    async list(actor: Actor, q: TitikQuery): Promise<{ items: Titik[]; can: { buat: boolean } }> {
      const c = await cakupan(actor);
      if (!policy.canKelolaApapun(actor, c)) throw errors.forbidden('mengelola titik layanan');
      let unitIds: string[] | null = policy.kelolaSemua(actor) ? null : [...c.unitIds];
      if (q.unitId) {
        if (!(await repo.unit(db, actor.instansiId, q.unitId))) throw errors.notFound('Unit kerja');
        if (!policy.canKelola(actor, c, q.unitId)) throw errors.forbidden('mengelola titik layanan unit ini');
        unitIds = await repo.subtree(db, actor.instansiId, [q.unitId]);
      }
      const rows = await repo.list(db, actor.instansiId, unitIds);
      return { items: rows.map((r) => present(actor, c, r)), can: { buat: true } };
    },

    async get(actor: Actor, id: string): Promise<Titik> {
      const { row, c } = await getTitik(actor, id);
      return present(actor, c, row);
    },

    /** A new service point with a random, unguessable code. */
    async buat(actor: Actor, input: TitikInput): Promise<Titik> {
      const c = await cakupan(actor);
      if (!policy.canKelolaApapun(actor, c)) throw errors.forbidden('mengelola titik layanan');
      const unit = await cekUnit(actor, c, input.unitId);
      let kode = kodeAcak();
      // 50 random bits: a clash is practically impossible, but the unique index would refuse it.
      for (let i = 0; i < 5 && (await repo.kodeTerpakai(db, kode)); i++) kode = kodeAcak();
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, { instansiId: actor.instansiId, unitId: input.unitId, nama: input.nama, kode, aktif: input.aktif, createdAt: clock() });
        if (!row) throw new Error('insert titik_layanan returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'titik_layanan',
          entityId: row.id,
          summary: `Titik layanan dibuat: ${input.nama} (${unit.nama})`,
          after: { unitId: input.unitId, nama: input.nama, kode, aktif: input.aktif },
        });
        return row.id;
      });
      return this.get(actor, id);
    },

    /** Renames, moves to another unit in the caller's charge, or (de)activates. The code stays. */
    async ubah(actor: Actor, id: string, input: TitikInput): Promise<Titik> {
      const { row: before, c } = await getTitik(actor, id);
      if (input.unitId !== before.unit_id) await cekUnit(actor, c, input.unitId);
      await db.transaction(async (tx) => {
        await repo.update(tx, actor.instansiId, id, { unitId: input.unitId, nama: input.nama, aktif: input.aktif });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'titik_layanan',
          entityId: id,
          summary: `Titik layanan diubah: ${input.nama}${input.aktif ? '' : ' (nonaktif)'}`,
          before: { unitId: before.unit_id, nama: before.nama, aktif: before.aktif },
          after: { unitId: input.unitId, nama: input.nama, aktif: input.aktif },
        });
      });
      lupakan(before.kode);
      return this.get(actor, id);
    },

    /** The printable A4 poster with the QR code to the public form. */
    async poster(actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
      const { row } = await getTitik(actor, id);
      const ins = await pengaturan.info(actor.instansiId);
      const pdf = await renderPoster({
        instansiNama: ins.nama,
        titikNama: row.nama,
        unitNama: row.unit_nama,
        tautan: tautanOf(row.kode),
        tanggal: new Date(row.created_at),
      });
      const slug = row.nama.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'titik-layanan';
      return { pdf, filename: `poster-umpan-balik-${slug}.pdf` };
    },

    // -----------------------------------------------------------------------------------------
    // Public (no session)

    /** The public form of a service point, with a fresh challenge bound to the device. */
    async form(kode: string, perangkat: string): Promise<FormPublik> {
      const t = await titikPublik(kode);
      return {
        nama: t.nama,
        unitNama: t.unitNama,
        instansiNama: t.instansiNama,
        petugas: t.petugas,
        tantangan: {
          token: buatTantangan(config.publicFormSecret, t.kode, perangkat, clock().getTime()),
          minimalDetik: TANTANGAN_MIN_MS / 1000,
          berlakuDetik: TANTANGAN_MAKS_MS / 1000,
        },
        komentarMaks: KOMENTAR_LAYANAN_MAKS,
      };
    },

    /**
     * The public answer: the challenge (issued by the form to this device 3 s – 2 h ago), then
     * the per-IP and per-device limits (429), the officer (of the service point's unit), one INSERT.
     */
    async kirim(kode: string, input: JawabanPublik, dari: { ip: string; perangkat: string | undefined }): Promise<{ terima: true }> {
      const t = await titikPublik(kode);
      const now = clock().getTime();
      const cek = periksaTantangan(config.publicFormSecret, input.tantangan, t.kode, dari.perangkat ?? '', now);
      if (!cek.ok) {
        if (cek.alasan === 'terlalu_cepat')
          throw terlaluBanyak('Mohon tunggu beberapa detik, lalu kirim kembali.', Math.ceil((cek.tungguMs ?? 1000) / 1000));
        throw errors.badRequest(
          cek.alasan === 'kedaluwarsa' ? 'tantangan_kedaluwarsa' : 'tantangan_tidak_valid',
          cek.alasan === 'kedaluwarsa'
            ? 'Formulir sudah terlalu lama terbuka. Muat ulang halaman, lalu kirim kembali.'
            : 'Formulir tidak valid. Muat ulang halaman (dan izinkan cookie), lalu kirim kembali.',
          { tantangan: cek.alasan === 'kedaluwarsa' ? 'kedaluwarsa; muat ulang formulir' : 'tidak valid; muat ulang formulir' },
        );
      }
      const pegawaiId = input.pegawaiId ?? null;
      if (pegawaiId && !t.petugasIds.has(pegawaiId)) throw errors.validation({ pegawaiId: 'bukan petugas di titik layanan ini' });
      const kunciPerangkat = `${dari.perangkat ?? ''}|${t.id}`;
      // Only accepted answers count; a refused request does not use up the allowance.
      const ipPenuh = await sisaPenuh(perIp, dari.ip);
      if (ipPenuh > 0)
        throw terlaluBanyak(`Terlalu banyak umpan balik dari jaringan ini. Silakan coba lagi dalam ${Math.ceil(ipPenuh / 60)} menit.`, ipPenuh);
      const perangkatPenuh = await sisaPenuh(perPerangkat, kunciPerangkat);
      if (perangkatPenuh > 0)
        throw terlaluBanyak('Terima kasih, Anda sudah beberapa kali memberi umpan balik untuk layanan ini hari ini. Silakan kembali besok.', perangkatPenuh);
      if (!(await pakai(tokenTerpakai, input.tantangan)).boleh)
        throw errors.badRequest('tantangan_tidak_valid', 'Formulir ini sudah dikirim. Muat ulang halaman untuk memberi umpan balik lagi.', {
          tantangan: 'sudah dipakai; muat ulang formulir',
        });
      await Promise.all([pakai(perIp, dari.ip), pakai(perPerangkat, kunciPerangkat)]);
      await repo.kirim(db, {
        instansiId: t.instansiId,
        titikId: t.id,
        pegawaiId,
        kecepatan: input.kecepatan,
        keramahan: input.keramahan,
        kejelasan: input.kejelasan,
        keadilan: input.keadilan,
        komentar: input.komentar?.trim() || null,
        at: new Date(now),
      });
      return { terima: true };
    },

    // -----------------------------------------------------------------------------------------
    // Trends

    /**
     * Weekly averages per aspect and counts, overall, per unit, per service point and per officer,
     * for the service points of a unit (and the units below it), one service point, or one
     * officer; default: everything in the caller's charge, the last 12 weeks.
     */
    async tren(actor: Actor, q: TrenQuery): Promise<Tren> {
      const c = await cakupan(actor);
      if (!policy.canTrenApapun(actor, c)) throw errors.forbidden('melihat tren umpan balik layanan publik');
      const zona = await zonaOf(actor.instansiId);
      const hariIni = todayIn(zona, clock());
      const sampai = q.sampai ?? hariIni;
      const dari = q.dari ?? rentangMinggu(addDays(sampai, -7 * 11)).mulai;
      if (sampai < dari) throw errors.validation({ sampai: 'tidak boleh sebelum tanggal dari' });
      if (addDays(dari, MAKS_RENTANG_HARI) < sampai) throw errors.validation({ dari: 'rentang paling lama satu tahun' });

      let unitId = q.unitId;
      if (q.pegawaiId) {
        const p = await repo.pegawai(db, actor.instansiId, q.pegawaiId);
        if (!p) throw errors.notFound('Pegawai');
        unitId ??= p.unit_id;
      }
      let titikIds: string[] | null = null;
      if (q.titikId) {
        const tl = await repo.get(db, actor.instansiId, q.titikId);
        if (!tl) throw errors.notFound('Titik layanan');
        if (!policy.canTren(actor, c, tl.unit_id)) throw errors.forbidden('melihat tren titik layanan ini');
        titikIds = [tl.id];
      } else if (unitId) {
        if (!(await repo.unit(db, actor.instansiId, unitId))) throw errors.notFound('Unit kerja');
        if (!policy.canTren(actor, c, unitId)) throw errors.forbidden('melihat tren umpan balik unit ini');
        titikIds = (await repo.list(db, actor.instansiId, await repo.subtree(db, actor.instansiId, [unitId]))).map((r) => r.id);
      } else if (!policy.trenSemua(actor)) {
        titikIds = (await repo.list(db, actor.instansiId, [...c.unitIds])).map((r) => r.id);
      }

      const f: TrenFilter = { titikIds, pegawaiId: q.pegawaiId, dari, sampai, iana: ZONA_WAKTU_IANA[zona] };
      const base = { dari, sampai, total: { jumlah: 0, rataRata: null }, mingguan: [], perUnit: [], perTitik: [], perPetugas: [], komentar: [] };
      if (titikIds && titikIds.length === 0) return base;
      const [rows, komentar] = await Promise.all([repo.tren(db, actor.instansiId, f), repo.komentar(db, actor.instansiId, f)]);
      const nama = await repo.nama(db, actor.instansiId, {
        titik: [...new Set(rows.map((r) => r.titik_id))],
        pegawai: [...new Set(rows.flatMap((r) => (r.pegawai_id ? [r.pegawai_id] : [])))],
      });
      const titikNama = new Map(nama.titik.map((t) => [t.id, t]));
      const pegawaiNama = new Map(nama.pegawai.map((p) => [p.id, namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang })]));

      const total = kosong();
      const perMinggu = new Map<string, Jumlahan>();
      const perUnit = new Map<string, { total: Jumlahan; minggu: Map<string, Jumlahan> }>();
      const perTitik = new Map<string, Jumlahan>();
      const perPetugas = new Map<string, { total: Jumlahan; minggu: Map<string, Jumlahan> }>();
      const ke = <K>(m: Map<K, Jumlahan>, k: K, r: TrenRow) => {
        let a = m.get(k);
        if (!a) m.set(k, (a = kosong()));
        tambah(a, r);
      };
      const keSeri = (m: Map<string, { total: Jumlahan; minggu: Map<string, Jumlahan> }>, k: string, r: TrenRow) => {
        let s = m.get(k);
        if (!s) m.set(k, (s = { total: kosong(), minggu: new Map() }));
        tambah(s.total, r);
        ke(s.minggu, r.minggu, r);
      };
      for (const r of rows) {
        tambah(total, r);
        ke(perMinggu, r.minggu, r);
        ke(perTitik, r.titik_id, r);
        const unit = titikNama.get(r.titik_id)?.unit_id;
        if (unit) keSeri(perUnit, unit, r);
        if (r.pegawai_id) keSeri(perPetugas, r.pegawai_id, r);
      }
      const seri = (m: Map<string, Jumlahan>) =>
        [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([minggu, a]) => ({ minggu, jumlah: a.jumlah, rataRata: rata(a) }));
      const unitNama = new Map(nama.titik.map((t) => [t.unit_id, t.unit_nama]));
      const byNama = <T extends { jumlah: number }>(xs: T[], n: (x: T) => string) => xs.sort((a, b) => n(a).localeCompare(n(b), 'id'));
      return {
        dari,
        sampai,
        total: { jumlah: total.jumlah, rataRata: total.jumlah ? rata(total) : null },
        mingguan: seri(perMinggu),
        perUnit: byNama(
          [...perUnit.entries()].map(([id, s]) => ({ unitId: id, unitNama: unitNama.get(id) ?? '', jumlah: s.total.jumlah, rataRata: rata(s.total), mingguan: seri(s.minggu) })),
          (x) => x.unitNama,
        ),
        perTitik: byNama(
          [...perTitik.entries()].map(([id, a]) => ({ titikId: id, nama: titikNama.get(id)?.nama ?? '', unitNama: titikNama.get(id)?.unit_nama ?? '', jumlah: a.jumlah, rataRata: rata(a) })),
          (x) => x.nama,
        ),
        perPetugas: byNama(
          [...perPetugas.entries()].map(([id, s]) => ({ pegawaiId: id, nama: pegawaiNama.get(id) ?? '', jumlah: s.total.jumlah, rataRata: rata(s.total), mingguan: seri(s.minggu) })),
          (x) => x.nama,
        ),
        komentar: komentar.map((k) => ({
          tanggal: k.tanggal,
          titikNama: k.titik_nama,
          petugasNama: k.petugas_nama ? namaLengkap({ nama: k.petugas_nama, gelarDepan: k.petugas_gelar_depan, gelarBelakang: k.petugas_gelar_belakang }) : null,
          komentar: k.komentar,
        })),
      };
    },
  };
}

export type LayananPublikService = ReturnType<typeof createLayananPublikService>;
