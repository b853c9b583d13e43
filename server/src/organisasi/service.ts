import { validateJabatan } from '@capaian/domain';
import { hasRole, type Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { recordAudit } from '../audit/service.js';
import { resolveAtasanChain, type ResolvedSeat } from './atasan.js';
import { organisasiPolicy } from './policy.js';
import { organisasiRepository as repo, type UnitRow } from './repository.js';
import type { Atasan, JabatanInput, PegawaiRingkas, PltInput, UnitInput } from '@capaian/contract/organisasi';

const namaLengkap = (p: { nama: string; gelarDepan: string | null; gelarBelakang: string | null }) =>
  [p.gelarDepan, p.nama].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '');
/** The same for a raw SQL row (snake_case columns). */
const namaLengkapBaris = (p: { nama: string; gelar_depan?: string | null; gelar_belakang?: string | null }) =>
  namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan ?? null, gelarBelakang: p.gelar_belakang ?? null });
export { namaLengkap, namaLengkapBaris };
export * from './unit-tree.js';
export type { UnitRow } from './repository.js';

// The organisation as other features read it (their only way in: never the repository itself).
/** Name, NIP, golongan, jabatan and unit of some pegawai (for documents and lists). */
export const ringkasPegawai = (db: DbOrTx, instansiId: string, ids: string[]) => repo.ringkasPegawai(db, instansiId, ids);
/** Every unit with its pegawai count and the head in office on a date. */
export const unitsPada = (db: DbOrTx, instansiId: string, tanggal: string) => repo.listUnits(db, instansiId, tanggal);
/** One unit's own row (or null). */
export const unitMentah = (db: DbOrTx, instansiId: string, id: string) => repo.getUnitRaw(db, instansiId, id);
/** One jabatan's own row (or null). */
export const jabatanMentah = (db: DbOrTx, instansiId: string, id: string) => repo.getJabatanRaw(db, instansiId, id);
/** Acting assignments (Plt/Plh), filtered. */
export const daftarPlt = (db: DbOrTx, instansiId: string, filter: Parameters<typeof repo.listPlt>[2]) => repo.listPlt(db, instansiId, filter);
/** Whether a unit lies in one of the given units' subtrees (e.g. a pengelola kinerja's perangkat daerah). */
export const unitDalam = (db: DbOrTx, instansiId: string, unitId: string, rootIds: readonly string[]) => repo.unitWithin(db, instansiId, unitId, rootIds);
/** The unit of a pegawai's jabatan. */
export const unitPegawai = (db: DbOrTx, instansiId: string, pegawaiId: string) => repo.unitPegawai(db, instansiId, pegawaiId);

export function createOrganisasiService(db: Db, pengaturan: PengaturanInstansi) {
  // The instansi's date and kepala daerah come from its settings' one owner (cached there).
  const today = (instansiId: string) => pengaturan.hariIni(instansiId);

  /** Pegawai counts of every unit including the units below it. */
  const subtreeTotals = (rows: UnitRow[]) => {
    const children = new Map<string, UnitRow[]>();
    for (const r of rows) if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
    const totals = new Map<string, number>();
    const total = (r: UnitRow, depth: number): number => {
      const known = totals.get(r.id);
      if (known !== undefined) return known;
      // Depth guard: the tree is acyclic by construction; never loop on bad data.
      const sum = r.jumlah_pegawai + (depth > 50 ? 0 : (children.get(r.id) ?? []).reduce((s, c) => s + total(c, depth + 1), 0));
      totals.set(r.id, sum);
      return sum;
    };
    for (const r of rows) total(r, 0);
    return totals;
  };

  const presentUnit = (actor: Actor, r: UnitRow, totals: Map<string, number>) => ({
    id: r.id,
    parentId: r.parent_id,
    kode: r.kode,
    nama: r.nama,
    jenis: r.jenis,
    perangkatDaerah: r.perangkat_daerah,
    alamat: r.alamat,
    aktif: r.aktif,
    jumlahPegawai: r.jumlah_pegawai,
    jumlahPegawaiTotal: totals.get(r.id) ?? r.jumlah_pegawai,
    kepala: r.kepala_pegawai_id
      ? { pegawaiId: r.kepala_pegawai_id, nama: r.kepala_nama ?? '', nip: r.kepala_nip ?? '', plt: r.kepala_plt }
      : null,
    can: organisasiPolicy.can(actor),
  });

  const requireRead = (actor: Actor) => {
    if (!organisasiPolicy.canRead(actor)) throw errors.forbidden('melihat organisasi');
  };
  const requireManage = (actor: Actor) => {
    if (!organisasiPolicy.canManage(actor)) throw errors.forbidden('mengubah data organisasi');
  };

  async function getUnit(actor: Actor, id: string) {
    requireRead(actor);
    const rows = await repo.listUnits(db, actor.instansiId, await today(actor.instansiId));
    const row = rows.find((r) => r.id === id);
    if (!row) throw errors.notFound('Unit kerja');
    return presentUnit(actor, row, subtreeTotals(rows));
  }

  async function checkParent(actor: Actor, parentId: string | null, selfId?: string) {
    if (!parentId) return;
    const parent = await repo.getUnitRaw(db, actor.instansiId, parentId);
    if (!parent) throw errors.validation({ parentId: 'unit induk tidak ditemukan' });
    if (selfId) {
      const ancestors = await repo.ancestorIds(db, actor.instansiId, parentId);
      if (ancestors.includes(selfId))
        throw errors.validation({ parentId: 'unit tidak boleh berada di bawah dirinya sendiri' });
    }
  }

  async function checkJabatan(actor: Actor, input: JabatanInput, selfId?: string) {
    const fields: Record<string, string> = {};
    const jabErr = validateJabatan({ jenis: input.jenis, jenjang: input.jenjang });
    if (jabErr) fields.jenjang = jabErr;
    const unit = await repo.getUnitRaw(db, actor.instansiId, input.unitId);
    if (!unit) fields.unitId = 'unit kerja tidak ditemukan';
    if (await repo.jabatanKodeTaken(db, actor.instansiId, input.kode, selfId)) fields.kode = 'kode sudah dipakai';
    if (input.kepalaUnit && unit) {
      const head = await repo.kepalaJabatanOfUnit(db, actor.instansiId, input.unitId);
      if (head && head.id !== selfId) fields.kepalaUnit = `unit ini sudah punya jabatan kepala (${head.nama})`;
    }
    if (Object.keys(fields).length) throw errors.validation(fields);
  }

  return {
    today,

    async listUnits(actor: Actor) {
      requireRead(actor);
      const rows = await repo.listUnits(db, actor.instansiId, await today(actor.instansiId));
      const totals = subtreeTotals(rows);
      return rows.map((r) => presentUnit(actor, r, totals));
    },

    getUnit,

    async createUnit(actor: Actor, input: UnitInput) {
      requireManage(actor);
      await checkParent(actor, input.parentId);
      if (await repo.unitKodeTaken(db, actor.instansiId, input.kode))
        throw errors.validation({ kode: 'kode sudah dipakai' });
      const created = await db.transaction(async (tx) => {
        const [row] = await repo.insertUnit(tx, { ...input, alamat: input.alamat ?? null, instansiId: actor.instansiId });
        if (!row) throw new Error('insert unit returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'unit_kerja',
          entityId: row.id,
          summary: `Unit kerja dibuat: ${row.nama}`,
          after: row,
        });
        return row;
      });
      return getUnit(actor, created.id);
    },

    async updateUnit(actor: Actor, id: string, input: UnitInput) {
      requireManage(actor);
      const before = await repo.getUnitRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Unit kerja');
      await checkParent(actor, input.parentId, id);
      if (await repo.unitKodeTaken(db, actor.instansiId, input.kode, id))
        throw errors.validation({ kode: 'kode sudah dipakai' });
      await db.transaction(async (tx) => {
        const [after] = await repo.updateUnit(tx, actor.instansiId, id, { ...input, alamat: input.alamat ?? null });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'unit_kerja',
          entityId: id,
          summary: `Unit kerja diubah: ${input.nama}`,
          before,
          after,
        });
      });
      return getUnit(actor, id);
    },

    async deleteUnit(actor: Actor, id: string) {
      requireManage(actor);
      const before = await repo.getUnitRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Unit kerja');
      const usage = await repo.unitUsage(db, actor.instansiId, id);
      if (usage.children > 0 || usage.jabatan > 0)
        throw errors.conflict(
          'unit_in_use',
          `Unit tidak dapat dihapus: masih memiliki ${usage.children} sub-unit dan ${usage.jabatan} jabatan.`,
        );
      if (usage.roles > 0)
        throw errors.conflict('unit_in_use', `Unit tidak dapat dihapus: masih menjadi cakupan ${usage.roles} peran pengelola kinerja.`);
      await db.transaction(async (tx) => {
        await repo.deleteUnit(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'unit_kerja',
          entityId: id,
          summary: `Unit kerja dihapus: ${before.nama}`,
          before,
        });
      });
    },

    async listJabatan(actor: Actor, filter: { unitId?: string | undefined; q?: string | undefined }) {
      requireRead(actor);
      const rows = await repo.listJabatan(db, actor.instansiId, filter);
      return rows.map((r) => presentJabatan(actor, r));
    },

    async getJabatan(actor: Actor, id: string) {
      requireRead(actor);
      const [row] = await repo.listJabatan(db, actor.instansiId, { id });
      if (!row) throw errors.notFound('Jabatan');
      return presentJabatan(actor, row);
    },

    async createJabatan(actor: Actor, input: JabatanInput) {
      requireManage(actor);
      await checkJabatan(actor, input);
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insertJabatan(tx, { ...input, instansiId: actor.instansiId });
        if (!row) throw new Error('insert jabatan returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'jabatan',
          entityId: row.id,
          summary: `Jabatan dibuat: ${row.nama}`,
          after: row,
        });
        return row.id;
      });
      return this.getJabatan(actor, id);
    },

    async updateJabatan(actor: Actor, id: string, input: JabatanInput) {
      requireManage(actor);
      const before = await repo.getJabatanRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Jabatan');
      await checkJabatan(actor, input, id);
      if (input.kepalaUnit && !before.kepalaUnit && (await repo.pemangkuCount(db, actor.instansiId, id)) > 1)
        throw errors.validation({ kepalaUnit: 'jabatan kepala hanya boleh dipangku satu pegawai' });
      await db.transaction(async (tx) => {
        const [after] = await repo.updateJabatan(tx, actor.instansiId, id, input);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'jabatan',
          entityId: id,
          summary: `Jabatan diubah: ${input.nama}`,
          before,
          after,
        });
      });
      return this.getJabatan(actor, id);
    },

    async deleteJabatan(actor: Actor, id: string) {
      requireManage(actor);
      const before = await repo.getJabatanRaw(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Jabatan');
      // Retired pegawai still point at their last jabatan, so they block the delete too.
      const n = await repo.pemangkuCount(db, actor.instansiId, id, true);
      if (n > 0) throw errors.conflict('jabatan_in_use', `Jabatan tidak dapat dihapus: masih tercatat pada ${n} pegawai.`);
      const plt = await repo.listPlt(db, actor.instansiId, { jabatanId: id });
      if (plt.length > 0)
        throw errors.conflict('jabatan_in_use', `Jabatan tidak dapat dihapus: masih ada ${plt.length} penugasan Plt/Plh.`);
      await db.transaction(async (tx) => {
        await repo.deleteJabatan(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'jabatan',
          entityId: id,
          summary: `Jabatan dihapus: ${before.nama}`,
          before,
        });
      });
    },

    async listPlt(actor: Actor, filter: { pegawaiId?: string | undefined; jabatanId?: string | undefined; aktifPada?: string | undefined }) {
      requireRead(actor);
      const rows = await repo.listPlt(db, actor.instansiId, filter);
      return rows.map((r) => presentPlt(actor, r));
    },

    async createPlt(actor: Actor, input: PltInput) {
      requireManage(actor);
      const fields: Record<string, string> = {};
      if (input.tanggalSelesai < input.tanggalMulai) fields.tanggalSelesai = 'tidak boleh sebelum tanggal mulai';
      const jab = await repo.getJabatanRaw(db, actor.instansiId, input.jabatanId);
      if (!jab) fields.jabatanId = 'jabatan tidak ditemukan';
      else if (!jab.kepalaUnit) fields.jabatanId = 'Plt/Plh hanya untuk jabatan kepala unit';
      const [peg] = await repo.ringkasPegawai(db, actor.instansiId, [input.pegawaiId]);
      if (!peg) fields.pegawaiId = 'pegawai tidak ditemukan';
      if (Object.keys(fields).length) throw errors.validation(fields);
      const overlap = await repo.overlappingPlt(db, actor.instansiId, input.jabatanId, input.tanggalMulai, input.tanggalSelesai);
      if (overlap[0])
        throw errors.conflict('plt_overlap', 'Sudah ada Plt/Plh pada jabatan ini di rentang tanggal tersebut.', {
          tanggalMulai: `bertumpang tindih dengan ${overlap[0].tanggal_mulai} s.d. ${overlap[0].tanggal_selesai}`,
        });
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insertPlt(tx, { ...input, nomorSk: input.nomorSk ?? null, instansiId: actor.instansiId });
        if (!row) throw new Error('insert plt returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'penugasan_plt',
          entityId: row.id,
          summary: `${input.jenis === 'PLT' ? 'Plt' : 'Plh'} ${peg?.nama ?? ''} pada ${jab?.nama ?? ''}`,
          after: row,
        });
        return row.id;
      });
      const [row] = await repo.listPlt(db, actor.instansiId, { id });
      if (!row) throw errors.notFound('Penugasan Plt/Plh');
      return presentPlt(actor, row);
    },

    async deletePlt(actor: Actor, id: string) {
      requireManage(actor);
      const [before] = await repo.listPlt(db, actor.instansiId, { id });
      if (!before) throw errors.notFound('Penugasan Plt/Plh');
      await db.transaction(async (tx) => {
        await repo.deletePlt(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'penugasan_plt',
          entityId: id,
          summary: `Penugasan ${before.jenis} ${before.pegawai_nama} dihapus`,
          before,
        });
      });
    },

    /** Units whose head seat this pegawai holds today (as definitive head or Plt/Plh). */
    async seatUnitsOf(instansiId: string, pegawaiId: string): Promise<string[]> {
      return repo.seatUnitIds(db, instansiId, pegawaiId, await today(instansiId));
    },

    /** The pegawai whose pejabat penilai this pegawai is on a date (today by default). */
    async bawahanOf(instansiId: string, pegawaiId: string, tanggal?: string): Promise<string[]> {
      return repo.bawahanIds(db, instansiId, pegawaiId, tanggal ?? (await today(instansiId)));
    },

    /**
     * Where `actorId` stands above a pegawai on a date: their pejabat penilai, their atasan pejabat
     * penilai, or anywhere higher in the chain of command (`berantai`, true for all three). Walks up
     * with `atasanOf`, two levels per step; stops at the top or on a loop. 404 for an unknown pegawai.
     */
    async rantaiAtasan(instansiId: string, pegawaiId: string, actorId: string, tanggal?: string): Promise<{ penilai: boolean; atasanPenilai: boolean; berantai: boolean }> {
      const date = tanggal ?? (await today(instansiId));
      const seen = new Set([pegawaiId]);
      let current = pegawaiId;
      for (let step = 0; step < 12; step++) {
        const a = await this.atasanOf(instansiId, current, date);
        const p1 = a.pejabatPenilai?.pegawaiId ?? null;
        const p2 = a.atasanPejabatPenilai?.pegawaiId ?? null;
        if (p1 === actorId) return { penilai: step === 0, atasanPenilai: false, berantai: true };
        if (p2 === actorId) return { penilai: false, atasanPenilai: step === 0, berantai: true };
        if (!p2 || seen.has(p2)) break;
        if (p1) seen.add(p1);
        seen.add(p2);
        current = p2;
      }
      return { penilai: false, atasanPenilai: false, berantai: false };
    },

    /**
     * How the caller stands to a pegawai's own records (development plan, angka kredit): the
     * pegawai, their pejabat penilai, anywhere above them, BKPSDM, pimpinan. `membaca`: may see them
     * at all (everyone else is answered 404).
     */
    async relasiPegawai(actor: Actor, pegawaiId: string) {
      const self = pegawaiId === actor.pegawaiId;
      const r = self ? { penilai: false, berantai: false } : await this.rantaiAtasan(actor.instansiId, pegawaiId, actor.pegawaiId);
      const bkpsdm = hasRole(actor, 'ADMIN_BKPSDM');
      const pimpinan = hasRole(actor, 'PIMPINAN');
      return { self, penilai: r.penilai, atasan: r.berantai, bkpsdm, pimpinan, membaca: self || r.berantai || bkpsdm || pimpinan };
    },

    /**
     * The pejabat penilai and atasan pejabat penilai of a pegawai on a date. The one place every
     * feature asks "who assesses whom"; it does not check the caller's rights (callers do).
     */
    async atasanOf(instansiId: string, pegawaiId: string, tanggal?: string): Promise<Atasan> {
      const date = tanggal ?? (await today(instansiId));
      const chain = await repo.atasanChain(db, instansiId, pegawaiId, date);
      if (!chain.found) throw errors.notFound('Pegawai');
      const resolved = resolveAtasanChain(pegawaiId, chain.headsOwnUnit, chain.seats);
      const present = (s: ResolvedSeat | null): PegawaiRingkas | null => {
        const p = s && chain.holders.get(s.pegawaiId);
        if (!s || !p) return null;
        return {
          pegawaiId: p.id,
          nip: p.nip,
          nama: p.nama,
          namaLengkap: namaLengkap(p),
          golongan: p.golongan,
          jabatanNama: p.jabatanNama,
          unitNama: p.unitNama,
          sebagai: s.sebagai,
        };
      };
      let kepalaDaerah: Atasan['kepalaDaerah'] = null;
      if (!resolved.atasanPejabatPenilai) {
        const ins = await pengaturan.info(instansiId);
        kepalaDaerah = { nama: ins.kepalaDaerahNama, jabatan: ins.kepalaDaerahJabatan };
      }
      return {
        tanggal: date,
        pejabatPenilai: present(resolved.pejabatPenilai),
        atasanPejabatPenilai: present(resolved.atasanPejabatPenilai),
        kepalaDaerah,
      };
    },
  };

  function presentJabatan(actor: Actor, r: Awaited<ReturnType<typeof repo.listJabatan>>[number]) {
    return {
      id: r.id,
      unitId: r.unit_id,
      unitNama: r.unit_nama,
      kode: r.kode,
      nama: r.nama,
      jenis: r.jenis,
      jenjang: r.jenjang,
      kepalaUnit: r.kepala_unit,
      kelas: r.kelas,
      jumlahPemangku: r.jumlah_pemangku,
      can: organisasiPolicy.can(actor),
    };
  }

  function presentPlt(actor: Actor, r: Awaited<ReturnType<typeof repo.listPlt>>[number]) {
    return {
      id: r.id,
      pegawaiId: r.pegawai_id,
      pegawaiNama: r.pegawai_nama,
      pegawaiNip: r.pegawai_nip,
      jabatanId: r.jabatan_id,
      jabatanNama: r.jabatan_nama,
      unitNama: r.unit_nama,
      jenis: r.jenis,
      tanggalMulai: r.tanggal_mulai,
      tanggalSelesai: r.tanggal_selesai,
      nomorSk: r.nomor_sk,
      can: organisasiPolicy.can(actor),
    };
  }
}

export type OrganisasiService = ReturnType<typeof createOrganisasiService>;
