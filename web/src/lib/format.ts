import { i18n } from './i18n';
import { formatNip } from './labels';

export { formatNip };

const ANGKA = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: d }));

/** A number in Indonesian notation: 12.500 and 9,86 (at most `maxDecimals` decimals, 0–3). */
export function formatAngka(n: number | null | undefined, maxDecimals = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return (ANGKA[maxDecimals] ?? ANGKA[2]!).format(n);
}

/** The locale dates are written in: the language chosen in the app (Indonesian, or English). */
function localeTanggal(): string {
  return i18n.language === 'en' ? 'en-GB' : 'id-ID';
}

const DATE = new Map<string, Intl.DateTimeFormat>();

/**
 * "2024-01-02" → "2 Januari 2024" ("2 January 2024" in English; dates without time are shown as
 * written); `bulan: 'short'` → "2 Jan 2024", to fit a phone's card.
 */
export function formatTanggal(iso: string | null | undefined, bulan: 'long' | 'short' = 'long'): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const locale = localeTanggal();
  const kunci = `${locale} ${bulan}`;
  let f = DATE.get(kunci);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: bulan, year: 'numeric', timeZone: 'UTC' });
    DATE.set(kunci, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

const ZONA: Readonly<Record<string, string>> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/** The IANA zone for an instansi's zona waktu ("WIB", "WITA", "WIT" or an IANA name). */
export function ianaZone(zona: string | null | undefined): string {
  if (!zona) return 'Asia/Jakarta';
  const mapped = ZONA[zona.toUpperCase()];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('id-ID', { timeZone: zona });
    return zona;
  } catch {
    return 'Asia/Jakarta';
  }
}

/** A timestamp in the instansi's time zone, e.g. "2 Jan 2024, 14.05 WIB" (in the chosen language). */
export function formatWaktu(iso: string | null | undefined, zona = 'WIB'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeTanggal(), { dateStyle: 'medium', timeStyle: 'short', timeZone: ianaZone(zona) }).format(d);
  const suffix = ZONA[zona.toUpperCase()] ? ` ${zona.toUpperCase()}` : '';
  return `${text}${suffix}`;
}

/** `true` when the timestamp lies in the future (e.g. an account still locked). */
export function isFuture(iso: string | null | undefined): boolean {
  if (!iso) return false;
  const t = new Date(iso).getTime();
  return !Number.isNaN(t) && t > Date.now();
}
