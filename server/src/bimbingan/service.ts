import type { Db } from '../db/client.js';

export function createBimbinganService(_db: Db) {
  return {};
}
