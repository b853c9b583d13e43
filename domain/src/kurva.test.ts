import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KURVA_RULES,
  KurvaRuleSetSchema,
  batasKurva,
  checkKurvaDistribusi,
  deskripsiAturanKurva,
  distribusiPredikat,
  type KurvaRule,
  type KurvaRuleSet,
} from './kurva';
import { CAPAIAN_ORGANISASI, PREDIKATS, type CapaianOrganisasi, type Predikat } from './rating';

/** Builds a unit from counts, e.g. unit({ SANGAT_BAIK: 7, BAIK: 3 }). */
function unit(counts: Partial<Record<Predikat, number>>): Predikat[] {
  return PREDIKATS.flatMap((p) => Array<Predikat>(counts[p] ?? 0).fill(p));
}

function ruleIds(capaian: CapaianOrganisasi, counts: Partial<Record<Predikat, number>>): string[] {
  return checkKurvaDistribusi(capaian, unit(counts)).violations.map((v) => v.rule);
}

describe('distribusiPredikat', () => {
  it('counts every predikat, zero when absent', () => {
    expect(distribusiPredikat(['BAIK', 'BAIK', 'KURANG'])).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 2,
      BUTUH_PERBAIKAN: 0,
      KURANG: 1,
      SANGAT_KURANG: 0,
    });
  });
});

describe('an empty unit', () => {
  it.each(CAPAIAN_ORGANISASI)('is valid for capaian %s', (capaian) => {
    expect(checkKurvaDistribusi(capaian, [])).toEqual({
      ok: true,
      violations: [],
      jumlahPegawai: 0,
      distribusi: distribusiPredikat([]),
      tidakBerlaku: [],
    });
  });
});

describe('Istimewa: Sangat Baik at most 70%', () => {
  it('10 pegawai: 7 Sangat Baik is allowed, 6 too, 8 is not', () => {
    expect(ruleIds('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 })).toEqual([]);
    expect(ruleIds('ISTIMEWA', { SANGAT_BAIK: 6, BAIK: 4 })).toEqual([]);
    const r = checkKurvaDistribusi('ISTIMEWA', unit({ SANGAT_BAIK: 8, BAIK: 2 }));
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([
      {
        rule: 'ISTIMEWA_SANGAT_BAIK_MAKS',
        message: 'Sangat Baik paling banyak 70% (7 dari 10 pegawai); saat ini 8, kelebihan 1 orang',
        required: 'paling banyak 7 pegawai (70%)',
        actual: '8 pegawai (80%)',
        shortBy: 1,
      },
    ]);
  });
  it('others are free', () => {
    expect(ruleIds('ISTIMEWA', { SANGAT_KURANG: 10 })).toEqual([]);
  });
  it('small units: 1 pegawai may be Sangat Baik (rule starts at 2); 2 → at most 1; 3 → at most 2', () => {
    const one = checkKurvaDistribusi('ISTIMEWA', ['SANGAT_BAIK']);
    expect(one.ok).toBe(true);
    expect(one.tidakBerlaku).toEqual(['ISTIMEWA_SANGAT_BAIK_MAKS']);
    expect(ruleIds('ISTIMEWA', { SANGAT_BAIK: 1, BAIK: 1 })).toEqual([]);
    expect(ruleIds('ISTIMEWA', { SANGAT_BAIK: 2 })).toEqual(['ISTIMEWA_SANGAT_BAIK_MAKS']);
    expect(ruleIds('ISTIMEWA', { SANGAT_BAIK: 2, BAIK: 1 })).toEqual([]);
    const three = checkKurvaDistribusi('ISTIMEWA', unit({ SANGAT_BAIK: 3 }));
    expect(three.violations[0]?.message).toBe('Sangat Baik paling banyak 70% (2 dari 3 pegawai); saat ini 3, kelebihan 1 orang');
    expect(three.violations[0]?.actual).toBe('3 pegawai (100%)');
  });
});

describe('Baik: Baik at most 70%, at least one Butuh Perbaikan and/or Kurang', () => {
  it('10 pegawai: 7 Baik + 1 Butuh Perbaikan is valid (the rest Sangat Baik / Sangat Kurang)', () => {
    expect(ruleIds('BAIK', { BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, SANGAT_KURANG: 1 })).toEqual([]);
    expect(ruleIds('BAIK', { BAIK: 6, KURANG: 1, SANGAT_BAIK: 3 })).toEqual([]);
  });
  it('10 pegawai: 8 Baik breaks the 70% cap', () => {
    expect(ruleIds('BAIK', { BAIK: 8, KURANG: 2 })).toEqual(['BAIK_BAIK_MAKS']);
  });
  it('10 pegawai without any Butuh Perbaikan or Kurang breaks the "at least one" rule', () => {
    const r = checkKurvaDistribusi('BAIK', unit({ BAIK: 7, SANGAT_BAIK: 3 }));
    expect(r.violations).toEqual([
      {
        rule: 'BAIK_BP_ATAU_KURANG_MIN',
        message:
          'Harus ada paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini 0, kekurangan 1 orang',
        required: 'paling sedikit 1 pegawai',
        actual: '0 pegawai (0%)',
        shortBy: 1,
      },
    ]);
  });
  it('names both broken rules at once', () => {
    expect(ruleIds('BAIK', { BAIK: 10 })).toEqual(['BAIK_BAIK_MAKS', 'BAIK_BP_ATAU_KURANG_MIN']);
    expect(checkKurvaDistribusi('BAIK', unit({ BAIK: 10 })).violations[0]?.shortBy).toBe(3);
  });
  it('1 pegawai: no rule applies (the sole pegawai of a Baik unit may be Baik)', () => {
    const r = checkKurvaDistribusi('BAIK', ['BAIK']);
    expect(r.ok).toBe(true);
    expect(r.tidakBerlaku).toEqual(['BAIK_BAIK_MAKS', 'BAIK_BP_ATAU_KURANG_MIN']);
  });
  it('2 pegawai: at most 1 Baik; the "at least one" rule starts at 3', () => {
    expect(ruleIds('BAIK', { BAIK: 1, SANGAT_BAIK: 1 })).toEqual([]);
    expect(ruleIds('BAIK', { BAIK: 2 })).toEqual(['BAIK_BAIK_MAKS']);
  });
  it('3 pegawai: at most 2 Baik and at least 1 Butuh Perbaikan / Kurang', () => {
    expect(ruleIds('BAIK', { BAIK: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(ruleIds('BAIK', { BAIK: 2, SANGAT_BAIK: 1 })).toEqual(['BAIK_BP_ATAU_KURANG_MIN']);
  });
});

describe('Butuh Perbaikan: Butuh Perbaikan at least 60%, Sangat Baik at most 10%', () => {
  it('10 pegawai: 6 Butuh Perbaikan is enough, 5 is not', () => {
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 })).toEqual([]);
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 7, BAIK: 3 })).toEqual([]);
    const r = checkKurvaDistribusi('BUTUH_PERBAIKAN', unit({ BUTUH_PERBAIKAN: 5, BAIK: 5 }));
    expect(r.violations).toEqual([
      {
        rule: 'BP_BP_MIN',
        message: 'Butuh Perbaikan paling sedikit 60% (6 dari 10 pegawai); saat ini 5, kekurangan 1 orang',
        required: 'paling sedikit 6 pegawai (60%)',
        actual: '5 pegawai (50%)',
        shortBy: 1,
      },
    ]);
  });
  it('10 pegawai: 1 Sangat Baik is allowed, 2 are not', () => {
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 8, SANGAT_BAIK: 2 })).toEqual(['BP_SANGAT_BAIK_MAKS']);
  });
  it('1 pegawai must be Butuh Perbaikan', () => {
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(ruleIds('BUTUH_PERBAIKAN', { SANGAT_BAIK: 1 })).toEqual(['BP_BP_MIN']);
  });
  it('2 pegawai: both Butuh Perbaikan (60% of 2 rounds up to 2), no Sangat Baik', () => {
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 2 })).toEqual([]);
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1 })).toEqual(['BP_BP_MIN', 'BP_SANGAT_BAIK_MAKS']);
  });
  it('3 pegawai: at least 2 Butuh Perbaikan', () => {
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 2, BAIK: 1 })).toEqual([]);
    expect(ruleIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 1, BAIK: 2 })).toEqual(['BP_BP_MIN']);
  });
});

describe('Kurang: Kurang at least 60%, Butuh Perbaikan at least 10%, Sangat Baik at most 10%', () => {
  it('10 pegawai: 6 Kurang, 1 Butuh Perbaikan, 1 Sangat Baik is valid', () => {
    expect(ruleIds('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 })).toEqual([]);
  });
  it('10 pegawai: 5 Kurang, no Butuh Perbaikan, 2 Sangat Baik breaks all three rules', () => {
    expect(ruleIds('KURANG', { KURANG: 5, SANGAT_BAIK: 2, BAIK: 3 })).toEqual([
      'KURANG_KURANG_MIN',
      'KURANG_BP_MIN',
      'KURANG_SANGAT_BAIK_MAKS',
    ]);
  });
  it('2 pegawai: both Kurang; the 10% Butuh Perbaikan rule starts at 3', () => {
    const r = checkKurvaDistribusi('KURANG', unit({ KURANG: 2 }));
    expect(r.ok).toBe(true);
    expect(r.tidakBerlaku).toEqual(['KURANG_BP_MIN']);
  });
  it('1 pegawai must be Kurang', () => {
    expect(ruleIds('KURANG', { KURANG: 1 })).toEqual([]);
    expect(ruleIds('KURANG', { BAIK: 1 })).toEqual(['KURANG_KURANG_MIN']);
  });
  it('3 pegawai: 2 Kurang and 1 Butuh Perbaikan (10% of 3 rounds up to 1)', () => {
    expect(ruleIds('KURANG', { KURANG: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(ruleIds('KURANG', { KURANG: 3 })).toEqual(['KURANG_BP_MIN']);
  });
});

describe('Sangat Kurang: Sangat Kurang at least 60%, Kurang and/or Butuh Perbaikan at least 10%, no Sangat Baik', () => {
  it('10 pegawai: 6 Sangat Kurang and 1 Kurang is valid; 1 Butuh Perbaikan counts too', () => {
    expect(ruleIds('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
    expect(ruleIds('SANGAT_KURANG', { SANGAT_KURANG: 9, BUTUH_PERBAIKAN: 1 })).toEqual([]);
  });
  it('10 pegawai: 5 Sangat Kurang and no Kurang / Butuh Perbaikan breaks two rules', () => {
    expect(ruleIds('SANGAT_KURANG', { SANGAT_KURANG: 5, BAIK: 5 })).toEqual(['SK_SANGAT_KURANG_MIN', 'SK_KURANG_ATAU_BP_MIN']);
  });
  it('a single Sangat Baik is refused, even in a unit of one', () => {
    const r = checkKurvaDistribusi('SANGAT_KURANG', unit({ SANGAT_KURANG: 6, KURANG: 3, SANGAT_BAIK: 1 }));
    expect(r.violations).toEqual([
      {
        rule: 'SK_SANGAT_BAIK_NIHIL',
        message: 'Tidak boleh ada pegawai berpredikat Sangat Baik; saat ini 1',
        required: 'tidak ada',
        actual: '1 pegawai (10%)',
        shortBy: 1,
      },
    ]);
    expect(ruleIds('SANGAT_KURANG', { SANGAT_BAIK: 1 })).toEqual(['SK_SANGAT_KURANG_MIN', 'SK_SANGAT_BAIK_NIHIL']);
  });
  it('3 pegawai: 2 Sangat Kurang and 1 Kurang / Butuh Perbaikan', () => {
    expect(ruleIds('SANGAT_KURANG', { SANGAT_KURANG: 2, KURANG: 1 })).toEqual([]);
    expect(ruleIds('SANGAT_KURANG', { SANGAT_KURANG: 3 })).toEqual(['SK_KURANG_ATAU_BP_MIN']);
  });
});

describe('exact arithmetic at thresholds', () => {
  it('at most 70% of 3 is 2 people, at least 60% of 3 is 2, at least 10% of 3 is 1', () => {
    const maks: KurvaRule = { id: 'a', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 70 };
    const min60: KurvaRule = { id: 'b', jenis: 'MIN_PERSEN', predikat: ['BAIK'], persen: 60 };
    const min10: KurvaRule = { id: 'c', jenis: 'MIN_PERSEN', predikat: ['BAIK'], persen: 10 };
    expect([batasKurva(maks, 3), batasKurva(min60, 3), batasKurva(min10, 3)]).toEqual([2, 2, 1]);
  });
  it('handles percentages with decimals without float error (12.5% of 8 = exactly 1; 33.33% of 3 < 1)', () => {
    const r: KurvaRule = { id: 'x', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 12.5 };
    expect(batasKurva(r, 8)).toBe(1);
    expect(batasKurva(r, 7)).toBe(0);
    expect(batasKurva({ id: 'y', jenis: 'MIN_PERSEN', predikat: ['BAIK'], persen: 33.33 }, 3)).toBe(1);
    expect(batasKurva({ id: 'z', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 33.33 }, 3)).toBe(0);
  });
  it('at most 70% of 90 is exactly 63 (in floating point 0.7 × 90 = 62.99999999999999)', () => {
    const r: KurvaRule = { id: 'x', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 70 };
    expect(batasKurva(r, 90)).toBe(63);
    expect(ruleIds('BAIK', { BAIK: 63, BUTUH_PERBAIKAN: 27 })).toEqual([]);
  });
});

describe('a replacement rule set', () => {
  const custom: KurvaRuleSet = {
    ...DEFAULT_KURVA_RULES,
    ISTIMEWA: [
      { id: 'SB_MAKS_2', jenis: 'MAKS_JUMLAH', predikat: ['SANGAT_BAIK'], jumlah: 2 },
      { id: 'B_MIN_1', jenis: 'MIN_JUMLAH', predikat: ['BAIK'], jumlah: 1 },
    ],
  };
  it('applies count rules with their own messages', () => {
    const r = checkKurvaDistribusi('ISTIMEWA', unit({ SANGAT_BAIK: 4 }), custom);
    expect(r.violations.map((v) => v.message)).toEqual([
      'Sangat Baik paling banyak 2 pegawai; saat ini 4, kelebihan 2 orang',
      'Harus ada paling sedikit 1 pegawai berpredikat Baik; saat ini 0, kekurangan 1 orang',
    ]);
    expect(r.violations[0]?.required).toBe('paling banyak 2 pegawai');
    expect(r.violations[0]?.shortBy).toBe(2);
  });
  it('is validated by KurvaRuleSetSchema', () => {
    expect(KurvaRuleSetSchema.safeParse(DEFAULT_KURVA_RULES).success).toBe(true);
    expect(KurvaRuleSetSchema.safeParse(custom).success).toBe(true);
  });
  it.each([
    ['a missing capaian', { ...DEFAULT_KURVA_RULES, ISTIMEWA: undefined }, undefined],
    ['a percentage above 100', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 101 }] }, 'Persentase paling besar 100'],
    ['a negative percentage', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: -1 }] }, 'Persentase tidak boleh negatif'],
    ['three decimals', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_PERSEN', predikat: ['BAIK'], persen: 33.333 }] }, 'Persentase paling banyak dua angka desimal'],
    ['no predikat', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_PERSEN', predikat: [], persen: 10 }] }, 'Aturan harus menyebut paling sedikit satu predikat'],
    ['a repeated predikat', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_PERSEN', predikat: ['BAIK', 'BAIK'], persen: 10 }] }, 'Predikat dalam satu aturan tidak boleh berulang'],
    ['a repeated id', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_JUMLAH', predikat: ['BAIK'], jumlah: 1 }, { id: 'a', jenis: 'MAKS_JUMLAH', predikat: ['BAIK'], jumlah: 0 }] }, 'Kode aturan dalam satu capaian organisasi tidak boleh berulang'],
    ['an unknown predikat', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_JUMLAH', predikat: ['CUKUP'], jumlah: 1 }] }, undefined],
    ['minPegawai 0', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: 'a', jenis: 'MIN_JUMLAH', predikat: ['BAIK'], jumlah: 1, minPegawai: 0 }] }, 'Jumlah pegawai minimum paling kecil 1'],
    ['an empty id', { ...DEFAULT_KURVA_RULES, ISTIMEWA: [{ id: '', jenis: 'MIN_JUMLAH', predikat: ['BAIK'], jumlah: 1 }] }, 'Kode aturan wajib diisi'],
  ])('refuses %s', (_why, value, message) => {
    const r = KurvaRuleSetSchema.safeParse(value);
    expect(r.success).toBe(false);
    if (message !== undefined) expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('properties', () => {
  const distribution = fc
    .tuple(...PREDIKATS.map(() => fc.nat({ max: 12 })))
    .map((counts) => unit(Object.fromEntries(PREDIKATS.map((p, i) => [p, counts[i]]))));
  const capaian = fc.constantFrom(...CAPAIAN_ORGANISASI);

  /** The rule computed independently from its data with plain fractions. */
  function holds(rule: KurvaRule, predikat: Predikat[]): boolean {
    const n = predikat.length;
    if (n === 0 || n < (rule.minPegawai ?? 1)) return true;
    const count = predikat.filter((p) => rule.predikat.includes(p)).length;
    switch (rule.jenis) {
      case 'MAKS_PERSEN':
        return count * 100 <= rule.persen * n;
      case 'MIN_PERSEN':
        return count * 100 >= rule.persen * n;
      case 'MAKS_JUMLAH':
        return count <= rule.jumlah;
      case 'MIN_JUMLAH':
        return count >= rule.jumlah;
    }
  }

  it('never passes a distribution that breaks a stated threshold, and names exactly the broken rules', () => {
    fc.assert(
      fc.property(capaian, distribution, (c, predikat) => {
        const r = checkKurvaDistribusi(c, predikat);
        const broken = DEFAULT_KURVA_RULES[c].filter((rule) => !holds(rule, predikat)).map((rule) => rule.id);
        expect(r.violations.map((v) => v.rule)).toEqual(broken);
        expect(r.ok).toBe(broken.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('shortBy is the number of people that must change predikat for that rule', () => {
    fc.assert(
      fc.property(capaian, distribution, (c, predikat) => {
        for (const v of checkKurvaDistribusi(c, predikat).violations) {
          const rule = DEFAULT_KURVA_RULES[c].find((x) => x.id === v.rule) as KurvaRule;
          const target = PREDIKATS.find((p) => !rule.predikat.includes(p)) as Predikat;
          const inSet = predikat.filter((p) => rule.predikat.includes(p)).length;
          const isMax = rule.jenis.startsWith('MAKS');
          // Moving shortBy people satisfies the rule; moving one fewer does not.
          const moved = (k: number): Predikat[] =>
            isMax
              ? [...predikat.filter((p) => !rule.predikat.includes(p)), ...Array<Predikat>(inSet - k).fill(rule.predikat[0] as Predikat), ...Array<Predikat>(k).fill(target)]
              : [...Array<Predikat>(inSet + k).fill(rule.predikat[0] as Predikat), ...Array<Predikat>(predikat.length - inSet - k).fill(target)];
          expect(holds(rule, moved(v.shortBy))).toBe(true);
          expect(holds(rule, moved(v.shortBy - 1))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the default curve can be met by some distribution for every unit size 1..12', () => {
    const compositions = (n: number, parts: number): number[][] =>
      parts === 1 ? [[n]] : Array.from({ length: n + 1 }, (_, k) => compositions(n - k, parts - 1).map((rest) => [k, ...rest])).flat();
    for (const c of CAPAIAN_ORGANISASI) {
      for (let n = 1; n <= 12; n += 1) {
        const feasible = compositions(n, PREDIKATS.length).some(
          (counts) => checkKurvaDistribusi(c, unit(Object.fromEntries(PREDIKATS.map((p, i) => [p, counts[i]])))).ok,
        );
        expect(feasible, `${c} with ${n} pegawai`).toBe(true);
      }
    }
  });
});

describe('deskripsiAturanKurva: how a rule reads to people', () => {
  const kasus: Array<[KurvaRule, string]> = [
    [{ id: 'a', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 70, minPegawai: 2 }, 'Baik paling banyak 70% (berlaku untuk unit dengan paling sedikit 2 pegawai)'],
    [{ id: 'b', jenis: 'MIN_PERSEN', predikat: ['BUTUH_PERBAIKAN'], persen: 12.5 }, 'Butuh Perbaikan paling sedikit 12,5%'],
    [{ id: 'c', jenis: 'MAKS_JUMLAH', predikat: ['SANGAT_BAIK'], jumlah: 0 }, 'Tidak boleh ada pegawai berpredikat Sangat Baik'],
    [{ id: 'd', jenis: 'MAKS_JUMLAH', predikat: ['SANGAT_BAIK'], jumlah: 2, minPegawai: 1 }, 'Sangat Baik paling banyak 2 pegawai'],
    [{ id: 'e', jenis: 'MIN_JUMLAH', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], jumlah: 1, minPegawai: 3 }, 'Harus ada paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct (berlaku untuk unit dengan paling sedikit 3 pegawai)'],
  ];
  it.each(kasus)('%o', (rule, text) => {
    expect(deskripsiAturanKurva(rule)).toBe(text);
  });
});
