/**
 * Storage of evidence files (bukti dukung). Services see only this interface; the default is a
 * local directory (config.storageDir).
 *
 * Keys are made by the server (`newStorageKey`): `<instansiId>/<yyyy>/<uuid>`. A name a user gave
 * a file is kept in the database for display and download only and never becomes a path or a key.
 *
 * An S3-compatible adapter (AWS S3, MinIO, Ceph RGW, …) implements the same three methods with
 * the AWS SDK v3 (`@aws-sdk/client-s3`), one bucket per deployment, the key used as the object key:
 * - `put(key, data, mime)` → `PutObjectCommand({ Bucket, Key: key, Body: data, ContentType: mime,
 *   ChecksumAlgorithm: 'SHA256' })` (server-side encryption set on the bucket);
 * - `get(key)` → `GetObjectCommand({ Bucket, Key: key })`, returning `Body` as a Node `Readable`
 *   (a `NoSuchKey` error mapped to `StorageNotFoundError`);
 * - `delete(key)` → `DeleteObjectCommand({ Bucket, Key: key })` (deleting a missing key succeeds).
 * Files are still always served through the API (authorization check and safe headers), never by
 * handing out public bucket URLs. Configuration would add STORAGE_S3_ENDPOINT / _BUCKET / _REGION
 * and credentials from the environment, read in core/config.ts like everything else.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface Storage {
  /** Stores `data` under `key` (replacing nothing: keys are unique by construction). */
  put(key: string, data: Buffer, mime: string): Promise<void>;
  /** The stored bytes as a stream (or a buffer); throws `StorageNotFoundError` when absent. */
  get(key: string): Promise<Readable | Buffer>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export class StorageNotFoundError extends Error {
  constructor(key: string) {
    super(`storage object not found: ${key}`);
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_RE = new RegExp(`^${UUID}/\\d{4}/${UUID}$`);

/** A new storage key for a file of an instansi: `<instansiId>/<yyyy>/<uuid>` (never from user input). */
export function newStorageKey(instansiId: string, now: Date): string {
  return `${instansiId}/${now.getUTCFullYear()}/${randomUUID()}`;
}

/** Keys this server generated, and only those, are accepted by the adapters. */
export function isStorageKey(key: string): boolean {
  return KEY_RE.test(key);
}

/** The local-directory adapter: one file per key below `rootDir`, written atomically (temp file + rename). */
export function createLocalStorage(rootDir: string): Storage {
  const root = path.resolve(rootDir);
  const fileOf = (key: string) => {
    if (!isStorageKey(key)) throw new Error(`invalid storage key: ${key}`);
    const file = path.resolve(root, ...key.split('/'));
    // Defence in depth: the key format already excludes '..' and absolute paths.
    if (!file.startsWith(root + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return file;
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${randomUUID()}.tmp`;
      await fsp.writeFile(tmp, data, { mode: 0o640, flag: 'wx' });
      await fsp.rename(tmp, file);
    },
    async get(key) {
      const file = fileOf(key);
      try {
        await fsp.access(file, fs.constants.R_OK);
      } catch {
        throw new StorageNotFoundError(key);
      }
      return fs.createReadStream(file);
    },
    async delete(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
  };
}
