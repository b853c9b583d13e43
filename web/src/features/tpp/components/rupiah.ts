/** Whole rupiah as people read them: "Rp3.272.500". */
export const rupiah = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `Rp${Math.round(n).toLocaleString('id-ID')}`);
