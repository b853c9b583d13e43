/**
 * The benchmarks' common start on PostgreSQL: the configuration from the environment, the database
 * migrated and — when empty — seeded with a pemda of BENCH_PEGAWAI pegawai (16,000 by default) with
 * this year's SKPs, the services with a clock standing in December, and BKPSDM's actor.
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../server/src/core/config.js';
import { createServices } from '../../server/src/core/services.js';
import type { Actor } from '../../server/src/core/actor.js';
import { queryRows } from '../../server/src/db/client.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from '../../server/src/setup.js';

/** `pool`: connections of the database pool (4 for the service benchmarks; the HTTP ones pass more). */
export async function bukaPemdaBench(pool = 4) {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', JOBS: 'false' });
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to a PostgreSQL database for the benchmark.');
  const jumlah = Number(process.env.BENCH_PEGAWAI ?? 16_000);
  const database = await openConfiguredDatabase(config, pool);
  await database.migrate();
  const tahun = new Date().getFullYear();
  if (await isEmpty(database)) {
    const t0 = performance.now();
    const r = await seedDemo(database, jumlah, 7, tahun, false);
    console.log(`seed: ${r.pegawai} pegawai with SKPs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // Periods open until the end of the year: the clock stands in December.
  const services = createServices({ database, config, clock: () => new Date(`${tahun}-12-20T03:00:00Z`) });
  const [admin] = await queryRows<{ user_id: string; instansi_id: string; pegawai_id: string; nip: string; nama: string }>(
    database.db,
    sql`SELECT a.id AS user_id, a.instansi_id, a.pegawai_id, a.nip, p.nama FROM user_account a
          JOIN user_role r ON r.instansi_id = a.instansi_id AND r.user_id = a.id AND r.role = 'ADMIN_BKPSDM'
          JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id ORDER BY a.nip LIMIT 1`,
  );
  if (!admin) throw new Error('no ADMIN_BKPSDM account');
  const actor: Actor = { userId: admin.user_id, instansiId: admin.instansi_id, pegawaiId: admin.pegawai_id, nip: admin.nip, nama: admin.nama, roles: ['PEGAWAI', 'ADMIN_BKPSDM'], pengelolaUnitIds: [] };
  return { config, jumlah, database, db: database.db, tahun, services, admin, actor };
}
