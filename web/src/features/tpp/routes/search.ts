/** URL search parameters of my TPP page: the month (absent: the newest approved). */
export interface TppSayaSearch {
  bulan?: string;
}
export function validateTppSayaSearch(raw: Record<string, unknown>): TppSayaSearch {
  const b = raw['bulan'];
  return typeof b === 'string' && /^20\d\d-(0[1-9]|1[0-2])$/.test(b) ? { bulan: b } : {};
}
