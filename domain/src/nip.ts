/**
 * NIP (Nomor Induk Pegawai), 18 digits.
 *
 *   PNS : YYYYMMDD (tanggal lahir) YYYYMM (TMT CPNS) G (1 = laki-laki, 2 = perempuan) NNN (nomor urut)
 *   PPPK: the same positions, with the TMT PPPK in place of the TMT CPNS.
 *
 * Spaces are ignored, so the printed form "19850312 201001 1 003" is accepted.
 * Sanity rules (moderate, so that real NIPs pass):
 * - birth year from 1900;
 * - the TMT month must not be before the month of the 17th birthday
 *   ("TMT sebelum usia 17 tahun");
 * - PPPK: the TMT year is 2019 or later (the first PPPK were appointed in 2019);
 * - nomor urut 001..999.
 * The first problem found is reported.
 */
import { isValidDateString } from './periode';
import type { JenisAsn } from './kepegawaian';

export type JenisKelamin = 'L' | 'P';

interface NipFields {
  tanggalLahir: string;
  jenisKelamin: JenisKelamin;
  nomorUrut: number;
}

export type NipPnsResult = ({ ok: true; jenisAsn: 'PNS'; tmtCpns: string } & NipFields) | { ok: false; error: string };
export type NipPppkResult = ({ ok: true; jenisAsn: 'PPPK'; tmtPppk: string } & NipFields) | { ok: false; error: string };
export type NipAsnResult = NipPnsResult | NipPppkResult;

export const TAHUN_AWAL_PPPK = 2019;
const USIA_MINIMUM_TMT = 17;

function normalize(nip: string): string {
  return nip.replace(/\s+/g, '');
}

type Parsed = { ok: true; tanggalLahir: string; tmt: string; jenisKelamin: JenisKelamin; nomorUrut: number } | { ok: false; error: string };

function parseCommon(nip: string, jenisAsn: JenisAsn): Parsed {
  const s = normalize(nip);
  const tmtName = jenisAsn === 'PNS' ? 'TMT CPNS' : 'TMT PPPK';
  if (s.length === 0) return { ok: false, error: 'NIP wajib diisi' };
  if (!/^\d+$/.test(s)) return { ok: false, error: 'NIP hanya boleh berisi angka' };
  if (s.length !== 18) return { ok: false, error: `NIP harus 18 digit (saat ini ${s.length})` };

  const tanggalLahir = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  const tahunLahir = Number(s.slice(0, 4));
  const bulanLahir = Number(s.slice(4, 6));
  if (!isValidDateString(tanggalLahir) || tahunLahir < 1900) {
    return { ok: false, error: `Tanggal lahir pada NIP tidak valid (${tanggalLahir})` };
  }

  const tahunTmt = Number(s.slice(8, 12));
  const bulanTmt = Number(s.slice(12, 14));
  const tmt = `${s.slice(8, 12)}-${s.slice(12, 14)}`;
  if (bulanTmt < 1 || bulanTmt > 12) return { ok: false, error: `Bulan ${tmtName} pada NIP tidak valid (${tmt})` };
  const tmtIndex = tahunTmt * 12 + bulanTmt;
  const lahirIndex = tahunLahir * 12 + bulanLahir;
  if (tmtIndex < lahirIndex) return { ok: false, error: `${tmtName} pada NIP (${tmt}) sebelum tanggal lahir (${tanggalLahir})` };
  if (tmtIndex < lahirIndex + USIA_MINIMUM_TMT * 12) {
    return { ok: false, error: `${tmtName} pada NIP (${tmt}) sebelum pegawai berusia ${USIA_MINIMUM_TMT} tahun` };
  }
  if (jenisAsn === 'PPPK' && tahunTmt < TAHUN_AWAL_PPPK) {
    return { ok: false, error: `TMT PPPK pada NIP (${tmt}) tidak boleh sebelum tahun ${TAHUN_AWAL_PPPK}` };
  }

  const g = s.charAt(14);
  if (g !== '1' && g !== '2') return { ok: false, error: `Digit jenis kelamin pada NIP harus 1 atau 2 (saat ini ${g})` };
  const nomorUrut = Number(s.slice(15, 18));
  if (nomorUrut < 1) return { ok: false, error: 'Nomor urut pada NIP tidak boleh 000' };

  return { ok: true, tanggalLahir, tmt, jenisKelamin: g === '1' ? 'L' : 'P', nomorUrut };
}

/** Parses a PNS NIP. */
export function parseNip(nip: string): NipPnsResult {
  const r = parseCommon(nip, 'PNS');
  if (!r.ok) return r;
  return { ok: true, jenisAsn: 'PNS', tanggalLahir: r.tanggalLahir, tmtCpns: r.tmt, jenisKelamin: r.jenisKelamin, nomorUrut: r.nomorUrut };
}

/** Parses a PPPK NIP. */
export function parseNipPppk(nip: string): NipPppkResult {
  const r = parseCommon(nip, 'PPPK');
  if (!r.ok) return r;
  return { ok: true, jenisAsn: 'PPPK', tanggalLahir: r.tanggalLahir, tmtPppk: r.tmt, jenisKelamin: r.jenisKelamin, nomorUrut: r.nomorUrut };
}

export function parseNipAsn(nip: string, jenisAsn: JenisAsn): NipAsnResult {
  return jenisAsn === 'PNS' ? parseNip(nip) : parseNipPppk(nip);
}

/** The Indonesian error for an invalid NIP, or null when it is valid. */
export function nipError(nip: string, jenisAsn: JenisAsn): string | null {
  const r = parseNipAsn(nip, jenisAsn);
  return r.ok ? null : r.error;
}

/**
 * The customary spaced form "19850312 201001 1 003". Spaces in the input are
 * ignored; a value that is not 18 digits is returned trimmed and unchanged
 * (formatting is display only; validate with `parseNipAsn`).
 */
export function formatNip(nip: string): string {
  const s = normalize(nip);
  if (!/^\d{18}$/.test(s)) return nip.trim();
  return `${s.slice(0, 8)} ${s.slice(8, 14)} ${s.charAt(14)} ${s.slice(15, 18)}`;
}
