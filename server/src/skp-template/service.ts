import { randomUUID } from 'node:crypto';
import { SKP_WORKFLOW, periodeTahunan, periodsOf, type PeriodeKind, type SkpState } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { AppError, errors, type FieldErrors } from '../core/errors.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { indikatorKinerja, rencanaAksi, rhk, skp, skpDialog } from '../db/schema.js';
import { simpanRencanaAksiBanyak } from '../realisasi/service.js';
import { recordAudit } from '../audit/service.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { isAdminTemplat, templatePolicy, type TemplateScope } from './policy.js';
import { templateRepository as repo, type SasaranRow, type TargetLimit, type TemplateRow } from './repository.js';
import { TemplateIsi, type SasaranItem, type TemplateDetail, type TemplateInput, type TemplateRingkas, type TerapkanBody, type TerapkanResponse } from '@capaian/contract/skp-template';

const stateLabel = (s: string) => SKP_WORKFLOW.stateLabel[s as SkpState] ?? s;
const norm = (s: string) => s.trim().toLowerCase();
/** States whose SKP a template may add RHK to. */
const EDITABLE = new Set(['DRAFT', 'DIKEMBALIKAN']);


export function createSkpTemplateService(db: Db, organisasi: OrganisasiService) {
  const tahunIni = async (instansiId: string) => Number((await organisasi.today(instansiId)).slice(0, 4));

  /** The caller's standing, from one unit query, one unit-of-jabatan query and `bawahanOf`. */
  async function scopeOf(actor: Actor) {
    const [units, unitSendiri, bawahan] = await Promise.all([
      repo.units(db, actor.instansiId),
      repo.unitOf(db, actor.instansiId, actor.pegawaiId),
      organisasi.bawahanOf(actor.instansiId, actor.pegawaiId),
    ]);
    const children = new Map<string, string[]>();
    const parent = new Map<string, string | null>();
    for (const u of units) {
      parent.set(u.id, u.parent_id);
      if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
    }
    const below = (roots: string[]) => {
      const out = new Set<string>();
      const stack = roots.filter((r) => parent.has(r));
      while (stack.length) {
        const id = stack.pop()!;
        if (out.has(id)) continue;
        out.add(id);
        stack.push(...(children.get(id) ?? []));
      }
      return out;
    };
    const above = (roots: string[]) => {
      const out = new Set<string>();
      for (const r of roots) for (let p = parent.get(r) ?? null; p && !out.has(p); p = parent.get(p) ?? null) out.add(p);
      return out;
    };
    const scope: TemplateScope = {
      admin: isAdminTemplat(actor),
      pengelolaUnits: below(actor.pengelolaUnitIds),
      pengelolaAtas: above(actor.pengelolaUnitIds),
      penilai: bawahan.length > 0,
      unitSendiri,
      unitSendiriBawah: below(unitSendiri ? [unitSendiri] : []),
      unitSendiriAtas: above(unitSendiri ? [unitSendiri] : []),
    };
    const unitNama = new Map(units.map((u) => [u.id, u.nama]));
    /** Whom the caller may apply templates to (null: anyone in the template's scope). */
    const limit: TargetLimit | null = scope.admin ? null : { unitRootIds: actor.pengelolaUnitIds, pegawaiIds: bawahan };
    return { scope, limit, unitNama };
  }
  type Scope = Awaited<ReturnType<typeof scopeOf>>;

  async function useOrForbid(actor: Actor) {
    const sc = await scopeOf(actor);
    if (!templatePolicy.canUse(sc.scope)) throw errors.forbidden('mengelola templat SKP');
    return sc;
  }

  const parseIsi = (t: TemplateRow): TemplateIsi => TemplateIsi.parse(t.isi);

  function ringkas(actor: Actor, sc: Scope, t: TemplateRow): TemplateRingkas {
    const isi = parseIsi(t);
    return {
      id: t.id,
      nama: t.nama,
      jabatanNama: t.jabatanNama,
      unitId: t.unitId,
      unitNama: t.unitId ? (sc.unitNama.get(t.unitId) ?? null) : null,
      jumlahRhk: isi.length,
      jumlahIndikator: isi.reduce((n, r) => n + r.indikator.length, 0),
      diperbarui: t.updatedAt.toISOString(),
      can: templatePolicy.can(actor, sc.scope, t),
    };
  }

  async function detailOf(actor: Actor, sc: Scope, t: TemplateRow): Promise<TemplateDetail> {
    return {
      ...ringkas(actor, sc, t),
      isi: parseIsi(t),
      dibuatOleh: t.dibuatOleh ? await repo.namaPegawaiAkun(db, actor.instansiId, t.dibuatOleh) : null,
    };
  }

  /** A template the caller may read, or 404 (another pemda's, or out of the caller's reach). */
  async function load(actor: Actor, id: string) {
    const sc = await useOrForbid(actor);
    const t = await repo.get(db, actor.instansiId, id);
    if (!t || !templatePolicy.canRead(actor, sc.scope, t)) throw errors.notFound('Templat SKP');
    return { sc, t };
  }

  function checkScope(sc: Scope, unitId: string | null) {
    if (unitId && !sc.unitNama.has(unitId)) throw errors.validation({ unitId: 'unit kerja tidak ditemukan' });
    if (!templatePolicy.canScope(sc.scope, unitId))
      throw new AppError('forbidden', 'Anda tidak berwenang membuat templat untuk cakupan ini.', {
        unitId: unitId ? 'di luar unit kerja yang Anda kelola' : 'templat seluruh instansi hanya untuk admin BKPSDM',
      });
  }

  async function sasaranOf(tx: DbOrTx, actor: Actor, sc: Scope, t: TemplateRow, tahun: number) {
    const rows = await repo.sasaran(tx, actor.instansiId, t, tahun, sc.limit);
    return rows.map((r) => ({ row: r, ...rencana(r, tahun) }));
  }

  function rencana(r: SasaranRow, tahun: number): { tindakan: SasaranItem['tindakan']; alasan: string | null } {
    if (!r.status) return { tindakan: 'BUAT', alasan: null };
    if (EDITABLE.has(r.status)) return { tindakan: 'TAMBAH', alasan: null };
    return { tindakan: 'LEWATI', alasan: `SKP ${tahun} berstatus ${stateLabel(r.status)}; hanya draf atau SKP yang dikembalikan yang dapat ditambah` };
  }

  return {
    /** May the caller open the templates page at all (the menu asks, so the page is never a 403). */
    async bolehDibuka(actor: Actor): Promise<boolean> {
      return templatePolicy.canUse((await scopeOf(actor)).scope);
    },

    async list(actor: Actor) {
      const sc = await useOrForbid(actor);
      const rows = await repo.list(db, actor.instansiId);
      return {
        items: rows.filter((t) => templatePolicy.canRead(actor, sc.scope, t)).map((t) => ringkas(actor, sc, t)),
        can: { buat: templatePolicy.canUse(sc.scope), seluruhInstansi: sc.scope.admin },
      };
    },

    async detail(actor: Actor, id: string) {
      const { sc, t } = await load(actor, id);
      return detailOf(actor, sc, t);
    },

    async create(actor: Actor, input: TemplateInput) {
      const sc = await useOrForbid(actor);
      checkScope(sc, input.unitId);
      const t = await db.transaction(async (tx) => {
        const row = await repo.insert(tx, { instansiId: actor.instansiId, nama: input.nama, jabatanNama: input.jabatanNama, unitId: input.unitId, isi: input.isi, dibuatOleh: actor.userId });
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'skp_template', entityId: row.id, summary: `Templat SKP "${row.nama}" dibuat`, after: row });
        return row;
      });
      return detailOf(actor, sc, t);
    },

    async update(actor: Actor, id: string, input: TemplateInput) {
      const { sc, t } = await load(actor, id);
      if (!templatePolicy.canManage(actor, sc.scope, t)) throw errors.forbidden('mengubah templat ini');
      if (input.unitId !== t.unitId) checkScope(sc, input.unitId);
      const row = await db.transaction(async (tx) => {
        const r = await repo.update(tx, actor.instansiId, id, { nama: input.nama, jabatanNama: input.jabatanNama, unitId: input.unitId, isi: input.isi });
        if (!r) throw errors.notFound('Templat SKP');
        await recordAudit(tx, actor, actor.instansiId, { action: 'update', entityType: 'skp_template', entityId: id, summary: `Templat SKP "${r.nama}" diubah`, before: t, after: r });
        return r;
      });
      return detailOf(actor, sc, row);
    },

    async remove(actor: Actor, id: string) {
      const { sc, t } = await load(actor, id);
      if (!templatePolicy.canManage(actor, sc.scope, t)) throw errors.forbidden('menghapus templat ini');
      await db.transaction(async (tx) => {
        await repo.remove(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, { action: 'delete', entityType: 'skp_template', entityId: id, summary: `Templat SKP "${t.nama}" dihapus`, before: t });
      });
    },

    /** Preview: the pegawai the template would apply to for a year, and what would happen to each. */
    async sasaran(actor: Actor, id: string, tahun?: number) {
      const { sc, t } = await load(actor, id);
      if (!templatePolicy.canApply(sc.scope, t)) throw errors.forbidden('menerapkan templat ini');
      const th = tahun ?? (await tahunIni(actor.instansiId));
      const list = await sasaranOf(db, actor, sc, t, th);
      return {
        tahun: th,
        items: list.map(({ row: r, tindakan, alasan }) => ({
          pegawaiId: r.pegawai_id,
          nip: r.nip,
          namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
          jabatanNama: r.jabatan_nama,
          unitNama: r.unit_nama,
          skp: r.skp_id && r.status ? { id: r.skp_id, versi: r.versi ?? 1, status: r.status, statusLabel: stateLabel(r.status) } : null,
          tindakan,
          alasan,
        })),
      };
    },

    /**
     * Applies a template to its targets in ONE transaction: a draft SKP for whoever has none for
     * the year, the template's RHK appended to drafts and returned SKPs (an RHK already there is
     * not repeated), others skipped with a reason. A constant number of bulk statements, whatever
     * the number of pegawai; any failure rolls everything back.
     */
    async terapkan(actor: Actor, id: string, body: TerapkanBody): Promise<TerapkanResponse> {
      const { sc, t } = await load(actor, id);
      if (!templatePolicy.canApply(sc.scope, t)) throw errors.forbidden('menerapkan templat ini');
      const isi = parseIsi(t);
      const { tahun } = body;
      const periode = periodeTahunan(tahun);
      const penugasanDari = `Templat: ${t.nama}`;
      try {
        return await db.transaction(async (tx) => {
          let targets = await sasaranOf(tx, actor, sc, t, tahun);
          if (body.pegawaiIds) {
            const byId = new Map(targets.map((x) => [x.row.pegawai_id, x]));
            const fields: FieldErrors = {};
            body.pegawaiIds.forEach((pid, i) => {
              if (!byId.has(pid)) fields[`pegawaiIds.${i}`] = 'bukan sasaran templat ini (jabatan, unit kerja atau kewenangan Anda)';
            });
            if (Object.keys(fields).length) throw errors.validation(fields, 'Sebagian pegawai bukan sasaran templat ini.');
            const wanted = new Set(body.pegawaiIds);
            targets = targets.filter((x) => wanted.has(x.row.pegawai_id));
          }

          const nama = (r: SasaranRow) => namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang });
          const dilewati: TerapkanResponse['dilewati'] = [];
          const skpRows: Array<typeof skp.$inferInsert> = [];
          const rhkRows: Array<typeof rhk.$inferInsert> = [];
          const indRows: Array<typeof indikatorKinerja.$inferInsert> = [];
          const dialog: Array<typeof skpDialog.$inferInsert> = [];
          // Default rencana aksi, in the instansi's periode kinerja (read in the transaction).
          const raRows: Array<typeof rencanaAksi.$inferInsert> = [];
          const [ins] = await tx.query.instansi.findMany({ where: (x, { eq }) => eq(x.id, actor.instansiId), columns: { periodeKinerja: true } });
          const periods = periodsOf(tahun, (ins?.periodeKinerja ?? 'BULANAN') as PeriodeKind);
          const fields: FieldErrors = {};
          isi.forEach((r, i) =>
            (r.rencanaAksi ?? []).forEach((a, j) => {
              if (!periods[a.periode - 1]) fields[`isi.${i}.rencanaAksi.${j}.periode`] = `periode kinerja instansi hanya 1–${periods.length}`;
            }),
          );
          if (Object.keys(fields).length) throw errors.validation(fields, 'Rencana aksi templat tidak sesuai periode kinerja instansi.');
          const addRhk = (skpId: string, list: TemplateIsi, start: number) =>
            list.forEach((r, i) => {
              const rhkId = randomUUID();
              rhkRows.push({ instansiId: actor.instansiId, id: rhkId, skpId, jenis: r.jenis, uraian: r.uraian, penugasanDari, urutan: start + i });
              for (const a of r.rencanaAksi ?? []) {
                const p = periods[a.periode - 1]!;
                raRows.push({ instansiId: actor.instansiId, skpId, rhkId, periode: a.periode, periodeMulai: p.start, periodeSelesai: p.end, uraian: a.uraian, target: a.target ?? null, satuan: a.satuan ?? null, dibuatOleh: actor.pegawaiId });
              }
              r.indikator.forEach((k, j) =>
                indRows.push({
                  instansiId: actor.instansiId,
                  rhkId,
                  aspek: k.aspek,
                  uraian: k.uraian,
                  targetNilai: k.targetNilai,
                  targetSatuan: k.targetNilai ? k.targetSatuan : null,
                  targetTeks: k.targetTeks,
                  urutan: j,
                }),
              );
            });

          // New drafts.
          const dibuat: string[] = [];
          for (const x of targets.filter((y) => y.tindakan === 'BUAT')) {
            const skpId = randomUUID();
            dibuat.push(x.row.pegawai_id);
            skpRows.push({ instansiId: actor.instansiId, id: skpId, pegawaiId: x.row.pegawai_id, tahun, periodeMulai: periode.start, periodeSelesai: periode.end });
            addRhk(skpId, isi, 0);
            dialog.push({ instansiId: actor.instansiId, skpId, pegawaiId: actor.pegawaiId, jenis: 'TEMPLAT', pesan: `Dibuat dari templat ${t.nama}` });
          }

          // Drafts and returned SKPs: append what is not there yet.
          const tambah = targets.filter((y) => y.tindakan === 'TAMBAH');
          const existing = await repo.rhkOfSkps(tx, actor.instansiId, tambah.map((x) => x.row.skp_id!));
          const ditambahkan: Array<{ pegawaiId: string; skpId: string; rowVersion: number; rhk: number }> = [];
          for (const x of tambah) {
            const skpId = x.row.skp_id!;
            const mine = existing.filter((e) => e.skp_id === skpId);
            const have = new Set(mine.map((e) => e.uraian));
            const baru = isi.filter((r) => !have.has(norm(r.uraian)));
            if (baru.length === 0) {
              dilewati.push({ pegawaiId: x.row.pegawai_id, nama: nama(x.row), alasan: 'semua RHK templat sudah ada pada SKP ini' });
              continue;
            }
            addRhk(skpId, baru, mine.reduce((m, e) => Math.max(m, e.urutan + 1), 0));
            ditambahkan.push({ pegawaiId: x.row.pegawai_id, skpId, rowVersion: x.row.row_version!, rhk: baru.length });
            dialog.push({ instansiId: actor.instansiId, skpId, pegawaiId: actor.pegawaiId, jenis: 'TEMPLAT', pesan: `${baru.length} RHK ditambahkan dari templat ${t.nama}` });
          }
          for (const x of targets.filter((y) => y.tindakan === 'LEWATI')) dilewati.push({ pegawaiId: x.row.pegawai_id, nama: nama(x.row), alasan: x.alasan ?? 'dilewati' });

          const claimed = await repo.bumpMany(tx, actor.instansiId, ditambahkan.map((d) => ({ id: d.skpId, rowVersion: d.rowVersion })));
          if (claimed.length !== ditambahkan.length)
            throw errors.conflict('version_conflict', 'Sebagian SKP baru saja diubah oleh orang lain. Muat ulang lalu terapkan lagi.');
          await repo.insertSkp(tx, skpRows);
          await repo.insertRhk(tx, rhkRows);
          await repo.insertIndikator(tx, indRows);
          await simpanRencanaAksiBanyak(tx, raRows);
          await repo.insertDialog(tx, dialog);
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'create',
            entityType: 'skp_template',
            entityId: t.id,
            summary: `Templat SKP "${t.nama}" diterapkan untuk ${tahun}: ${dibuat.length} SKP dibuat, ${ditambahkan.length} ditambah, ${dilewati.length} dilewati`,
            after: {
              tahun,
              jumlah: { dibuat: dibuat.length, ditambahkan: ditambahkan.length, dilewati: dilewati.length, rhk: rhkRows.length, indikator: indRows.length, rencanaAksi: raRows.length },
              dibuat,
              ditambahkan: ditambahkan.map((d) => ({ pegawaiId: d.pegawaiId, skpId: d.skpId, rhk: d.rhk })),
              dilewati: dilewati.map((d) => ({ pegawaiId: d.pegawaiId, alasan: d.alasan })),
            },
          });
          return { dibuat: dibuat.length, ditambahkan: ditambahkan.length, dilewati };
        });
      } catch (e) {
        if (!(e instanceof AppError) && isUniqueViolation(e))
          throw errors.conflict('skp_exists', 'Sebagian pegawai baru saja memulai SKP tahun ini. Muat ulang lalu terapkan lagi.');
        throw e;
      }
    },
  };
}

export type SkpTemplateService = ReturnType<typeof createSkpTemplateService>;
