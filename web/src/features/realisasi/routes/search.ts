/** URL search parameters of "Progres saya" (validated by the router). */
export interface ProgresSearch {
  /** `1`: open the form at once (the installed app's "Catat progres" shortcut). */
  catat?: 1;
}

export function validateProgresSearch(raw: Record<string, unknown>): ProgresSearch {
  return raw['catat'] === 1 || raw['catat'] === '1' ? { catat: 1 } : {};
}
