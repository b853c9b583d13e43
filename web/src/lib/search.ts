/** Helpers for the routes' `validateSearch` (the router loads these with the first page, so no domain import). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in a URL's search: a UUID, anything else dropped (the server validates again). */
export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID.test(v);
}
