import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angkaKredit, KEBUTUHAN_ANGKA_KREDIT } from './angka-kredit';
import { BULAN_PERIODE_AK, EntriAkManualSchema, kelayakanAngkaKredit, NilaiAkSchema, saldoAngkaKredit, type EntriAk } from './buku-angka-kredit';

const e = (p: Partial<EntriAk> & Pick<EntriAk, 'id' | 'nilai'>): EntriAk => ({ jenis: 'KONVERSI', tahun: 2025, tahunan: false, dikoreksi: false, ...p });

describe('the angka kredit balance', () => {
  it('counts the opening balance and each year once: the annual result replaces that year’s periodic ones', () => {
    const s = saldoAngkaKredit([
      e({ id: 'awal', jenis: 'AWAL', tahun: null, nilai: 42.125 }),
      e({ id: 'q1', tahun: 2025, nilai: 3.125 }),
      e({ id: 'q2', tahun: 2025, nilai: 3.125 }),
      e({ id: 't25', tahun: 2025, tahunan: true, nilai: 12.5 }),
      e({ id: 'q1-26', tahun: 2026, nilai: 4.688 }),
      e({ id: 'lama', tahun: 2026, nilai: 1, dikoreksi: true }),
      e({ id: 'int', jenis: 'INTEGRASI', tahun: null, nilai: 5 }),
    ]);
    expect(s.total).toBe(42.125 + 12.5 + 4.688 + 5);
    expect([...s.tidakDihitung]).toEqual([
      ['q1', 'DIGANTIKAN_TAHUNAN'],
      ['q2', 'DIGANTIKAN_TAHUNAN'],
      ['lama', 'DIKOREKSI'],
    ]);
  });

  it('a corrected annual result no longer replaces the periodic ones; its correction does', () => {
    const lama = e({ id: 't', tahunan: true, nilai: 18.75, dikoreksi: true });
    expect(saldoAngkaKredit([e({ id: 'q', nilai: 3 }), lama]).total).toBe(3);
    expect(saldoAngkaKredit([e({ id: 'q', nilai: 3 }), lama, e({ id: 't2', tahunan: true, nilai: 12.5 })]).total).toBe(12.5);
  });

  it('property: the total does not depend on the order of the entries and is exact to the thousandth', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        jenis: fc.constantFrom('AWAL' as const, 'KONVERSI' as const, 'INTEGRASI' as const),
        tahun: fc.constantFrom(2024, 2025, 2026),
        tahunan: fc.boolean(),
        nilai: fc.integer({ min: 0, max: 60_000 }).map((n) => n / 1000),
        dikoreksi: fc.boolean(),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, fc.integer(), (entri, seed) => {
        const acak = [...entri].sort((a, b) => ((a.id.charCodeAt(3) ^ seed) & 7) - ((b.id.charCodeAt(3) ^ seed) & 7));
        const a = saldoAngkaKredit(entri);
        expect(saldoAngkaKredit(acak).total).toBe(a.total);
        expect(Number.isInteger(Math.round(a.total * 1000))).toBe(true);
        expect(a.total).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a periodic year converts as much as its annual result would (months of the periods)', () => {
    const triwulan = angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: BULAN_PERIODE_AK.TRIWULANAN });
    expect(triwulan * 4).toBe(angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: BULAN_PERIODE_AK.TAHUNAN }));
  });
});

describe('eligibility for the next pangkat and jenjang', () => {
  it('flips exactly at the requirement', () => {
    expect(kelayakanAngkaKredit(49.999, 'AHLI_PERTAMA', 'III/b')).toEqual({
      pangkat: { kebutuhan: 50, kekurangan: 0.001, tercapai: false },
      jenjang: { kebutuhan: 100, kekurangan: 50.001, tercapai: false },
    });
    expect(kelayakanAngkaKredit(50, 'AHLI_PERTAMA', 'III/b').pangkat).toEqual({ kebutuhan: 50, kekurangan: 0, tercapai: true });
    expect(kelayakanAngkaKredit(10, 'AHLI_UTAMA', 'IV/e')).toEqual({ pangkat: null, jenjang: null });
    expect(kelayakanAngkaKredit(10, 'AHLI_MUDA', 'II/a')).toEqual({ pangkat: null, jenjang: null });
  });

  it('property: for every row of the table, reached iff the total is at least the requirement', () => {
    const rows = KEBUTUHAN_ANGKA_KREDIT.filter((r) => r.kenaikanPangkat !== null);
    fc.assert(
      fc.property(fc.constantFrom(...rows), fc.integer({ min: 0, max: 500_000 }), (r, t) => {
        const total = t / 1000;
        expect(kelayakanAngkaKredit(total, r.jenjang, r.golongan).pangkat!.tercapai).toBe(total >= r.kenaikanPangkat!);
      }),
    );
  });
});

describe('entries BKPSDM records', () => {
  it('need a document number and date; amounts have at most three decimals', () => {
    const ok = { jenis: 'AWAL', nilai: 42.125, nomorDokumen: 'PAK/800/12/2024', tanggalDokumen: '2024-12-20' };
    expect(EntriAkManualSchema.safeParse(ok).success).toBe(true);
    expect(EntriAkManualSchema.safeParse({ ...ok, jenis: 'KONVERSI' }).success).toBe(false);
    expect(NilaiAkSchema.safeParse(1.0005).error?.issues[0]?.message).toBe('paling banyak tiga angka desimal');
    expect(NilaiAkSchema.safeParse(-1).error?.issues[0]?.message).toBe('tidak boleh negatif');
    expect(EntriAkManualSchema.safeParse({ ...ok, nomorDokumen: 'x' }).error?.issues[0]?.message).toBe('sebutkan nomor PAK atau dokumennya');
  });
});
