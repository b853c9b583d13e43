/**
 * The committed artefacts must match the code that generates them, or CI fails:
 * - the SQL migrations: drizzle-kit, run on a copy of server/migrations, finds nothing to generate;
 * - the OpenAPI document (docs/openapi.json): what the routes and the contract generate now.
 * To refresh the document after a deliberate change: `npm run openapi` (writes docs/openapi.json).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestContext } from './context.js';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(server, '..');
export const OPENAPI_FILE = path.join(root, 'docs/openapi.json');

const t = await createTestContext();

describe('committed artefacts match the code', () => {
  // Once (the PostgreSQL project would only repeat it).
  it.runIf(t.kind === 'pglite')('the SQL migrations: drizzle-kit has nothing to generate from the schema', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-drift-'));
    try {
      fs.cpSync(path.join(server, 'migrations'), path.join(tmp, 'migrations'), { recursive: true });
      fs.writeFileSync(
        path.join(tmp, 'drizzle.config.ts'),
        `export default { dialect: 'postgresql', schema: ${JSON.stringify(path.join(server, 'src/db/schema.ts'))}, out: './migrations' };\n`,
      );
      const before = fs.readdirSync(path.join(tmp, 'migrations')).sort();
      const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--config=drizzle.config.ts'], { cwd: tmp, timeout: 120_000 });
      expect(fs.readdirSync(path.join(tmp, 'migrations')).sort(), `drizzle-kit generated a migration:\n${stdout}\nRun \`npx drizzle-kit generate\` in server/ and commit it.`).toEqual(before);
      expect(stdout).toContain('No schema changes');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 150_000);

  it.runIf(t.kind === 'pglite')('the OpenAPI document: docs/openapi.json is what the routes generate', () => {
    const now = `${JSON.stringify(t.app.swagger(), null, 2)}\n`;
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    expect(committed === now, 'docs/openapi.json differs from the generated document: run `npm run openapi` and commit it.').toBe(true);
  });
});
