import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { unitDalam, unitMentah, type OrganisasiService } from '../organisasi/service.js';
import { pkPolicy } from './policy.js';
import { pkRepository as repo } from './repository.js';
import type { SasaranInput } from '@capaian/contract/perjanjian-kinerja';

/** The Perjanjian Kinerja goals of a unit or year (for the SKP of unit heads and the unit's result). */
export const sasaranPk = (db: DbOrTx, instansiId: string, q: Parameters<typeof repo.list>[2]) => repo.list(db, instansiId, q);

export function createPkService(db: Db, organisasi: OrganisasiService) {
  /** Does the caller lead this unit (hold the head seat of it or of a unit above it)? */
  async function leads(actor: Actor, unitId: string) {
    const seats = await organisasi.seatUnitsOf(actor.instansiId, actor.pegawaiId);
    return seats.length > 0 && unitDalam(db, actor.instansiId, unitId, seats);
  }

  async function present(actor: Actor, rows: Awaited<ReturnType<typeof repo.list>>) {
    const seats = await organisasi.seatUnitsOf(actor.instansiId, actor.pegawaiId);
    return Promise.all(
      rows.map(async (r) => {
        const manage = pkPolicy.canManage(actor, seats.length > 0 && (await unitDalam(db, actor.instansiId, r.unit_id, seats)));
        return {
          id: r.id,
          unitId: r.unit_id,
          unitNama: r.unit_nama,
          tahun: r.tahun,
          sasaran: r.sasaran,
          indikator: r.indikator,
          target: r.target,
          jumlahRhk: r.jumlah_rhk,
          can: { read: true, update: manage, delete: manage && r.jumlah_rhk === 0 },
        };
      }),
    );
  }

  async function get(actor: Actor, id: string) {
    const [row] = await repo.list(db, actor.instansiId, { id });
    if (!row) throw errors.notFound('Sasaran organisasi');
    const [out] = await present(actor, [row]);
    return out!;
  }

  async function requireManage(actor: Actor, unitId: string) {
    if (!(await unitMentah(db, actor.instansiId, unitId))) throw errors.validation({ unitId: 'unit kerja tidak ditemukan' });
    if (!pkPolicy.canManage(actor, await leads(actor, unitId))) throw errors.forbidden('mencatat perjanjian kinerja unit ini');
  }

  return {
    async list(actor: Actor, f: { unitId?: string | undefined; tahun?: number | undefined }) {
      if (!pkPolicy.canRead(actor)) throw errors.forbidden('melihat perjanjian kinerja');
      return present(actor, await repo.list(db, actor.instansiId, f));
    },
    get,
    async create(actor: Actor, input: SasaranInput) {
      await requireManage(actor, input.unitId);
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, { ...input, instansiId: actor.instansiId });
        if (!row) throw new Error('insert sasaran returned nothing');
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'sasaran_organisasi', entityId: row.id, summary: `Sasaran organisasi ${input.tahun} dicatat: ${input.sasaran.slice(0, 80)}`, after: row });
        return row.id;
      });
      return get(actor, id);
    },
    async update(actor: Actor, id: string, input: SasaranInput) {
      const before = await repo.get(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Sasaran organisasi');
      await requireManage(actor, before.unitId);
      if (input.unitId !== before.unitId) await requireManage(actor, input.unitId);
      await db.transaction(async (tx) => {
        const [after] = await repo.update(tx, actor.instansiId, id, input);
        await recordAudit(tx, actor, actor.instansiId, { action: 'update', entityType: 'sasaran_organisasi', entityId: id, summary: `Sasaran organisasi diubah: ${input.sasaran.slice(0, 80)}`, before, after });
      });
      return get(actor, id);
    },
    async remove(actor: Actor, id: string) {
      const before = await repo.get(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Sasaran organisasi');
      await requireManage(actor, before.unitId);
      const [row] = await repo.list(db, actor.instansiId, { id });
      if (row && row.jumlah_rhk > 0)
        throw errors.conflict('sasaran_in_use', `Sasaran ini dipakai oleh ${row.jumlah_rhk} RHK; ubah RHK tersebut terlebih dahulu.`);
      await db.transaction(async (tx) => {
        await repo.remove(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, { action: 'delete', entityType: 'sasaran_organisasi', entityId: id, summary: `Sasaran organisasi dihapus: ${before.sasaran.slice(0, 80)}`, before });
      });
    },
  };
}

export type PkService = ReturnType<typeof createPkService>;
