import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import {
  DeadlineConfigSchema,
  PERIODE_KIND_LABEL,
  addDays,
  daysInMonth,
  defaultDeadlineConfig,
  endOfDayIn,
  isKeberatanOpen,
  isLeapYear,
  isSkpTerlambat,
  isValidDateString,
  keberatanDeadline,
  pengelolaBolehMenetapkanSkp,
  labelPeriode,
  periodeOfDate,
  periodeTahunan,
  periodeTersimpan,
  periodsOf,
  todayIn,
} from './periode';

describe('periods of a year', () => {
  it('monthly: twelve months with Indonesian names; February has 29 days in a leap year', () => {
    const months = periodsOf(2028, 'BULANAN');
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.label)).toEqual([
      'Januari 2028', 'Februari 2028', 'Maret 2028', 'April 2028', 'Mei 2028', 'Juni 2028',
      'Juli 2028', 'Agustus 2028', 'September 2028', 'Oktober 2028', 'November 2028', 'Desember 2028',
    ]);
    expect(months[1]).toEqual({
      kind: 'BULANAN', year: 2028, index: 2, label: 'Februari 2028',
      start: '2028-02-01', end: '2028-02-29', bulanAwal: 2, bulanAkhir: 2,
    });
    expect(periodsOf(2026, 'BULANAN')[1]?.end).toBe('2026-02-28');
    expect(periodsOf(2026, 'BULANAN').map((m) => m.end.slice(8))).toEqual([
      '31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31',
    ]);
  });

  it('quarterly: Triwulan I–IV', () => {
    expect(periodsOf(2026, 'TRIWULANAN').map((p) => [p.label, p.start, p.end, p.bulanAwal, p.bulanAkhir])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31', 1, 3],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30', 4, 6],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30', 7, 9],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31', 10, 12],
    ]);
  });

  it('semesters: Semester I and II', () => {
    expect(periodsOf(2026, 'SEMESTERAN').map((p) => [p.label, p.start, p.end, p.index])).toEqual([
      ['Semester I 2026', '2026-01-01', '2026-06-30', 1],
      ['Semester II 2026', '2026-07-01', '2026-12-31', 2],
    ]);
  });

  it('annual', () => {
    expect(periodeTahunan(2026)).toEqual({
      kind: 'TAHUNAN', year: 2026, index: 1, label: 'Tahun 2026',
      start: '2026-01-01', end: '2026-12-31', bulanAwal: 1, bulanAkhir: 12,
    });
    expect(PERIODE_KIND_LABEL.TAHUNAN).toBe('Tahunan');
  });

  it('finds the period containing a date', () => {
    expect(periodeOfDate('2026-05-31', 'TRIWULANAN').label).toBe('Triwulan II 2026');
    expect(periodeOfDate('2026-07-01', 'SEMESTERAN').label).toBe('Semester II 2026');
    expect(periodeOfDate('2024-02-29', 'BULANAN').label).toBe('Februari 2024');
    expect(() => periodeOfDate('2026-02-30', 'BULANAN')).toThrow(DomainError);
  });

  it.each([2026.5, 1899, 10000])('refuses year %d', (year) => {
    expect(() => periodsOf(year, 'BULANAN')).toThrow(/Tahun harus bilangan bulat/);
    expect(() => periodeTahunan(year)).toThrow(DomainError);
  });
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
  it('validates date strings', () => {
    expect(isValidDateString('2024-02-29')).toBe(true);
    expect(isValidDateString('2023-02-29')).toBe(false);
    expect(isValidDateString('2026-13-01')).toBe(false);
    expect(isValidDateString('2026-00-10')).toBe(false);
    expect(isValidDateString('2026-04-31')).toBe(false);
    expect(isValidDateString('2026-1-1')).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2024-02-20', 14)).toBe('2024-03-05');
  });
});

describe('time zones', () => {
  // 2026-03-31T16:30:00Z is 23:30 WIB (+7), 00:30 WITA (+8) and 01:30 WIT (+9).
  const instant = new Date('2026-03-31T16:30:00Z');
  it('today in WIB, WITA and WIT', () => {
    expect(todayIn('WIB', instant)).toBe('2026-03-31');
    expect(todayIn('WITA', instant)).toBe('2026-04-01');
    expect(todayIn('WIT', instant)).toBe('2026-04-01');
  });
  it('end of a day in each zone', () => {
    expect(endOfDayIn('2026-01-31', 'WIB').toISOString()).toBe('2026-01-31T16:59:59.999Z');
    expect(endOfDayIn('2026-01-31', 'WITA').toISOString()).toBe('2026-01-31T15:59:59.999Z');
    expect(endOfDayIn('2026-01-31', 'WIT').toISOString()).toBe('2026-01-31T14:59:59.999Z');
    expect(() => endOfDayIn('31-01-2026', 'WIB')).toThrow(/Tanggal tidak valid/);
  });
});

describe('deadlines of an instansi', () => {
  const config = defaultDeadlineConfig(2026, 'WITA');

  it('defaults: SKP by 31 January, pengelola may set it from 15 January, keberatan 14 days', () => {
    expect(config).toEqual({
      tahun: 2026,
      zonaWaktu: 'WITA',
      skpDeadline: '2026-01-31',
      pengelolaMenetapkanSkpMulai: '2026-01-15',
      keberatanHari: 14,
    });
    expect(defaultDeadlineConfig(2026).zonaWaktu).toBe('WIB');
    expect(DeadlineConfigSchema.safeParse(config).success).toBe(true);
    expect(() => defaultDeadlineConfig(1800)).toThrow(DomainError);
  });

  it('SKP is late only after the deadline day has ended in the instansi zone', () => {
    expect(isSkpTerlambat(new Date('2026-01-31T15:59:59.999Z'), config)).toBe(false); // 23:59:59.999 WITA
    expect(isSkpTerlambat(new Date('2026-01-31T16:00:00Z'), config)).toBe(true); // 1 Feb 00:00 WITA
  });

  it('the pengelola kinerja may set an SKP from the configured day (local date)', () => {
    expect(pengelolaBolehMenetapkanSkp(new Date('2026-01-14T15:59:00Z'), config)).toBe(false); // 14 Jan 23:59 WITA
    expect(pengelolaBolehMenetapkanSkp(new Date('2026-01-14T16:00:00Z'), config)).toBe(true); // 15 Jan 00:00 WITA
  });

  it.each([
    ['an invalid date', { ...config, skpDeadline: '2026-02-30' }, 'Tanggal harus berformat TTTT-BB-HH dan valid'],
    ['a deadline in another year', { ...config, skpDeadline: '2027-01-31' }, 'Batas waktu SKP harus berada pada tahun yang sama'],
    ['pengelola date after the deadline', { ...config, pengelolaMenetapkanSkpMulai: '2026-02-01' }, 'Tanggal pengelola kinerja boleh menetapkan SKP tidak boleh setelah batas waktu SKP'],
    ['zero keberatan days', { ...config, keberatanHari: 0 }, 'Batas keberatan paling sedikit 1 hari'],
  ])('refuses %s', (_why, value, message) => {
    const r = DeadlineConfigSchema.safeParse(value);
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('keberatan window (14 days after receiving the result)', () => {
  it('received Tuesday 3 March 2026 (WIB) → open until Tuesday 17 March 23:59:59.999 WIB', () => {
    const received = new Date('2026-03-03T02:00:00Z'); // 09:00 WIB
    const deadline = keberatanDeadline(received);
    expect(deadline.toISOString()).toBe('2026-03-17T16:59:59.999Z');
    expect(isKeberatanOpen(received, new Date('2026-03-17T16:59:59.999Z'))).toBe(true);
    expect(isKeberatanOpen(received, new Date('2026-03-17T17:00:00Z'))).toBe(false);
  });

  it('counts days in the instansi zone: received 23:30 WIB is 01:30 WIT of the next day', () => {
    const received = '2026-03-03T16:30:00Z';
    expect(keberatanDeadline(received, { zonaWaktu: 'WIB', keberatanHari: 14 }).toISOString()).toBe('2026-03-17T16:59:59.999Z');
    expect(keberatanDeadline(received, { zonaWaktu: 'WIT', keberatanHari: 14 }).toISOString()).toBe('2026-03-18T14:59:59.999Z');
  });

  it('accepts a plain date (in the instansi zone) and a configured number of days', () => {
    expect(keberatanDeadline('2026-12-25', { zonaWaktu: 'WITA', keberatanHari: 7 }).toISOString()).toBe('2027-01-01T15:59:59.999Z');
    const config = defaultDeadlineConfig(2026, 'WITA'); // 14 days → 8 January 2027 23:59:59.999 WITA
    expect(isKeberatanOpen('2026-12-25', new Date('2027-01-08T15:59:59.999Z'), config)).toBe(true);
    expect(isKeberatanOpen('2026-12-25', new Date('2027-01-08T16:00:00Z'), config)).toBe(false);
  });

  it('refuses an unreadable receipt time', () => {
    expect(() => keberatanDeadline('kemarin')).toThrow(DomainError);
    expect(() => keberatanDeadline(new Date(Number.NaN))).toThrow(/tidak valid/);
  });
});

describe('stored assessment periods', () => {
  it('name their period and label', () => {
    expect(periodeTersimpan('BULANAN', 2026, 11)).toMatchObject({ start: '2026-11-01', end: '2026-11-30', label: 'November 2026' });
    expect(periodeTersimpan('TAHUNAN', 2026, 1)?.label).toBe('Tahun 2026');
    expect(labelPeriode({ jenis: 'TRIWULANAN', tahun: 2026, nomor: 4 })).toBe('Triwulan IV 2026');
  });
  it('refuse a kind or number that is not one, with a readable fallback label', () => {
    expect(periodeTersimpan('TAHUNAN', 2026, 2)).toBeNull();
    expect(periodeTersimpan('MINGGUAN', 2026, 1)).toBeNull();
    expect(periodeTersimpan('SEMESTERAN', 2026, 3)).toBeNull();
    expect(labelPeriode({ jenis: 'BULANAN', tahun: 2026, nomor: 13 })).toBe('BULANAN 13 2026');
  });
});
