import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  JAM_MASUK_BAKU,
  KODE_STATUS_KEHADIRAN,
  STATUS_KEHADIRAN,
  STATUS_KEHADIRAN_LABEL,
  hariKerjaBulan,
  menitDariJam,
  parseJam,
  parseStatusKehadiran,
  parseTanggalKehadiran,
  ringkasKehadiran,
  ringkasKehadiranTahun,
  terlambatMenit,
  type KehadiranHari,
} from './kehadiran';

describe('attendance statuses', () => {
  it('has an Indonesian label for every status and a code for each', () => {
    expect(STATUS_KEHADIRAN.map((s) => STATUS_KEHADIRAN_LABEL[s])).toEqual(['Hadir', 'Izin', 'Sakit', 'Cuti', 'Dinas Luar', 'Tanpa Keterangan']);
    expect(new Set(Object.values(KODE_STATUS_KEHADIRAN))).toEqual(new Set(STATUS_KEHADIRAN));
  });

  it('reads labels, enum values and codes in any case', () => {
    expect(parseStatusKehadiran('hadir')).toBe('HADIR');
    expect(parseStatusKehadiran(' Dinas Luar ')).toBe('DINAS_LUAR');
    expect(parseStatusKehadiran('dinas_luar')).toBe('DINAS_LUAR');
    expect(parseStatusKehadiran('TANPA KETERANGAN')).toBe('TANPA_KETERANGAN');
    expect(parseStatusKehadiran('tanpa-keterangan')).toBe('TANPA_KETERANGAN');
    expect(parseStatusKehadiran('dl')).toBe('DINAS_LUAR');
    expect(parseStatusKehadiran('TK')).toBe('TANPA_KETERANGAN');
    expect(parseStatusKehadiran('c')).toBe('CUTI');
    expect(parseStatusKehadiran('S')).toBe('SAKIT');
    expect(parseStatusKehadiran('i')).toBe('IZIN');
    expect(parseStatusKehadiran('h')).toBe('HADIR');
  });

  it('refuses anything else', () => {
    for (const v of ['', '  ', 'libur', 'X', 'hadir sebagian', 'DLL']) expect(parseStatusKehadiran(v), v).toBeNull();
  });

  it('every label round-trips through the parser', () => {
    for (const s of STATUS_KEHADIRAN) {
      expect(parseStatusKehadiran(STATUS_KEHADIRAN_LABEL[s])).toBe(s);
      expect(parseStatusKehadiran(STATUS_KEHADIRAN_LABEL[s].toLowerCase())).toBe(s);
    }
  });
});

describe('clock times and dates of an imported file', () => {
  it('reads times with a colon or a dot, with seconds, and spreadsheet day fractions', () => {
    expect(parseJam('7:05')).toBe('07:05');
    expect(parseJam('07:30')).toBe('07:30');
    expect(parseJam('16.15')).toBe('16:15');
    expect(parseJam('07:31:59')).toBe('07:31');
    expect(parseJam(' 23:59 ')).toBe('23:59');
    expect(parseJam('0.3125')).toBe('07:30');
    expect(parseJam('.5')).toBe('12:00');
  });

  it('refuses impossible or unreadable times', () => {
    for (const v of ['24:00', '07:60', '07:30:60', '7', '07:3', 'pagi', '1.5', '0.9999999', '']) expect(parseJam(v), v).toBeNull();
  });

  it('counts minutes since midnight', () => {
    expect(menitDariJam('00:00')).toBe(0);
    expect(menitDariJam('07:30')).toBe(450);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const jam = parseJam(`${h}:${String(m).padStart(2, '0')}`);
        return jam !== null && menitDariJam(jam) === h * 60 + m;
      }),
    );
  });

  it('reads ISO and day-first dates', () => {
    expect(parseTanggalKehadiran('2026-03-02')).toBe('2026-03-02');
    expect(parseTanggalKehadiran('02/03/2026')).toBe('2026-03-02');
    expect(parseTanggalKehadiran('2-3-2026')).toBe('2026-03-02');
    expect(parseTanggalKehadiran(' 29/02/2028 ')).toBe('2028-02-29');
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const v of ['2026-02-30', '31/04/2026', '29/02/2026', '2026/03/02', 'kemarin', '']) expect(parseTanggalKehadiran(v), v).toBeNull();
  });
});

describe('working days and the monthly summary', () => {
  it('lists Monday to Friday of a month', () => {
    // March 2026 starts on a Sunday: 22 working days.
    const days = hariKerjaBulan(2026, 3);
    expect(days).toHaveLength(22);
    expect(days[0]).toBe('2026-03-02');
    expect(days.at(-1)).toBe('2026-03-31');
    expect(days).not.toContain('2026-03-07');
    expect(hariKerjaBulan(2026, 2)).toHaveLength(20);
  });

  it('counts minutes late only for days present with an arrival after the start time', () => {
    expect(terlambatMenit({ status: 'HADIR', jamMasuk: '07:45' })).toBe(15);
    expect(terlambatMenit({ status: 'HADIR', jamMasuk: '07:30' })).toBe(0);
    expect(terlambatMenit({ status: 'HADIR', jamMasuk: '07:10' })).toBe(0);
    expect(terlambatMenit({ status: 'HADIR', jamMasuk: null })).toBe(0);
    expect(terlambatMenit({ status: 'DINAS_LUAR', jamMasuk: '09:00' })).toBe(0);
    expect(terlambatMenit({ status: 'HADIR', jamMasuk: '08:05' }, '08:00')).toBe(5);
    expect(JAM_MASUK_BAKU).toBe('07:30');
  });

  it('summarises a month per status, with late arrivals against a configurable start time', () => {
    const records: KehadiranHari[] = [
      { tanggal: '2026-03-03', status: 'HADIR', jamMasuk: '07:50', jamPulang: '16:00' },
      { tanggal: '2026-03-02', status: 'HADIR', jamMasuk: '07:20', jamPulang: '16:00' },
      { tanggal: '2026-03-04', status: 'HADIR', jamMasuk: '08:00', jamPulang: null },
      { tanggal: '2026-03-05', status: 'IZIN', jamMasuk: null, jamPulang: null },
      { tanggal: '2026-03-06', status: 'SAKIT', jamMasuk: null, jamPulang: null },
      { tanggal: '2026-03-09', status: 'CUTI', jamMasuk: null, jamPulang: null },
      { tanggal: '2026-03-10', status: 'DINAS_LUAR', jamMasuk: '09:00', jamPulang: null },
      { tanggal: '2026-03-11', status: 'TANPA_KETERANGAN', jamMasuk: null, jamPulang: null },
      // Another month: ignored.
      { tanggal: '2026-04-01', status: 'TANPA_KETERANGAN', jamMasuk: null, jamPulang: null },
    ];
    const r = ringkasKehadiran(2026, 3, records);
    expect(r.hari.map((h) => [h.tanggal, h.terlambatMenit])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-03', 20],
      ['2026-03-04', 30],
      ['2026-03-05', 0],
      ['2026-03-06', 0],
      ['2026-03-09', 0],
      ['2026-03-10', 0],
      ['2026-03-11', 0],
    ]);
    expect(r.ringkasan).toEqual({ hadir: 3, izin: 1, sakit: 1, cuti: 1, dinasLuar: 1, tanpaKeterangan: 1, terlambatKali: 2, terlambatMenit: 50, hariKerja: 22 });
    expect(ringkasKehadiran(2026, 3, records, { jamMasukBaku: '07:55' }).ringkasan).toMatchObject({ terlambatKali: 1, terlambatMenit: 5 });
    expect(ringkasKehadiran(2026, 2, []).ringkasan).toEqual({ hadir: 0, izin: 0, sakit: 0, cuti: 0, dinasLuar: 0, tanpaKeterangan: 0, terlambatKali: 0, terlambatMenit: 0, hariKerja: 20 });
  });

  it('the status counts add up to the records of the month', () => {
    const status = fc.constantFrom(...STATUS_KEHADIRAN);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 31 }), status), { selector: (x) => x[0] }), (days) => {
        const records = days.map(([d, s]) => ({ tanggal: `2026-03-${String(d).padStart(2, '0')}`, status: s, jamMasuk: '08:00', jamPulang: null }));
        const { ringkasan, hari } = ringkasKehadiran(2026, 3, records);
        const sum = ringkasan.hadir + ringkasan.izin + ringkasan.sakit + ringkasan.cuti + ringkasan.dinasLuar + ringkasan.tanpaKeterangan;
        return sum === records.length && hari.length === records.length && ringkasan.terlambatKali === ringkasan.hadir && ringkasan.terlambatMenit === 30 * ringkasan.hadir;
      }),
    );
  });
});

describe('the year summary for the annual rating', () => {
  it('summarises each month with records and adds them up; months without data are left out', () => {
    const r = ringkasKehadiranTahun(2026, [
      { tanggal: '2026-03-02', status: 'HADIR', jamMasuk: '07:45', jamPulang: '16:00' },
      { tanggal: '2026-03-03', status: 'TANPA_KETERANGAN', jamMasuk: null, jamPulang: null },
      { tanggal: '2026-01-05', status: 'SAKIT', jamMasuk: null, jamPulang: null },
      { tanggal: '2025-12-31', status: 'HADIR', jamMasuk: '09:00', jamPulang: null },
    ]);
    expect(r.bulan.map((b) => b.bulan)).toEqual([1, 3]);
    expect(r.bulan[1]!.ringkasan).toMatchObject({ hadir: 1, tanpaKeterangan: 1, terlambatKali: 1, terlambatMenit: 15, hariKerja: 22 });
    expect(r.total).toEqual({ hadir: 1, izin: 0, sakit: 1, cuti: 0, dinasLuar: 0, tanpaKeterangan: 1, terlambatKali: 1, terlambatMenit: 15, hariKerja: 22 + 22 });
  });
  it('is empty without records of the year', () => {
    expect(ringkasKehadiranTahun(2026, [])).toEqual({ bulan: [], total: { hadir: 0, izin: 0, sakit: 0, cuti: 0, dinasLuar: 0, tanpaKeterangan: 0, terlambatKali: 0, terlambatMenit: 0, hariKerja: 0 } });
  });
});
