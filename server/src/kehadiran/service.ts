import type { Db } from '../db/client.js';

export function createKehadiranService(_db: Db) {
  return {};
}
