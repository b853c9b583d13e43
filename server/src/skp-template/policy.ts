import { hasRole, type Actor } from '../core/actor.js';

/**
 * Where the caller stands in the organisation, worked out once per request by the service
 * (tenant first: every set holds unit ids of the caller's own instansi only).
 */
export interface TemplateScope {
  /** BKPSDM admin or system admin: the whole instansi. */
  admin: boolean;
  /** Units of the perangkat daerah the caller is pengelola kinerja for (with all units below). */
  pengelolaUnits: ReadonlySet<string>;
  /** Units above those perangkat daerah (a template scoped there also covers them). */
  pengelolaAtas: ReadonlySet<string>;
  /** The caller is a pejabat penilai: somebody's superior today. */
  penilai: boolean;
  /** The unit of the caller's own jabatan. */
  unitSendiri: string | null;
  /** The caller's unit and the units below it. */
  unitSendiriBawah: ReadonlySet<string>;
  /** The units above the caller's unit. */
  unitSendiriAtas: ReadonlySet<string>;
}

export interface TemplateRef {
  unitId: string | null;
  dibuatOleh: string | null;
}

/**
 * SKP templates: deny by default, tenant first (another pemda's template is simply not found).
 * - BKPSDM admins and system admins manage templates for the whole instansi;
 * - a pengelola kinerja manages templates scoped to (a unit inside) their perangkat daerah;
 * - a pejabat penilai creates templates scoped to their own unit and manages the ones they made;
 * - applying: BKPSDM to anyone in scope, the pengelola within their perangkat daerah, the pejabat
 *   penilai to their bawahan — each with any template whose scope covers them;
 * - whoever may apply a template may read it.
 */
export const templatePolicy = {
  /** May use the templates feature at all (otherwise 403 everywhere). */
  canUse: (s: TemplateScope) => s.admin || s.pengelolaUnits.size > 0 || s.penilai,

  /** May create (or move) a template to this scope. */
  canScope(s: TemplateScope, unitId: string | null) {
    if (s.admin) return true;
    if (unitId === null) return false;
    return s.pengelolaUnits.has(unitId) || (s.penilai && unitId === s.unitSendiri);
  },

  canManage(actor: Actor, s: TemplateScope, t: TemplateRef) {
    if (s.admin) return true;
    if (t.unitId === null) return false;
    if (s.pengelolaUnits.has(t.unitId)) return true;
    return s.penilai && t.unitId === s.unitSendiri && t.dibuatOleh === actor.userId;
  },

  canApply(s: TemplateScope, t: TemplateRef) {
    if (s.admin) return true;
    const covers = (bawah: ReadonlySet<string>, atas: ReadonlySet<string>) => t.unitId === null || bawah.has(t.unitId) || atas.has(t.unitId);
    if (s.pengelolaUnits.size > 0 && covers(s.pengelolaUnits, s.pengelolaAtas)) return true;
    return s.penilai && covers(s.unitSendiriBawah, s.unitSendiriAtas);
  },

  canRead: (actor: Actor, s: TemplateScope, t: TemplateRef) => templatePolicy.canApply(s, t) || templatePolicy.canManage(actor, s, t),

  can(actor: Actor, s: TemplateScope, t: TemplateRef) {
    const manage = templatePolicy.canManage(actor, s, t);
    return { read: templatePolicy.canRead(actor, s, t), ubah: manage, hapus: manage, terapkan: templatePolicy.canApply(s, t) };
  },
};

export const isAdminTemplat = (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM');
