import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { auditPolicy } from './policy.js';
import type { SQL } from 'drizzle-orm';
import { auditRepository, type AuditFilter, type AuditInput } from './repository.js';

export interface AuditChange {
  action: 'create' | 'update' | 'delete' | 'login' | 'logout' | 'import' | 'password' | 'lock' | 'unlock';
  entityType: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** The event of a change by `actor` (or the command line: no account, its actor named by the OS user). */
function auditInput(actor: Actor | null, instansiId: string, c: AuditChange): AuditInput {
  return {
    instansiId,
    // A change from the command line has no account: its actor is named (the OS user), not an id.
    actorUserId: actor?.userId || null,
    actorNip: actor?.nip || null,
    actorNama: actor?.nama ?? null,
    action: c.action,
    entityType: c.entityType,
    entityId: c.entityId,
    summary: c.summary,
    before: c.before ?? null,
    after: c.after ?? null,
    ip: actor?.ip ?? null,
  };
}

/** Writes one audit event inside the caller's transaction, so the event and the change commit together. */
export async function recordAudit(tx: DbOrTx, actor: Actor | null, instansiId: string, c: AuditChange) {
  await auditRepository.insert(tx, auditInput(actor, instansiId, c));
}

/**
 * `recordAudit` as part of a write made in one statement: the event is written once per row of the
 * statement's CTE named `syarat` (so not at all when the change did not happen), atomically with it.
 */
export const auditDalamPernyataan = (actor: Actor | null, instansiId: string, c: AuditChange, syarat: string): SQL =>
  auditRepository.insertUntukSetiap(auditInput(actor, instansiId, c), syarat);

export function createAuditService(db: Db) {
  return {
    async list(actor: Actor, filter: AuditFilter) {
      if (!auditPolicy.canBrowse(actor)) throw errors.forbidden('melihat jejak audit');
      const rows = await auditRepository.list(db, actor.instansiId, filter);
      return {
        items: rows.map((r) => ({
          id: r.id,
          occurredAt: r.occurredAt.toISOString(),
          actorNip: r.actorNip,
          actorNama: r.actorNama,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          summary: r.summary,
          before: r.before,
          after: r.after,
        })),
        nextBeforeId: rows.length === filter.limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  };
}
