import type { AkunCan } from '@capaian/contract/akun';
import { bolehMengelolaAkun, peranTercakup } from '@capaian/domain';
import { hasRole, ROLES, type Actor, type Role } from '../core/actor.js';

const peranDari = (roles: ReadonlyArray<{ role: string }> | null): Role[] =>
  (roles ?? []).map((r) => r.role).filter((r): r is Role => (ROLES as readonly string[]).includes(r));

/**
 * Accounts and roles: BKPSDM admins and system admins manage the accounts of their instansi.
 * Nobody gains a privilege they do not have (domain `PERAN_MENCAKUP`): a role may be granted or
 * taken away only by someone whose roles cover it, and an account may be changed (roles, password
 * reset, deactivation) only when every role it holds is covered — so a BKPSDM admin cannot reset
 * a system admin's password and sign in as them.
 */
export const akunPolicy = {
  canManage: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  canGrant: (actor: Actor, role: Role) => peranTercakup(actor.roles, role),
  can(actor: Actor, target: { id: string; roles: ReadonlyArray<{ role: string }> | null }): AkunCan {
    const manage = akunPolicy.canManage(actor) && bolehMengelolaAkun(actor.roles, peranDari(target.roles));
    const self = target.id === actor.userId;
    return { read: akunPolicy.canManage(actor), update: manage, resetPassword: manage && !self, unlock: manage, deactivate: manage && !self };
  },
};
