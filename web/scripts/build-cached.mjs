/**
 * Builds the web app only when its inputs changed (issue #15, quick start): a SHA-256 over the
 * files Vite reads — web/ (but dist/ and node_modules/), the contract and the domain the app
 * imports, the lockfile and the shared TypeScript config — is compared with the one written into
 * web/dist/.build-hash by the last successful build. Equal: nothing to do (an `npm start` restart
 * skips the build). Different or missing: `vite build`, then the hash is written, so a build that
 * failed or was interrupted is never taken for a finished one.
 * Run: node web/scripts/build-cached.mjs   (`npm start` does; `npm run build` passes --always)
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(web, '..');
const INPUTS = ['web', 'contract/src', 'contract/package.json', 'domain/src', 'domain/package.json', 'package-lock.json', 'tsconfig.base.json'];
const SKIP = new Set(['node_modules', 'dist', '.vite']);
const HASH_FILE = path.join(web, 'dist', '.build-hash');

function files(rel) {
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [rel];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => files(path.join(rel, e.name)));
}

function inputHash() {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap(files).sort()) {
    h.update(f.split(path.sep).join('/'));
    h.update('\0');
    h.update(fs.readFileSync(path.join(root, f)));
    h.update('\0');
  }
  return h.digest('hex');
}

const hash = inputHash();
const built = fs.existsSync(HASH_FILE) ? fs.readFileSync(HASH_FILE, 'utf8').trim() : null;
const always = process.argv.includes('--always');
if (!always && built === hash && fs.existsSync(path.join(web, 'dist', 'index.html'))) {
  console.log('web app up to date (inputs unchanged since the last build)');
} else {
  console.log(always ? 'building the web app (--always)' : built ? 'web app inputs changed: building' : 'web app not built yet: building');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: web, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.writeFileSync(HASH_FILE, `${hash}\n`);
}
