import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration is read once at start-up from the environment and validated here.
 * Nothing else in the server reads `process.env`.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus berupa URL postgres://…')
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Seed the demo pemda on first start when the database is empty. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  DEMO_PEGAWAI: z.coerce.number().int().min(50).max(200_000).default(600),
  /** Serve cookies with the Secure flag (set behind HTTPS). */
  /** The address people reach Capaian at; printed in documents' QR codes. */
  PUBLIC_URL: z.url('harus berupa URL, misalnya https://capaian.bandung.go.id').optional(),
  /** Where evidence files are kept (the local storage adapter); defaults to DATA_DIR/berkas. */
  STORAGE_DIR: z.string().min(1).optional(),
  /** Largest evidence file accepted, in megabytes. */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  /** SMTP server for e-mail, e.g. smtp://user:pass@mail.pemda.go.id:587. Unset: e-mails stay in the outbox page. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'harus berupa URL smtp:// atau smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Capaian <no-reply@capaian.local>'),
  /** Run the background jobs (e-mail sender, daily reminders) in this process. */
  JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (login throttling, public
   * form limits): 'false' (default: the connection's address), 'true', a hop count, or addresses.
   */
  TRUST_PROXY: z.string().default('false'),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Redis for the rate limits (login throttle, the public form's limits and single-use tokens)
   * shared by several processes, e.g. redis://127.0.0.1:6379. Unset: each process counts in memory.
   */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'harus berupa URL redis:// atau rediss://').optional(),
  /** Prefix of this deployment's keys in Redis (several deployments may share one Redis). */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'hanya huruf, angka, _ dan -, paling panjang 60').default('capaian'),
  /** A backup every night (capaian backup), kept in BACKUP_DIR, the newest BACKUP_SIMPAN of them. */
  BACKUP_HARIAN: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  BACKUP_DIR: z.string().min(1).optional(),
  /** Hour of the night (WIB, 0–23) from which the nightly backup runs. */
  BACKUP_JAM: z.coerce.number().int().min(0).max(23).default(1),
  BACKUP_SIMPAN: z.coerce.number().int().min(1).max(365).default(7),
  /** Signs the challenge of the public feedback form; set the same value on every process behind a load balancer. */
  PUBLIC_FORM_SECRET: z.string().min(32, 'paling sedikit 32 karakter').optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  pgliteDir: string;
  databaseUrl: string | undefined;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  sessionDays: number;
  seedDemo: boolean;
  demoPegawai: number;
  cookieSecure: boolean;
  publicUrl: string;
  storageDir: string;
  uploadMaxBytes: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  jobs: boolean;
  trustProxy: boolean | number | string;
  redisUrl: string | undefined;
  redisPrefix: string;
  backup: { harian: boolean; dir: string; jam: number; simpan: number };
  /** Key of the public form's challenge tokens: PUBLIC_FORM_SECRET, or random bytes per process. */
  publicFormSecret: Buffer;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`DATABASE_URL=`) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    pgliteDir: path.join(dataDir, 'pglite'),
    databaseUrl: c.DATABASE_URL,
    env: c.NODE_ENV,
    logLevel: c.LOG_LEVEL,
    sessionDays: c.SESSION_DAYS,
    seedDemo: c.SEED_DEMO,
    demoPegawai: c.DEMO_PEGAWAI,
    cookieSecure: c.COOKIE_SECURE,
    storageDir: path.resolve(c.STORAGE_DIR ?? path.join(dataDir, 'berkas')),
    uploadMaxBytes: c.UPLOAD_MAX_MB * 1024 * 1024,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    jobs: c.JOBS,
    trustProxy: c.TRUST_PROXY === 'true' ? true : c.TRUST_PROXY === 'false' ? false : /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    backup: { harian: c.BACKUP_HARIAN, dir: path.resolve(c.BACKUP_DIR ?? path.join(dataDir, 'cadangan')), jam: c.BACKUP_JAM, simpan: c.BACKUP_SIMPAN },
    publicFormSecret: c.PUBLIC_FORM_SECRET ? Buffer.from(c.PUBLIC_FORM_SECRET, 'utf8') : randomBytes(32),
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
  };
}
