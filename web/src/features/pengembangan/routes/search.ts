/** URL search parameters of the development pages: the year (absent: this year) and, for the team summary, the scope. */
export interface PengembanganSearch {
  tahun?: number;
}
export interface TindakLanjutSayaSearch extends PengembanganSearch {
  lingkup?: 'TIM';
}

const tahunDari = (raw: Record<string, unknown>): number | undefined => {
  const tahun = Number(raw['tahun']);
  return Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100 ? tahun : undefined;
};

export function validatePengembanganSearch(raw: Record<string, unknown>): PengembanganSearch {
  const tahun = tahunDari(raw);
  return tahun ? { tahun } : {};
}

export function validateTindakLanjutSayaSearch(raw: Record<string, unknown>): TindakLanjutSayaSearch {
  return { ...validatePengembanganSearch(raw), ...(raw['lingkup'] === 'TIM' ? { lingkup: 'TIM' as const } : {}) };
}
