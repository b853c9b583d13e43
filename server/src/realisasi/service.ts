import type { Db } from '../db/client.js';

export function createRealisasiService(_db: Db) {
  return {};
}
