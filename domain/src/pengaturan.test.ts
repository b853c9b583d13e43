import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import { DEFAULT_KURVA_RULES } from './kurva';
import {
  AturanPenilaianSchema,
  aturanPada,
  bacaAturanPenilaian,
  berlakuMulaiPerubahan,
  deadlineSkp,
  DEFAULT_ATURAN_PENILAIAN,
  RatingPimpinanSchema,
  TenggatSkpSchema,
  versiPada,
  type AturanPenilaian,
  type VersiAturan,
} from './pengaturan';
import { isSkpTerlambat, pengelolaBolehMenetapkanSkp } from './periode';
import { DEFAULT_RATING_PIMPINAN, RATINGS } from './rating';

describe('AturanPenilaianSchema', () => {
  it('accepts the defaults', () => {
    expect(AturanPenilaianSchema.parse(DEFAULT_ATURAN_PENILAIAN)).toEqual(DEFAULT_ATURAN_PENILAIAN);
  });
  it('names each bad part in Indonesian', () => {
    const r = AturanPenilaianSchema.safeParse({ ...DEFAULT_ATURAN_PENILAIAN, keberatanHari: 0, reviuPengelola: 'ya', tenggatSkp: { batas: '02-30', pengelolaMulai: '01-15' } });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      keberatanHari: 'paling sedikit 1 hari',
      reviuPengelola: 'harus ya atau tidak',
      'tenggatSkp.batas': 'harus berformat BB-HH dan ada di setiap tahun',
    });
  });
  it('keeps the pengelola kinerja day on or before the SKP deadline, and 29 February out', () => {
    expect(TenggatSkpSchema.safeParse({ batas: '01-31', pengelolaMulai: '02-01' }).error?.issues[0]).toMatchObject({ path: ['pengelolaMulai'] });
    expect(TenggatSkpSchema.safeParse({ batas: '02-29', pengelolaMulai: '01-15' }).success).toBe(false);
    expect(TenggatSkpSchema.safeParse({ batas: '1-31', pengelolaMulai: '01-15' }).success).toBe(false);
    expect(TenggatSkpSchema.safeParse({ batas: '02-28', pengelolaMulai: '02-28' }).success).toBe(true);
  });
  it('refuses a pimpinan mapping that rewards a worse unit result, naming the capaian', () => {
    const r = RatingPimpinanSchema.safeParse({ ...DEFAULT_RATING_PIMPINAN, BAIK: 'DI_BAWAH_EKSPEKTASI', BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(['BUTUH_PERBAIKAN']);
    expect(r.error!.issues[0]!.message).toContain('Butuh Perbaikan tidak boleh memberi rating lebih baik');
  });
  it('accepts every monotone mapping (property)', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(fc.array(rating, { minLength: 5, maxLength: 5 }), (list) => {
        const sorted = [...list].sort((a, b) => RATINGS.indexOf(a) - RATINGS.indexOf(b));
        const m = { ISTIMEWA: sorted[0], BAIK: sorted[1], BUTUH_PERBAIKAN: sorted[2], KURANG: sorted[3], SANGAT_KURANG: sorted[4] };
        expect(RatingPimpinanSchema.safeParse(m).success).toBe(true);
      }),
    );
  });
});

describe('bacaAturanPenilaian: stored data is checked part by part', () => {
  it('gives the defaults for nothing stored', () => {
    expect(bacaAturanPenilaian(null)).toEqual(DEFAULT_ATURAN_PENILAIAN);
    expect(bacaAturanPenilaian('x')).toEqual(DEFAULT_ATURAN_PENILAIAN);
  });
  it('keeps the valid parts and replaces a damaged one with its default', () => {
    const a = bacaAturanPenilaian({ keberatanHari: 21, reviuPengelola: true, kurva: { rusak: true }, tenggatSkp: { batas: '02-15', pengelolaMulai: '01-20' } });
    expect(a).toEqual({ ...DEFAULT_ATURAN_PENILAIAN, keberatanHari: 21, reviuPengelola: true, tenggatSkp: { batas: '02-15', pengelolaMulai: '01-20' } });
    expect(a.kurva).toBe(DEFAULT_KURVA_RULES);
  });
});

describe('a change takes effect from the next period', () => {
  it.each([
    ['2026-12-07', 'BULANAN', '2027-01-01'],
    ['2026-11-30', 'BULANAN', '2026-12-01'],
    ['2026-02-10', 'TRIWULANAN', '2026-04-01'],
    ['2026-07-01', 'SEMESTERAN', '2027-01-01'],
    ['2026-06-30', 'SEMESTERAN', '2026-07-01'],
  ] as const)('changed on %s with %s periods → from %s', (hariIni, kind, expected) => {
    expect(berlakuMulaiPerubahan(hariIni, kind)).toBe(expected);
  });
  it('always after the change and on a period start (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('BULANAN', 'TRIWULANAN', 'SEMESTERAN' as const), (d, kind) => {
        const hariIni = d.toISOString().slice(0, 10);
        const mulai = berlakuMulaiPerubahan(hariIni, kind);
        expect(mulai > hariIni).toBe(true);
        expect(mulai.endsWith('-01')).toBe(true);
        const ukuran = { BULANAN: 1, TRIWULANAN: 3, SEMESTERAN: 6 }[kind];
        expect((Number(mulai.slice(5, 7)) - 1) % ukuran).toBe(0);
      }),
    );
  });
});

describe('the version in force on a date', () => {
  const a = (keberatanHari: number): AturanPenilaian => ({ ...DEFAULT_ATURAN_PENILAIAN, keberatanHari });
  const versi: VersiAturan[] = [
    { versi: 2, berlakuMulai: '2026-07-01', aturan: a(21) },
    { versi: 1, berlakuMulai: '2026-01-01', aturan: a(14) },
    { versi: 3, berlakuMulai: '2027-01-01', aturan: a(30) },
  ];
  it('is the latest that started on or before the date; the defaults before any', () => {
    expect(aturanPada(versi, '2025-12-31')).toBe(DEFAULT_ATURAN_PENILAIAN);
    expect(aturanPada(versi, '2026-01-01').keberatanHari).toBe(14);
    expect(aturanPada(versi, '2026-06-30').keberatanHari).toBe(14);
    expect(aturanPada(versi, '2026-07-01').keberatanHari).toBe(21);
    expect(aturanPada(versi, '2026-12-07').keberatanHari).toBe(21);
    expect(aturanPada(versi, '2030-01-01').keberatanHari).toBe(30);
  });
  it('on one start date the higher version wins', () => {
    expect(versiPada([{ versi: 4, berlakuMulai: '2026-01-01' }, { versi: 5, berlakuMulai: '2026-01-01' }, { versi: 3, berlakuMulai: '2026-01-01' }], '2026-02-01')?.versi).toBe(5);
  });
  it('refuses a date that is not one', () => {
    expect(() => versiPada(versi, '2026-02-30')).toThrow(DomainError);
  });
});

describe('deadlineSkp', () => {
  it('places the month-days in the year and feeds the period helpers', () => {
    const c = deadlineSkp({ ...DEFAULT_ATURAN_PENILAIAN, tenggatSkp: { batas: '02-15', pengelolaMulai: '02-01' } }, 2027, 'WITA');
    expect(c).toEqual({ tahun: 2027, zonaWaktu: 'WITA', skpDeadline: '2027-02-15', pengelolaMenetapkanSkpMulai: '2027-02-01', keberatanHari: 14 });
    expect(isSkpTerlambat(new Date('2027-02-15T15:00:00Z'), c)).toBe(false); // 23:00 WITA
    expect(isSkpTerlambat(new Date('2027-02-15T16:00:00Z'), c)).toBe(true);
    expect(pengelolaBolehMenetapkanSkp(new Date('2027-01-31T12:00:00Z'), c)).toBe(false);
  });
});
