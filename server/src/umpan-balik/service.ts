import type { Db } from '../db/client.js';

export function createUmpanBalikService(_db: Db) {
  return {};
}
