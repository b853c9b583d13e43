import type { Db } from '../db/client.js';

export function createPemantauanService(_db: Db) {
  return {};
}
