/**
 * Tim penilai kinerja PNS (PP 30/2019): formed by BKPSDM for a year; its members see the final
 * results per perangkat daerah and record recommendations per pegawai (promotion, transfer,
 * development, awards, coaching) for career decisions.
 */
import {
  PREDIKATS,
  type Predikat,
  type Rating,
  labelPeriode,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { namaLengkapBaris, type OrganisasiService, unitsPada } from '../organisasi/service.js';
import { buildUnitTree, perangkatDaerahOf, subtreeIds } from '../organisasi/service.js';
import { timPenilaiPolicy } from './policy.js';
import { timPenilaiRepository as repo, type RekomendasiRow, type TimRow } from './repository.js';
import {
  JENIS_REKOMENDASI_LABEL,
  PERAN_TIM_LABEL,
  type Hasil,
  type HasilQuery,
  type Rekomendasi,
  type RekomendasiInput,
  type Tim,
  type TimInput,
} from '@capaian/contract/tim-penilai';

/** Items listed at most in one results answer (narrow with unitId or predikat). */
export const MAKS_HASIL = 2000;

/** Whether the pegawai sits on a tim penilai kinerja of the year (for other features: it sees every unit's results). */
export const anggotaTimPada = async (db: Db, instansiId: string, tahun: number, pegawaiId: string): Promise<boolean> =>
  (await repo.list(db, instansiId, { tahun, anggotaId: pegawaiId })).length > 0;

const namaLengkap = namaLengkapBaris;
const kosongDistribusi = () => Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;

export function createTimPenilaiService(db: Db, organisasi: OrganisasiService, clock: () => Date) {
  async function present(actor: Actor, rows: TimRow[]): Promise<Tim[]> {
    const people = await repo.pegawai(db, actor.instansiId, [...new Set(rows.flatMap((r) => r.anggota.map((a) => a.pegawaiId)))]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return rows.map((r) => ({
      id: r.id,
      tahun: r.tahun,
      nama: r.nama,
      nomorSk: r.nomor_sk,
      anggota: r.anggota.map((a) => {
        const p = byId.get(a.pegawaiId);
        const peran = a.peran as keyof typeof PERAN_TIM_LABEL;
        return { pegawaiId: a.pegawaiId, peran, peranLabel: PERAN_TIM_LABEL[peran] ?? a.peran, nip: p?.nip ?? '', nama: p ? namaLengkap(p) : '', jabatan: p?.jabatan_nama ?? null, unitNama: p?.unit_nama ?? null };
      }),
      dibuatAt: new Date(r.created_at).toISOString(),
      can: timPenilaiPolicy.can(actor, r.anggota),
    }));
  }

  /** A team the caller may see, or 404 (not revealing that it exists). */
  async function load(actor: Actor, id: string) {
    const row = await repo.get(db, actor.instansiId, id);
    if (!row || !timPenilaiPolicy.canRead(actor, row.anggota)) throw errors.notFound('Tim penilai kinerja');
    return row;
  }

  async function detail(actor: Actor, id: string): Promise<Tim> {
    const [t] = await present(actor, [await load(actor, id)]);
    return t!;
  }

  /** Members must be active pegawai of the instansi, each once, with at most one ketua. */
  async function checkAnggota(actor: Actor, input: TimInput) {
    const fields: FieldErrors = {};
    const people = new Map((await repo.pegawai(db, actor.instansiId, input.anggota.map((a) => a.pegawaiId))).map((p) => [p.id, p]));
    const seen = new Set<string>();
    input.anggota.forEach((a, n) => {
      const p = people.get(a.pegawaiId);
      if (!p) fields[`anggota.${n}.pegawaiId`] = 'bukan pegawai instansi ini';
      else if (p.status === 'PENSIUN' || p.status === 'NONAKTIF') fields[`anggota.${n}.pegawaiId`] = `${p.nama} tidak aktif`;
      else if (seen.has(a.pegawaiId)) fields[`anggota.${n}.pegawaiId`] = `${p.nama} disebut lebih dari sekali`;
      seen.add(a.pegawaiId);
    });
    if (input.anggota.filter((a) => a.peran === 'KETUA').length > 1) fields.anggota = 'ketua tim paling banyak satu orang';
    if (Object.keys(fields).length) throw errors.validation(fields);
  }

  const presentRekomendasi = (r: RekomendasiRow): Rekomendasi => ({
    id: r.id,
    timId: r.tim_id,
    periodeId: r.periode_id,
    pegawaiId: r.pegawai_id,
    jenis: r.jenis as Rekomendasi['jenis'],
    jenisLabel: JENIS_REKOMENDASI_LABEL[r.jenis as Rekomendasi['jenis']] ?? r.jenis,
    catatan: r.catatan,
    oleh: r.oleh_id ? { id: r.oleh_id, nama: r.oleh_nama ?? '' } : null,
    at: new Date(r.created_at).toISOString(),
  });

  return {
    detail,

    async list(actor: Actor, tahun?: number): Promise<{ items: Tim[]; can: { buat: boolean } }> {
      const kelola = timPenilaiPolicy.canKelola(actor);
      const rows = await repo.list(db, actor.instansiId, { tahun, anggotaId: kelola ? undefined : actor.pegawaiId });
      return { items: await present(actor, rows), can: { buat: kelola } };
    },

    async buat(actor: Actor, input: TimInput): Promise<Tim> {
      if (!timPenilaiPolicy.canKelola(actor)) throw errors.forbidden('membentuk tim penilai kinerja (hanya admin BKPSDM)');
      await checkAnggota(actor, input);
      const id = await db.transaction(async (tx) => {
        const id = await repo.insert(tx, actor.instansiId, { tahun: input.tahun, nama: input.nama, nomorSk: input.nomorSk ?? null, anggota: input.anggota, at: clock() });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'tim_penilai',
          entityId: id,
          summary: `Tim penilai kinerja "${input.nama}" tahun ${input.tahun} dibentuk (${input.anggota.length} anggota)`,
          after: input,
        });
        return id;
      });
      return detail(actor, id);
    },

    async ubah(actor: Actor, id: string, input: TimInput): Promise<Tim> {
      const before = await load(actor, id);
      if (!timPenilaiPolicy.canKelola(actor)) throw errors.forbidden('mengubah tim penilai kinerja (hanya admin BKPSDM)');
      await checkAnggota(actor, input);
      await db.transaction(async (tx) => {
        if (!(await repo.update(tx, actor.instansiId, id, { tahun: input.tahun, nama: input.nama, nomorSk: input.nomorSk ?? null, anggota: input.anggota })).length)
          throw errors.notFound('Tim penilai kinerja');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'tim_penilai',
          entityId: id,
          summary: `Tim penilai kinerja "${input.nama}" tahun ${input.tahun} diubah`,
          before: { tahun: before.tahun, nama: before.nama, nomorSk: before.nomor_sk, anggota: before.anggota },
          after: input,
        });
      });
      return detail(actor, id);
    },

    /**
     * The final results of a period of the team's year, per perangkat daerah (counts per predikat
     * for every one; the list filtered by unit and predikat), with the team's recommendations.
     */
    async hasil(actor: Actor, id: string, q: HasilQuery): Promise<Hasil> {
      const tim = await load(actor, id);
      const periods = await repo.periodeOfTahun(db, actor.instansiId, tim.tahun);
      const periode = q.periodeId ? periods.find((p) => p.id === q.periodeId) : periods[0];
      if (q.periodeId && !periode) throw errors.validation({ periodeId: `bukan periode penilaian tahun ${tim.tahun} (tahun tim ini)` });
      const base = {
        tim: { id: tim.id, nama: tim.nama, tahun: tim.tahun },
        periodeTersedia: periods.map((p) => ({ id: p.id, label: labelPeriode(p), jenis: p.jenis })),
        can: { rekomendasi: timPenilaiPolicy.isAnggota(actor, tim.anggota) },
      };
      if (!periode) return { ...base, periode: null, perangkatDaerah: [], items: [], terpotong: false };

      const tree = buildUnitTree(await unitsPada(db, actor.instansiId, await organisasi.today(actor.instansiId)));
      if (q.unitId && !tree.byId.has(q.unitId)) throw errors.validation({ unitId: 'bukan unit kerja instansi ini' });
      const dalam = q.unitId ? subtreeIds(tree, [q.unitId]) : null;
      const [rows, rekomendasi] = await Promise.all([repo.hasil(db, actor.instansiId, periode.id), repo.rekomendasi(db, actor.instansiId, tim.id, periode.id)]);

      const pd = new Map<string, { id: string; nama: string; jumlah: number; distribusi: Record<Predikat, number> }>();
      const items: Hasil['items'] = [];
      let cocok = 0;
      for (const r of rows) {
        const p = perangkatDaerahOf(tree, r.unit_id);
        if (p) {
          const s = pd.get(p.id) ?? { id: p.id, nama: p.nama, jumlah: 0, distribusi: kosongDistribusi() };
          s.jumlah += 1;
          if (r.predikat) s.distribusi[r.predikat as Predikat] += 1;
          pd.set(p.id, s);
        }
        if (dalam && !dalam.has(r.unit_id)) continue;
        if (q.predikat && r.predikat !== q.predikat) continue;
        cocok += 1;
        if (items.length >= MAKS_HASIL) continue;
        items.push({
          evaluasiId: r.evaluasi_id,
          pegawai: { id: r.pegawai_id, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan_nama },
          unit: { id: r.unit_id, nama: r.unit_nama },
          perangkatDaerah: p ? { id: p.id, nama: p.nama } : null,
          status: r.status,
          ratingHasilKerja: r.rating_hasil_kerja as Rating | null,
          ratingPerilaku: r.rating_perilaku as Rating | null,
          predikat: r.predikat as Predikat | null,
          rekomendasi: rekomendasi.filter((x) => x.pegawai_id === r.pegawai_id).map(presentRekomendasi),
        });
      }
      return {
        ...base,
        periode: { id: periode.id, label: labelPeriode(periode), jenis: periode.jenis, tahun: periode.tahun, status: periode.status },
        perangkatDaerah: [...pd.values()].sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
        items,
        terpotong: cocok > items.length,
      };
    },

    /** A member records a recommendation for a pegawai with a final result in a period of the team's year. */
    async rekomendasi(actor: Actor, id: string, input: RekomendasiInput): Promise<Rekomendasi> {
      const tim = await load(actor, id);
      if (!timPenilaiPolicy.isAnggota(actor, tim.anggota)) throw errors.forbidden('mencatat rekomendasi tim penilai (hanya anggota tim)');
      if (input.pegawaiId === actor.pegawaiId) throw errors.forbidden('mencatat rekomendasi untuk diri sendiri');
      const periods = await repo.periodeOfTahun(db, actor.instansiId, tim.tahun);
      const periode = periods.find((p) => p.id === input.periodeId);
      if (!periode) throw errors.validation({ periodeId: `bukan periode penilaian tahun ${tim.tahun} (tahun tim ini)` });
      const [hasil] = await repo.hasil(db, actor.instansiId, periode.id, { pegawaiId: input.pegawaiId });
      if (!hasil) throw errors.validation({ pegawaiId: `belum memiliki hasil penilaian final pada periode ${labelPeriode(periode)}` });
      const rid = await db.transaction(async (tx) => {
        const rid = await repo.insertRekomendasi(tx, { instansiId: actor.instansiId, timId: tim.id, periodeId: periode.id, pegawaiId: input.pegawaiId, jenis: input.jenis, catatan: input.catatan, olehId: actor.pegawaiId, at: clock() });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'rekomendasi_tim',
          entityId: rid,
          summary: `Rekomendasi ${JENIS_REKOMENDASI_LABEL[input.jenis].toLowerCase()} untuk ${hasil.nama} (${labelPeriode(periode)}) oleh tim "${tim.nama}"`,
          after: { timId: tim.id, ...input },
        });
        return rid;
      });
      const row = await repo.rekomendasiById(db, actor.instansiId, rid);
      if (!row) throw errors.notFound('Rekomendasi');
      return presentRekomendasi(row);
    },
  };
}

export type TimPenilaiService = ReturnType<typeof createTimPenilaiService>;
