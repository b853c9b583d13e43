import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERAKHLAK_KODE } from './berakhlak';
import { DomainError } from './common';
import {
  ASPEK_LAYANAN,
  ASPEK_LAYANAN_INFO,
  HUBUNGAN_360_LABEL,
  MINIMUM_RESPONDEN_360,
  PERTANYAAN_360,
  kelompokJawaban360,
  ringkasan360,
  SKALA_360,
  SKALA_LAYANAN,
  Skor360Schema,
  STATUS_NOMINASI_360_LABEL,
  type Jawaban360,
} from './survei';

const semua = (n: number) => Object.fromEntries(BERAKHLAK_KODE.map((k) => [k, n]));

describe('the 360° questionnaire', () => {
  it('has one plain Indonesian statement per BerAKHLAK value, in order', () => {
    expect(PERTANYAAN_360.map((p) => p.kode)).toEqual([...BERAKHLAK_KODE]);
    expect(PERTANYAAN_360[0]).toEqual({
      kode: 'BERORIENTASI_PELAYANAN',
      nilai: 'Berorientasi Pelayanan',
      pernyataan: 'Ia melayani orang lain dengan ramah, cekatan, dan memberi jalan keluar atas kebutuhan mereka.',
    });
    for (const p of PERTANYAAN_360) expect(p.pernyataan).toMatch(/^Ia .+\.$/);
    expect(new Set(PERTANYAAN_360.map((p) => p.pernyataan)).size).toBe(7);
  });

  it('labels the scale, the relationship and the nomination status', () => {
    expect(SKALA_360.map((s) => s.nilai)).toEqual([1, 2, 3, 4, 5]);
    expect(SKALA_360[4]?.label).toBe('Sangat setuju');
    expect(HUBUNGAN_360_LABEL.BAWAHAN).toBe('Bawahan');
    expect(STATUS_NOMINASI_360_LABEL.DISETUJUI).toBe('Disetujui');
    expect(MINIMUM_RESPONDEN_360).toBe(3);
  });

  it('accepts a complete answer and names each missing or bad value', () => {
    expect(Skor360Schema.parse(semua(4))).toEqual(semua(4));
    const r = Skor360Schema.safeParse({ ...semua(3), AKUNTABEL: 6, LOYAL: 2.5, ADAPTIF: undefined });
    expect(r.success).toBe(false);
    const issues = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({ AKUNTABEL: 'paling besar 5', LOYAL: 'harus bilangan bulat 1–5', ADAPTIF: 'wajib diisi dengan angka 1–5' });
    expect(Skor360Schema.safeParse({ ...semua(3), HARMONIS: 0 }).error?.issues[0]?.message).toBe('paling kecil 1');
    expect(Skor360Schema.safeParse('x').error?.issues[0]?.message).toBe('wajib diisi untuk setiap nilai BerAKHLAK');
  });
});

describe('ringkasan360: the anonymous summary', () => {
  const jawab = (skor: number[], saran?: string | null): Jawaban360 => ({
    skor: Object.fromEntries(BERAKHLAK_KODE.map((k, i) => [k, skor[i % skor.length]])),
    ...(saran !== undefined ? { saran } : {}),
  });

  it('shows nothing but the count below three respondents', () => {
    expect(ringkasan360([])).toEqual({ jumlahResponden: 0, jumlahDihitung: 0, rataRata: null, saran: [] });
    expect(ringkasan360([jawab([5], 'Bagus'), jawab([1], 'Kurang')])).toEqual({ jumlahResponden: 2, jumlahDihitung: 0, rataRata: null, saran: [] });
  });

  it('from three respondents on, averages each value to two decimals and sorts the suggestions', () => {
    const r = ringkasan360([jawab([5, 4], 'Tingkatkan ketepatan waktu'), jawab([4, 4], '  '), jawab([4, 3], null), jawab([3, 5], 'Aktif membantu')]);
    expect(r.jumlahResponden).toBe(4);
    expect(r.rataRata).toEqual({
      BERORIENTASI_PELAYANAN: 4,
      AKUNTABEL: 4,
      KOMPETEN: 4,
      HARMONIS: 4,
      LOYAL: 4,
      ADAPTIF: 4,
      KOLABORATIF: 4,
    });
    expect(r.saran).toEqual(['Aktif membantu', 'Tingkatkan ketepatan waktu']);
    const thirds = ringkasan360([jawab([5]), jawab([4]), jawab([4])]);
    expect(thirds.rataRata?.LOYAL).toBe(4.33);
    expect(ringkasan360([jawab([5]), jawab([5]), jawab([4])]).rataRata?.KOMPETEN).toBe(4.67);
  });

  it('ignores damaged answers (a value missing, out of range, not a whole number)', () => {
    const rusak: Jawaban360[] = [
      { skor: { ...semua(3), LOYAL: undefined } },
      { skor: { ...semua(3), LOYAL: 0 } },
      { skor: { ...semua(3), LOYAL: 6 } },
      { skor: { ...semua(3), LOYAL: 2.5 } },
      { skor: { ...semua(3), LOYAL: '4' } },
    ];
    expect(ringkasan360([...rusak, jawab([2]), jawab([2])])).toEqual({ jumlahResponden: 2, jumlahDihitung: 0, rataRata: null, saran: [] });
    expect(ringkasan360([...rusak, jawab([2]), jawab([2]), jawab([5])]).rataRata?.HARMONIS).toBe(3);
  });

  it('a pemda may raise the minimum but never lower it below three', () => {
    const tiga = [jawab([4]), jawab([4]), jawab([4])];
    expect(ringkasan360(tiga, 5).rataRata).toBeNull();
    expect(ringkasan360([...tiga, jawab([4]), jawab([4])], 5).rataRata?.AKUNTABEL).toBe(4);
    for (const bad of [2, 0, 3.5, Number.NaN]) {
      expect(() => ringkasan360(tiga, bad)).toThrow(DomainError);
    }
    expect(() => ringkasan360(tiga, 1)).toThrow('Jumlah responden minimum harus bilangan bulat paling sedikit 3');
  });

  it('the result does not depend on the order the answers came in (property)', () => {
    const answer = fc.record({
      skor: fc.tuple(...BERAKHLAK_KODE.map(() => fc.integer({ min: 1, max: 5 }))).map((xs) => Object.fromEntries(BERAKHLAK_KODE.map((k, i) => [k, xs[i]]))),
      saran: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 0, maxLength: 12 }), fc.nat(), (answers, n) => {
        const reversed = [...answers].reverse();
        const cut = answers.length ? n % answers.length : 0;
        const rotated = [...answers.slice(cut), ...answers.slice(0, cut)];
        const a = ringkasan360(answers);
        expect(ringkasan360(reversed)).toEqual(a);
        expect(ringkasan360(rotated)).toEqual(a);
        if (answers.length < 3) expect(a.rataRata).toBeNull();
        else for (const k of BERAKHLAK_KODE) expect(a.rataRata?.[k]).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('360° answers in batches (issue #11: no differencing)', () => {
  const jawab = (nilai: number, saran: string | null, kelompok: number): Jawaban360 => ({ skor: semua(nilai), saran, kelompok });

  it('files answers in batches of the minimum, in order', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => kelompokJawaban360(n))).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect([0, 4, 5, 9].map((n) => kelompokJawaban360(n, 5))).toEqual([0, 0, 1, 1]);
  });

  it('summarises full batches only; the rest is counted but not shown', () => {
    const r = ringkasan360([jawab(5, 'a', 0), jawab(5, 'b', 0), jawab(5, 'c', 0), jawab(1, 'rahasia', 1)]);
    expect(r).toMatchObject({ jumlahResponden: 4, jumlahDihitung: 3, saran: ['a', 'b', 'c'] });
    expect(r.rataRata?.AKUNTABEL).toBe(5);
    expect(ringkasan360([jawab(5, null, 0), jawab(5, null, 0), jawab(1, null, 1), jawab(1, null, 1)]).rataRata).toBeNull();
  });

  it('one more answer never changes the summary unless it completes a batch (property)', () => {
    const answer = fc.record({ nilai: fc.integer({ min: 1, max: 5 }), saran: fc.option(fc.string({ maxLength: 8 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 14 }), fc.integer({ min: 3, max: 5 }), (xs, minimum) => {
        const filed = xs.map((x, i) => jawab(x.nilai, x.saran, kelompokJawaban360(i, minimum)));
        for (let n = 1; n < filed.length; n++) {
          const sebelum = ringkasan360(filed.slice(0, n), minimum);
          const sesudah = ringkasan360(filed.slice(0, n + 1), minimum);
          if ((n + 1) % minimum !== 0) expect({ ...sesudah, jumlahResponden: 0 }).toEqual({ ...sebelum, jumlahResponden: 0 });
          // Whatever changes, changes by a whole batch.
          expect((sesudah.jumlahDihitung - sebelum.jumlahDihitung) % minimum).toBe(0);
        }
      }),
    );
  });
});

describe('the public service form', () => {
  it('asks four aspects on a five-point satisfaction scale', () => {
    expect(ASPEK_LAYANAN).toEqual(['kecepatan', 'keramahan', 'kejelasan', 'keadilan']);
    for (const a of ASPEK_LAYANAN) expect(ASPEK_LAYANAN_INFO[a].pertanyaan).toMatch(/\?$/);
    expect(SKALA_LAYANAN.map((s) => s.label)).toEqual(['Sangat tidak puas', 'Tidak puas', 'Cukup', 'Puas', 'Sangat puas']);
  });
});
