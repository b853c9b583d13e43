/**
 * The talent map (PermenPANRB 3/2020): a nine-box of performance (the last two years' annual
 * predikat) against potential (the latest assessment score, with its source and date) per jabatan
 * level and perangkat daerah, with the people behind each box (domain talenta.ts decides the
 * levels and boxes); potential scores recorded one by one (BKPSDM, the tim penilai) or imported from
 * XLSX (BKPSDM); vacant posts and their candidates from the pool one level below. Readers: BKPSDM,
 * pimpinan and tim penilai members. Every change is audited.
 */
import {
  DEFAULT_AMBANG_POTENSI,
  KELOMPOK_TALENTA,
  kelompokTalenta,
  kotakTalenta,
  SkorPotensiSchema,
  sumberCalon,
  tingkatKinerja,
  tingkatPotensi,
  TINGKAT_TALENTA,
  type JenisJabatan,
  type Predikat,
} from '@capaian/domain';
import type { AnggotaKotak, CalonLowongan, TalentaPegawai, ImporPotensiResult, LowonganList, PetaQuery, PetaTalenta, Potensi, PotensiInput } from '@capaian/contract/talenta';
import { hasRole, type Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import { bacaBarisImpor, imporDitolak, type BarisBermasalah } from '../core/impor-tabel.js';
import { buildTemplate } from '../core/spreadsheet.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { buildUnitTree, namaLengkapBaris, perangkatDaerahOf, subtreeIds, unitsPada } from '../organisasi/service.js';
import { anggotaTimPada } from '../tim-penilai/service.js';
import { talentaRepository as repo, type TalentaRow } from './repository.js';

export const KOLOM_POTENSI = [
  { key: 'nip', wajib: true, keterangan: 'NIP 18 digit (ketik sebagai teks)', contoh: '198807122015032001', text: true },
  { key: 'skor', wajib: true, keterangan: 'Skor potensi 0–100 dari asesmen', contoh: '78' },
  { key: 'sumber', wajib: true, keterangan: 'Sumber skor, mis. asesmen kompetensi BKPSDM 2025', contoh: 'Asesmen kompetensi BKPSDM 2025' },
  { key: 'tanggal', wajib: true, keterangan: 'Tanggal asesmen TTTT-BB-HH', contoh: '2025-10-15', text: true },
];

/** A pegawai on the map: both levels and the box, or null when a result or a score is missing. */
function tempatkan(r: TalentaRow): AnggotaKotak | null {
  const kinerja = tingkatKinerja((r.predikat ?? []) as Predikat[]);
  if (!kinerja || r.skor === null) return null;
  const potensi = tingkatPotensi(r.skor, DEFAULT_AMBANG_POTENSI);
  return {
    pegawai: { id: r.id, nama: namaLengkapBaris(r), nip: r.nip },
    jabatan: r.jabatan,
    jenisJabatan: (r.jabatan_jenis as JenisJabatan | null) ?? null,
    unit: r.unit,
    kotak: kotakTalenta(kinerja, potensi),
    kinerja,
    potensi,
    skorPotensi: r.skor,
    sumberPotensi: r.sumber ?? '',
    tanggalPotensi: r.tanggal ?? '',
    predikat: r.predikat ?? [],
  };
}

export function createTalentaService(db: Db, pengaturan: PengaturanInstansi, clock: () => Date) {
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');
  async function pembaca(actor: Actor) {
    if (bkpsdm(actor) || hasRole(actor, 'PIMPINAN')) return { tim: false };
    const tahun = Number((await pengaturan.hariIni(actor.instansiId)).slice(0, 4));
    if (await anggotaTimPada(db, actor.instansiId, tahun, actor.pegawaiId)) return { tim: true };
    throw errors.forbidden('melihat peta talenta (hanya BKPSDM, pimpinan dan tim penilai kinerja)');
  }
  async function pohon(instansiId: string) {
    return buildUnitTree(await unitsPada(db, instansiId, await pengaturan.hariIni(instansiId)));
  }

  return {
    async peta(actor: Actor, q: PetaQuery): Promise<PetaTalenta> {
      const { tim } = await pembaca(actor);
      const tree = await pohon(actor.instansiId);
      if (q.perangkatDaerahId && !tree.byId.get(q.perangkatDaerahId)?.perangkat_daerah) throw errors.validation({ perangkatDaerahId: 'bukan perangkat daerah instansi ini' });
      const rows = await repo.pegawai(db, actor.instansiId, q.perangkatDaerahId ? [...subtreeIds(tree, [q.perangkatDaerahId])] : null, q.jenisJabatan ? [q.jenisJabatan] : null);
      const jumlah = new Map<number, number>();
      const anggota: AnggotaKotak[] = [];
      let tanpaKinerja = 0;
      let tanpaPotensi = 0;
      for (const r of rows) {
        if (!(r.predikat ?? []).length) tanpaKinerja++;
        else if (r.skor === null) tanpaPotensi++;
        const a = tempatkan(r);
        if (!a) continue;
        jumlah.set(a.kotak, (jumlah.get(a.kotak) ?? 0) + 1);
        if (q.kotak === a.kotak && anggota.length < 500) anggota.push(a);
      }
      return {
        // In the grid's reading order: potential high to low (rows), performance low to high (columns).
        kotak: [...TINGKAT_TALENTA]
          .reverse()
          .flatMap((potensi) => TINGKAT_TALENTA.map((kinerja) => ({ kinerja, potensi, kotak: kotakTalenta(kinerja, potensi) })))
          .map((k) => ({ ...k, kelompok: kelompokTalenta(k.kotak), jumlah: jumlah.get(k.kotak) ?? 0 })),
        tanpaKinerja,
        tanpaPotensi,
        anggota: anggota.sort((a, b) => b.skorPotensi - a.skorPotensi || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id')),
        can: { catatPotensi: bkpsdm(actor) || tim, impor: bkpsdm(actor) },
      };
    },

    /** One pegawai's place on the map, for the tim penilai's recommendations (404 for an unknown pegawai). */
    async pegawai(actor: Actor, pegawaiId: string): Promise<TalentaPegawai> {
      await pembaca(actor);
      const [r] = await repo.pegawai(db, actor.instansiId, null, null, pegawaiId);
      if (!r) throw errors.notFound('Pegawai');
      const a = tempatkan(r);
      return {
        pegawai: { id: r.id, nama: namaLengkapBaris(r), nip: r.nip },
        kotak: a?.kotak ?? null,
        kelompok: a ? kelompokTalenta(a.kotak) : null,
        kinerja: tingkatKinerja((r.predikat ?? []) as Predikat[]),
        potensi: r.skor === null ? null : tingkatPotensi(r.skor, DEFAULT_AMBANG_POTENSI),
        skorPotensi: r.skor,
        sumberPotensi: r.sumber,
        predikat: r.predikat ?? [],
      };
    },

    /** A potential score for one pegawai (BKPSDM or a tim penilai member). */
    async catatPotensi(actor: Actor, pegawaiId: string, input: PotensiInput): Promise<Potensi> {
      const { tim } = await pembaca(actor);
      if (!bkpsdm(actor) && !tim) throw errors.forbidden('mencatat skor potensi');
      if (!(await repo.adaPegawai(db, actor.instansiId, pegawaiId))) throw errors.notFound('Pegawai');
      return db.transaction(async (tx) => {
        const [p] = await repo.insertPotensi(tx, actor.instansiId, [{ pegawaiId, ...input }], actor.pegawaiId, clock());
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'potensi_pegawai', entityId: p!.id, summary: `Skor potensi ${input.skor} dicatat (${input.sumber}, ${input.tanggal})`, after: { pegawaiId, ...input } });
        return p!;
      });
    },

    templatPotensi(actor: Actor) {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor skor potensi (hanya BKPSDM)');
      return buildTemplate(KOLOM_POTENSI, 'potensi');
    },

    /** Potential scores from an assessment's results: every row checked, all or none, one audit event. */
    async imporPotensi(actor: Actor, file: Buffer, filename: string): Promise<ImporPotensiResult> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor skor potensi (hanya BKPSDM)');
      const rows = await bacaBarisImpor(file, filename, KOLOM_POTENSI, 'skor potensi');
      if (rows.length > 20_000) throw imporDitolak([], `Berkas berisi ${rows.length} baris; paling banyak 20.000 per impor.`);
      const byNip = new Map((await repo.pegawaiByNip(db, actor.instansiId, rows.map((r) => (r.values.nip ?? '').trim()))).map((p) => [p.nip, p.id]));
      const masalah: BarisBermasalah[] = [];
      const baru: Array<{ pegawaiId: string; skor: number; sumber: string; tanggal: string }> = [];
      for (const r of rows) {
        const v = (k: string) => (r.values[k] ?? '').trim();
        const nip = v('nip');
        const id = byNip.get(nip);
        if (!nip) masalah.push({ baris: r.baris, kolom: 'nip', alasan: 'wajib diisi' });
        else if (!id) masalah.push({ baris: r.baris, kolom: 'nip', alasan: `NIP ${nip} tidak terdaftar di instansi ini` });
        const skorTeks = v('skor').replace(/^~/, '');
        const parsed = SkorPotensiSchema.safeParse({ skor: skorTeks === '' ? undefined : Number(skorTeks), sumber: v('sumber'), tanggal: v('tanggal') });
        if (!parsed.success) {
          for (const i of parsed.error.issues) {
            const k = String(i.path[0] ?? 'baris');
            masalah.push({ baris: r.baris, kolom: k, alasan: k === 'skor' && skorTeks !== '' && Number.isNaN(Number(skorTeks)) ? 'harus berupa angka' : i.message });
          }
        } else if (id) baru.push({ pegawaiId: id, ...parsed.data });
      }
      if (masalah.length) throw imporDitolak(masalah);
      await db.transaction(async (tx) => {
        await repo.insertPotensi(tx, actor.instansiId, baru, actor.pegawaiId, clock());
        await recordAudit(tx, actor, actor.instansiId, { action: 'import', entityType: 'potensi_pegawai', entityId: null, summary: `Impor skor potensi dari ${filename}: ${baru.length} pegawai`, after: { berkas: filename, baris: baru.length } });
      });
      return { diimpor: baru.length };
    },

    /** Posts nobody holds now, of the levels that draw candidates from the pool. */
    async lowongan(actor: Actor): Promise<LowonganList> {
      await pembaca(actor);
      const tree = await pohon(actor.instansiId);
      const rows = await repo.lowongan(db, actor.instansiId, await pengaturan.hariIni(actor.instansiId), null);
      return { items: rows.map((j) => ({ jabatan: { id: j.id, nama: j.nama, jenis: j.jenis as JenisJabatan }, unit: j.unit, perangkatDaerah: perangkatDaerahOf(tree, j.unit_id)?.nama ?? null })) };
    },

    /** A post's candidates: the talent pool (boxes 7–9) one level below it, its own perangkat daerah first. */
    async calon(actor: Actor, jabatanId: string): Promise<CalonLowongan> {
      await pembaca(actor);
      const [j] = await repo.lowongan(db, actor.instansiId, await pengaturan.hariIni(actor.instansiId), jabatanId);
      if (!j) throw errors.notFound('Jabatan');
      const tree = await pohon(actor.instansiId);
      const pd = perangkatDaerahOf(tree, j.unit_id);
      const sumber = sumberCalon(j.jenis as JenisJabatan);
      const rows = sumber.length ? await repo.pegawai(db, actor.instansiId, null, sumber) : [];
      const calon = rows
        .map((r) => ({ r, a: tempatkan(r) }))
        .filter((x): x is { r: TalentaRow; a: AnggotaKotak } => !!x.a && kelompokTalenta(x.a.kotak) === KELOMPOK_TALENTA[0])
        .map(({ r, a }) => ({ ...a, perangkatDaerahSama: !!pd && perangkatDaerahOf(tree, r.unit_id)?.id === pd.id }))
        .sort((a, b) => Number(b.perangkatDaerahSama) - Number(a.perangkatDaerahSama) || b.kotak - a.kotak || b.skorPotensi - a.skorPotensi)
        .slice(0, 200);
      return {
        lowongan: { jabatan: { id: j.id, nama: j.nama, jenis: j.jenis as JenisJabatan }, unit: j.unit, perangkatDaerah: pd?.nama ?? null },
        kosong: !(await repo.terisi(db, actor.instansiId, j.id)),
        calon,
      };
    },
  };
}

export type TalentaService = ReturnType<typeof createTalentaService>;
