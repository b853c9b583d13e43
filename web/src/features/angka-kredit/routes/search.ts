/** URL search parameters of the eligibility list: only those who reach a next step. */
export interface KelayakanSearch {
  layak?: true;
}
export function validateKelayakanSearch(raw: Record<string, unknown>): KelayakanSearch {
  return raw['layak'] === true || raw['layak'] === 'true' ? { layak: true } : {};
}
