import type { AkunCan } from '@capaian/contract/akun';
import { hasRole, type Actor, type Role } from '../core/actor.js';

/**
 * Accounts and roles: BKPSDM admins and system admins manage the accounts of their instansi;
 * only a system admin may grant or take away the system-admin role.
 */
export const akunPolicy = {
  canManage: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  canGrant: (actor: Actor, role: Role) => role !== 'ADMIN_SISTEM' || hasRole(actor, 'ADMIN_SISTEM'),
  can(actor: Actor, target: { id: string }): AkunCan {
    const manage = akunPolicy.canManage(actor);
    const self = target.id === actor.userId;
    return { read: manage, update: manage, resetPassword: manage && !self, unlock: manage, deactivate: manage && !self };
  },
};
