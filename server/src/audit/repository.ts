import { and, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { auditEvent } from '../db/schema.js';

export interface AuditInput {
  instansiId: string;
  actorUserId: string | null;
  actorNip: string | null;
  actorNama: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorNip?: string | undefined;
  q?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
}

const jsonAtauNull = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export const auditRepository = {
  /**
   * The INSERT of `e` once per row of the CTE named `syarat` (one row, or none when the change it
   * records did not happen), for a write made in one statement (`WITH baru AS (…), audit AS (…)`).
   */
  insertUntukSetiap(e: AuditInput, syarat: string): SQL {
    return sql`INSERT INTO audit_event (instansi_id, actor_user_id, actor_nip, actor_nama, action, entity_type, entity_id, summary, before, after, ip)
      SELECT ${e.instansiId}::uuid, ${e.actorUserId}::uuid, ${e.actorNip}::text, ${e.actorNama}::text, ${e.action}::text, ${e.entityType}::text,
             ${e.entityId}::text, ${e.summary}::text, ${jsonAtauNull(e.before)}::jsonb, ${jsonAtauNull(e.after)}::jsonb, ${e.ip}::text
        FROM ${sql.identifier(syarat)}`;
  },

  async insert(db: DbOrTx, e: AuditInput): Promise<void> {
    await db.insert(auditEvent).values({
      ...e,
      before: e.before ?? null,
      after: e.after ?? null,
    });
  },

  async list(db: DbOrTx, instansiId: string, f: AuditFilter) {
    const where: SQL[] = [eq(auditEvent.instansiId, instansiId)];
    if (f.entityType) where.push(eq(auditEvent.entityType, f.entityType));
    if (f.entityId) where.push(eq(auditEvent.entityId, f.entityId));
    if (f.action) where.push(eq(auditEvent.action, f.action));
    if (f.actorNip) where.push(eq(auditEvent.actorNip, f.actorNip));
    if (f.from) where.push(gte(auditEvent.occurredAt, f.from));
    if (f.to) where.push(lte(auditEvent.occurredAt, f.to));
    if (f.beforeId) where.push(lt(auditEvent.id, f.beforeId));
    if (f.q) {
      const like = `%${f.q}%`;
      const cond = or(ilike(auditEvent.summary, like), ilike(auditEvent.actorNama, like));
      if (cond) where.push(cond);
    }
    return db
      .select()
      .from(auditEvent)
      .where(and(...where))
      .orderBy(desc(auditEvent.id))
      .limit(f.limit);
  },
};
