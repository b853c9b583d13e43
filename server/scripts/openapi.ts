/**
 * Writes docs/openapi.json: the API document the routes and the contract generate. CI checks that
 * the committed file is current (server/test/drift.test.ts); run `npm run openapi` after changing
 * a route or a schema, and commit the result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { openDatabase } from '../src/db/client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const database = await openDatabase({ kind: 'pglite' });
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: os.tmpdir(), JOBS: 'false' });
const { app } = await buildApp({ database, config, logger: false });
await app.ready();
const file = path.join(root, 'docs/openapi.json');
fs.writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
console.log(`wrote ${path.relative(root, file)}`);
