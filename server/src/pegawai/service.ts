import { nipError, pangkatOf, parseNipAsn, validateGolongan, type JenisAsn } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { sesiBerubah } from '../auth/service.js';
import { daftarPlt, jabatanMentah, namaLengkap, unitDalam, type OrganisasiService } from '../organisasi/service.js';
import { pegawaiPolicy, type PegawaiRelation } from './policy.js';
import { pegawaiRepository as repo, type PegawaiRow } from './repository.js';
import type { PegawaiInput, PegawaiListQuery } from '@capaian/contract/pegawai';
import type { Atasan } from '@capaian/contract/organisasi';

const NO_RELATION: PegawaiRelation = { self: false, atasan: false, inPengelolaScope: false };

export function present(actor: Actor, r: PegawaiRow, rel: PegawaiRelation) {
  return {
    id: r.id,
    nip: r.nip,
    nama: r.nama,
    namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    gelarDepan: r.gelar_depan,
    gelarBelakang: r.gelar_belakang,
    jenisAsn: r.jenis_asn,
    golongan: r.golongan,
    pangkat: pangkatOf(r.golongan),
    jabatanId: r.jabatan_id,
    jabatanNama: r.jabatan_nama,
    jenisJabatan: r.jenis_jabatan,
    jenjang: r.jenjang,
    kepalaUnit: r.kepala_unit,
    unitId: r.unit_id,
    unitNama: r.unit_nama,
    perangkatDaerahNama: r.perangkat_daerah_nama,
    tmtJabatan: r.tmt_jabatan,
    status: r.status,
    email: r.email,
    can: pegawaiPolicy.can(actor, rel),
  };
}

/** Of `nips`, those already a pegawai's in another instansi (the importer names their rows). */
export const nipDiInstansiLain = (db: DbOrTx, instansiId: string, nips: readonly string[]) => repo.nipDiInstansiLain(db, instansiId, nips);

/** Field-level checks shared by the form and the importer. */
export async function checkPegawaiInput(
  db: DbOrTx,
  instansiId: string,
  input: Pick<PegawaiInput, 'nip' | 'jenisAsn' | 'golongan' | 'jabatanId' | 'status'>,
  selfId?: string,
): Promise<FieldErrors> {
  const fields: FieldErrors = {};
  const nipProblem = nipError(input.nip, input.jenisAsn as JenisAsn);
  if (nipProblem) fields.nip = nipProblem;
  else if (await repo.nipTaken(db, instansiId, input.nip, selfId)) fields.nip = 'NIP sudah terdaftar';
  // A NIP is national: one used by another pemda is refused whole, without saying where.
  else if ((await repo.nipDiInstansiLain(db, instansiId, [input.nip])).size > 0) throw errors.nipDipakai();
  const golProblem = validateGolongan(input.jenisAsn as JenisAsn, input.golongan);
  if (golProblem) fields.golongan = golProblem;
  const jab = await jabatanMentah(db, instansiId, input.jabatanId);
  if (!jab) fields.jabatanId = 'jabatan tidak ditemukan';
  else if (jab.kepalaUnit && input.status !== 'PENSIUN') {
    const others = await repo.otherHolders(db, instansiId, jab.id, selfId);
    if (others[0]) fields.jabatanId = `jabatan kepala ini sudah dipangku ${others[0].nama}`;
  }
  return fields;
}

/** A pegawai's own row (or null), for the accounts feature. */
export const pegawaiMentah = (db: DbOrTx, instansiId: string, id: string) => repo.getRaw(db, instansiId, id);

export function createPegawaiService(db: Db, organisasi: OrganisasiService) {
  async function relationTo(actor: Actor, target: PegawaiRow, atasan: Atasan): Promise<PegawaiRelation> {
    const self = actor.pegawaiId === target.id;
    const inPengelolaScope =
      actor.pengelolaUnitIds.length > 0 &&
      (await unitDalam(db, actor.instansiId, target.unit_id, actor.pengelolaUnitIds));
    const atasanOfTarget =
      !self &&
      (atasan.pejabatPenilai?.pegawaiId === actor.pegawaiId || atasan.atasanPejabatPenilai?.pegawaiId === actor.pegawaiId);
    return { self, atasan: atasanOfTarget, inPengelolaScope };
  }

  async function detail(actor: Actor, id: string) {
    // The record (with its Plt history and account) and its atasan chain, in parallel: the chain
    // both decides whether the caller is a superior and is part of the answer.
    const [found, atasan] = await Promise.all([
      repo.getDetail(db, actor.instansiId, id),
      organisasi.atasanOf(actor.instansiId, id).catch(() => null),
    ]);
    if (!found || !atasan) throw errors.notFound('Pegawai');
    const { row, plt, akun } = found;
    const rel = await relationTo(actor, row, atasan);
    // Not revealing whether the record exists to someone who may not read it.
    if (!pegawaiPolicy.canRead(actor, rel)) throw errors.notFound('Pegawai');
    const nip = parseNipAsn(row.nip, row.jenis_asn as JenisAsn);
    return {
      ...present(actor, row, rel),
      tanggalLahir: nip.ok ? nip.tanggalLahir : null,
      jenisKelamin: nip.ok ? nip.jenisKelamin : null,
      atasan,
      plt,
      akun:
        akun && (rel.self || pegawaiPolicy.canManage(actor))
          ? {
              id: akun.id,
              roles: akun.roles ?? [],
              aktif: akun.aktif,
            }
          : null,
    };
  }

  return {
    async list(actor: Actor, q: PegawaiListQuery) {
      const scope = pegawaiPolicy.listScope(actor);
      if (!scope) throw errors.forbidden('melihat daftar pegawai');
      const { rows, total } = await repo.list(db, actor.instansiId, scope, q);
      const rel = { ...NO_RELATION, inPengelolaScope: scope.kind === 'units' };
      return {
        items: rows.map((r) => present(actor, r, { ...rel, self: r.id === actor.pegawaiId })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    detail,

    /** A pegawai's atasan on a date: reading it is part of reading the pegawai (same policy, same 404). */
    async atasan(actor: Actor, id: string, tanggal?: string) {
      await detail(actor, id);
      return organisasi.atasanOf(actor.instansiId, id, tanggal);
    },

    async create(actor: Actor, input: PegawaiInput) {
      if (!pegawaiPolicy.canManage(actor)) throw errors.forbidden('menambah pegawai');
      const fields = await checkPegawaiInput(db, actor.instansiId, input);
      if (Object.keys(fields).length) throw errors.validation(fields);
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, { ...input, instansiId: actor.instansiId });
        if (!row) throw new Error('insert pegawai returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'pegawai',
          entityId: row.id,
          summary: `Pegawai ditambahkan: ${row.nama} (${row.nip})`,
          after: row,
        });
        return row.id;
      });
      return detail(actor, id);
    },

    async update(actor: Actor, id: string, input: PegawaiInput) {
      if (!pegawaiPolicy.canManage(actor)) throw errors.notFound('Pegawai');
      const before = await repo.getRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Pegawai');
      const fields = await checkPegawaiInput(db, actor.instansiId, input, id);
      if (Object.keys(fields).length) throw errors.validation(fields);
      await db.transaction(async (tx) => {
        const [after] = await repo.update(tx, actor.instansiId, id, input);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'pegawai',
          entityId: id,
          summary: `Data pegawai diubah: ${input.nama} (${input.nip})`,
          before,
          after,
        });
      });
      sesiBerubah({ pegawaiId: id });
      return detail(actor, id);
    },

    async remove(actor: Actor, id: string) {
      if (!pegawaiPolicy.canManage(actor)) throw errors.notFound('Pegawai');
      if (id === actor.pegawaiId) throw errors.conflict('cannot_delete_self', 'Anda tidak dapat menghapus data Anda sendiri.');
      const before = await repo.getRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Pegawai');
      const plt = await daftarPlt(db, actor.instansiId, { pegawaiId: id });
      await db.transaction(async (tx) => {
        await repo.delete(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'pegawai',
          entityId: id,
          summary: `Pegawai dihapus: ${before.nama} (${before.nip})`,
          before: { ...before, penugasanPlt: plt.length },
        });
      });
      sesiBerubah({ pegawaiId: id });
    },
  };
}

export type PegawaiService = ReturnType<typeof createPegawaiService>;
