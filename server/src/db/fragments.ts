/**
 * SQL fragments several features' repositories share: the organisation tree, read by many
 * queries. Kept in the database layer so repositories never import each other.
 */
import { sql } from 'drizzle-orm';

/** SQL for the ids of a unit and all units below it. */
export const unitSubtreeIds = (instansiId: string, rootIds: readonly string[]) => sql`(
  WITH RECURSIVE sub AS (
    SELECT u.id FROM unit_kerja u
     WHERE u.instansi_id = ${instansiId} AND u.id IN (${sql.join(rootIds.map((id) => sql`${id}::uuid`), sql`, `)})
    UNION
    SELECT c.id FROM unit_kerja c JOIN sub ON c.parent_id = sub.id WHERE c.instansi_id = ${instansiId}
  ) SELECT id FROM sub)`;

