import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import {
  ATURAN_TERTINGGAL_DEFAULT,
  AturanTertinggalSchema,
  angkaTarget,
  capaianIndikator,
  fraksiBerjalan,
  indikatorKumulatif,
  rentangBulan,
  rentangMinggu,
  tanggalAcuan,
} from './pemantauan';
import { addDays } from './periode';

const TAHUN_2026 = { mulai: '2026-01-01', selesai: '2026-12-31' };

describe('calendar windows of the team board', () => {
  it('ISO week: Monday to Sunday, across month and year ends', () => {
    expect(rentangMinggu('2026-03-11')).toEqual({ mulai: '2026-03-09', selesai: '2026-03-15' }); // a Wednesday
    expect(rentangMinggu('2026-03-09')).toEqual({ mulai: '2026-03-09', selesai: '2026-03-15' }); // Monday
    expect(rentangMinggu('2026-03-15')).toEqual({ mulai: '2026-03-09', selesai: '2026-03-15' }); // Sunday
    expect(rentangMinggu('2026-01-01')).toEqual({ mulai: '2025-12-29', selesai: '2026-01-04' }); // Thursday
    expect(rentangMinggu('1969-12-31')).toEqual({ mulai: '1969-12-29', selesai: '1970-01-04' }); // before the epoch
  });

  it('ISO week: always 7 days starting on a Monday and containing the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const d = addDays('1960-01-01', n);
        const w = rentangMinggu(d);
        expect(new Date(`${w.mulai}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(addDays(w.mulai, 6)).toBe(w.selesai);
        expect(w.mulai <= d && d <= w.selesai).toBe(true);
      }),
    );
  });

  it('month: first to last day; leap February', () => {
    expect(rentangBulan(2028, 2)).toEqual({ mulai: '2028-02-01', selesai: '2028-02-29' });
    expect(rentangBulan(2026, 12)).toEqual({ mulai: '2026-12-01', selesai: '2026-12-31' });
  });

  it('the board is as of today in the current month, else the month edge', () => {
    expect(tanggalAcuan('2026-03-11', 2026, 3)).toBe('2026-03-11');
    expect(tanggalAcuan('2026-03-11', 2026, 1)).toBe('2026-01-31');
    expect(tanggalAcuan('2026-03-11', 2026, 5)).toBe('2026-05-01');
    expect(tanggalAcuan('2026-03-11', 2025, 12)).toBe('2025-12-31');
  });

  it('refuses bad dates and months', () => {
    expect(() => rentangMinggu('2026-02-30')).toThrow(DomainError);
    expect(() => rentangBulan(2026, 13)).toThrow('Bulan harus 1 sampai 12 (saat ini 13)');
    expect(() => rentangBulan(2026, 1.5)).toThrow(DomainError);
    expect(() => tanggalAcuan('kemarin', 2026, 1)).toThrow('Tanggal tidak valid (kemarin)');
  });
});

describe('elapsed fraction of a period', () => {
  it('counts whole days with both ends included', () => {
    expect(fraksiBerjalan({ mulai: '2026-01-01', selesai: '2026-01-31' }, '2026-01-10')).toBeCloseTo(10 / 31);
    expect(fraksiBerjalan(TAHUN_2026, '2026-01-01')).toBeCloseTo(1 / 365);
    expect(fraksiBerjalan(TAHUN_2026, '2026-07-02')).toBeCloseTo(183 / 365);
  });

  it('is 0 before the period and 1 from its last day', () => {
    expect(fraksiBerjalan(TAHUN_2026, '2025-12-31')).toBe(0);
    expect(fraksiBerjalan(TAHUN_2026, '2026-12-31')).toBe(1);
    expect(fraksiBerjalan(TAHUN_2026, '2027-03-01')).toBe(1);
    expect(fraksiBerjalan({ mulai: '2026-05-05', selesai: '2026-05-05' }, '2026-05-05')).toBe(1);
  });

  it('never decreases and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 30 }), (n, step) => {
        const a = fraksiBerjalan(TAHUN_2026, addDays('2026-01-01', n));
        const b = fraksiBerjalan(TAHUN_2026, addDays('2026-01-01', n + step));
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('refuses bad dates and a period ending before it starts', () => {
    expect(() => fraksiBerjalan({ mulai: '2026-13-01', selesai: '2026-12-31' }, '2026-01-01')).toThrow(DomainError);
    expect(() => fraksiBerjalan({ mulai: '2026-01-01', selesai: '2026-12-32' }, '2026-01-01')).toThrow(DomainError);
    expect(() => fraksiBerjalan(TAHUN_2026, '')).toThrow(DomainError);
    expect(() => fraksiBerjalan({ mulai: '2026-06-01', selesai: '2026-05-31' }, '2026-06-01')).toThrow(
      'Periode berakhir (2026-05-31) sebelum dimulai (2026-06-01)',
    );
  });
});

describe('targets written as text', () => {
  it('reads plain, decimal-comma and thousands-dot numbers', () => {
    expect(angkaTarget('240')).toBe(240);
    expect(angkaTarget(' 12,5 ')).toBe(12.5);
    expect(angkaTarget('1.200')).toBe(1200);
    expect(angkaTarget('1.200.000,5')).toBe(1200000.5);
    expect(angkaTarget('12.5')).toBe(12.5);
    expect(angkaTarget('0')).toBe(0);
  });

  it('gives null for qualitative or empty targets', () => {
    expect(angkaTarget(null)).toBeNull();
    expect(angkaTarget(undefined)).toBeNull();
    expect(angkaTarget('')).toBeNull();
    expect(angkaTarget('Tidak ada keluhan')).toBeNull();
    expect(angkaTarget('-5')).toBeNull();
    expect(angkaTarget('1,2,3')).toBeNull();
  });
});

describe('accumulating indicators', () => {
  it('counts quantities, not percentages, indexes or other aspects', () => {
    expect(indikatorKumulatif('KUANTITAS', 'dokumen')).toBe(true);
    expect(indikatorKumulatif('KUANTITAS', null)).toBe(true);
    expect(indikatorKumulatif('KUANTITAS', ' Persen ')).toBe(false);
    expect(indikatorKumulatif('KUALITAS', 'dokumen')).toBe(false);
    expect(indikatorKumulatif('WAKTU', 'bulan', { ...ATURAN_TERTINGGAL_DEFAULT, aspekKumulatif: ['KUANTITAS', 'WAKTU'] })).toBe(true);
  });
});

describe('behind schedule (tertinggal)', () => {
  const base = { aspek: 'KUANTITAS', target: 240, satuan: 'dokumen', periode: TAHUN_2026 };

  it('compares the realisation with target × elapsed fraction × ambang', () => {
    // 1 July: 182/365 of the year → 119.67 expected; 80 % of it is 95.7.
    const day = '2026-07-01';
    expect(capaianIndikator({ ...base, realisasi: 120, tanggal: day })).toEqual({ persen: 50, harapan: 119.67, tertinggal: false });
    expect(capaianIndikator({ ...base, realisasi: 96, tanggal: day })).toMatchObject({ persen: 40, tertinggal: false });
    expect(capaianIndikator({ ...base, realisasi: 95, tanggal: day })).toMatchObject({ persen: 39.6, tertinggal: true });
    // At the end of the period the whole target is expected.
    expect(capaianIndikator({ ...base, realisasi: 191, tanggal: '2026-12-31' })).toMatchObject({ harapan: 240, tertinggal: true });
    expect(capaianIndikator({ ...base, realisasi: 192, tanggal: '2026-12-31' })).toMatchObject({ tertinggal: false });
  });

  it('leaves the grace days at the start of the period alone', () => {
    expect(capaianIndikator({ ...base, realisasi: 0, tanggal: '2026-01-14' }).tertinggal).toBe(false);
    expect(capaianIndikator({ ...base, realisasi: 0, tanggal: '2026-01-15' }).tertinggal).toBe(true);
    expect(capaianIndikator({ ...base, realisasi: 0, tanggal: '2025-12-20' })).toEqual({ persen: 0, harapan: 0, tertinggal: false });
  });

  it('never marks qualitative, percentage or zero targets', () => {
    const late = { realisasi: 0, tanggal: '2026-11-30', periode: TAHUN_2026 };
    expect(capaianIndikator({ ...late, aspek: 'KUALITAS', target: 95, satuan: 'dokumen' })).toEqual({ persen: null, harapan: null, tertinggal: false });
    expect(capaianIndikator({ ...late, aspek: 'KUANTITAS', target: 100, satuan: 'persen' })).toEqual({ persen: null, harapan: null, tertinggal: false });
    expect(capaianIndikator({ ...late, aspek: 'KUANTITAS', target: null, satuan: null })).toEqual({ persen: null, harapan: null, tertinggal: false });
    expect(capaianIndikator({ ...late, aspek: 'KUANTITAS', target: 0, satuan: 'dokumen' })).toEqual({ persen: null, harapan: null, tertinggal: false });
  });

  it('takes another pemda rule as data', () => {
    const strict = AturanTertinggalSchema.parse({ ambang: 1, masaTenggangHari: 0, aspekKumulatif: ['KUANTITAS'], satuanBukanJumlah: [] });
    expect(capaianIndikator({ ...base, target: 100, satuan: 'persen', realisasi: 0, tanggal: '2026-01-01' }, strict).tertinggal).toBe(true);
    expect(capaianIndikator({ ...base, realisasi: 200, tanggal: '2026-12-31' }, strict).tertinggal).toBe(true);
  });

  it('validates the rule with Indonesian messages', () => {
    expect(AturanTertinggalSchema.safeParse(ATURAN_TERTINGGAL_DEFAULT).success).toBe(true);
    const bad = AturanTertinggalSchema.safeParse({ ambang: 0, masaTenggangHari: -1, aspekKumulatif: [], satuanBukanJumlah: [] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['Ambang harus lebih dari 0', 'Masa tenggang tidak boleh negatif', 'Pilih paling sedikit satu aspek']);
    expect(AturanTertinggalSchema.safeParse({ ...ATURAN_TERTINGGAL_DEFAULT, ambang: 1.5 }).error?.issues[0]?.message).toBe('Ambang paling besar 1 (100%)');
  });

  it('is monotone: more realisation never makes an indicator behind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 50 }), (n, r, extra) => {
        const tanggal = addDays('2026-01-01', n);
        const a = capaianIndikator({ ...base, realisasi: r, tanggal });
        const b = capaianIndikator({ ...base, realisasi: r + extra, tanggal });
        if (a.tertinggal === false) expect(b.tertinggal).toBe(false);
      }),
    );
  });
});
