import { formatAngka } from '@/lib/format';

/** Whole rupiah as people read them: "Rp3.272.500" (the app's number notation, no decimals). */
export const rupiah = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `Rp${formatAngka(n, 0)}`);
