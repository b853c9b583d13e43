import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import { DEFAULT_TPP_CONFIG, TppConfigSchema, hitungTpp, type HitungTppInput, type TppConfig } from './tpp';

const tanpaPelanggaran = { hariTanpaKeterangan: 0 };

function input(over: Partial<HitungTppInput>): HitungTppInput {
  return { config: DEFAULT_TPP_CONFIG, basis: 5_000_000, predikat: 'BAIK', skpDisetujui: true, disiplin: tanpaPelanggaran, ...over };
}

describe('TPP with the example configuration (kinerja 60%, disiplin 40%)', () => {
  it('Baik, SKP approved, no absence → the whole basis', () => {
    const r = hitungTpp(input({}));
    expect(r.kinerja).toEqual({
      alokasi: 3_000_000,
      persen: 100,
      diterima: 3_000_000,
      potongan: 0,
      keterangan: 'Predikat Baik: 100% dari komponen kinerja',
    });
    expect(r.disiplin).toMatchObject({ alokasi: 2_000_000, potonganPersen: 0, potongan: 0, diterima: 2_000_000 });
    expect(r.total).toBe(5_000_000);
  });

  it('Butuh Perbaikan with absences: every amount in whole rupiah, paid amounts rounded down', () => {
    const r = hitungTpp(
      input({
        basis: 4_567_891,
        predikat: 'BUTUH_PERBAIKAN',
        disiplin: { hariTanpaKeterangan: 1, terlambatMenit: [15, 45, 120], pulangCepatMenit: [61], kejadian: { TIDAK_APEL: 2 } },
      }),
    );
    // 60% of 4,567,891 = 2,740,734.6 → 2,740,735; disiplin gets the rest.
    expect(r.kinerja).toMatchObject({ alokasi: 2_740_735, persen: 75, diterima: 2_055_551, potongan: 685_184 });
    // 7.5 (1 day) + 1.25 + 2.5 + 5 (late 15, 45, 120 min) + 3.75 (left 61 min early) + 2 × 1.25 (apel) = 22.5%
    expect(r.disiplin.alokasi).toBe(1_827_156);
    expect(r.disiplin.potonganPersen).toBe(22.5);
    expect(r.disiplin.diterima).toBe(1_416_045); // floor(1,827,156 × 77.5%) = floor(1,416,045.9)
    expect(r.disiplin.potongan).toBe(411_111);
    expect(r.disiplin.rincian).toEqual([
      { jenis: 'TANPA_KETERANGAN', label: 'Tidak masuk tanpa keterangan', jumlah: 1, persen: 7.5 },
      { jenis: 'TERLAMBAT', label: 'Terlambat masuk', jumlah: 3, persen: 8.75 },
      { jenis: 'PULANG_CEPAT', label: 'Pulang sebelum waktunya', jumlah: 1, persen: 3.75 },
      { jenis: 'KEJADIAN_LAIN', label: 'Tidak mengikuti apel/upacara', jumlah: 2, persen: 2.5 },
    ]);
    expect(r.total).toBe(2_055_551 + 1_416_045);
    expect(r.kinerja.alokasi + r.disiplin.alokasi).toBe(r.basis);
  });

  it('late-arrival tiers: 30 minutes is tier 1, 31 is tier 2, 90 is tier 3, 91 is tier 4', () => {
    const persen = (m: number) => hitungTpp(input({ disiplin: { hariTanpaKeterangan: 0, terlambatMenit: [m] } })).disiplin.potonganPersen;
    expect([1, 30, 31, 60, 61, 90, 91, 600].map(persen)).toEqual([1.25, 1.25, 2.5, 2.5, 3.75, 3.75, 5, 5]);
  });

  it('deductions are capped at the disiplin component', () => {
    const r = hitungTpp(input({ disiplin: { hariTanpaKeterangan: 14 } }));
    expect(r.disiplin).toMatchObject({ potonganPersenSebelumBatas: 105, potonganPersen: 100, diterima: 0, potongan: 2_000_000 });
    expect(r.total).toBe(3_000_000);
  });

  it.each([
    ['SANGAT_BAIK', 3_000_000],
    ['BAIK', 3_000_000],
    ['BUTUH_PERBAIKAN', 2_250_000],
    ['KURANG', 1_500_000],
    ['SANGAT_KURANG', 750_000],
  ] as const)('kinerja share for %s: %d', (predikat, diterima) => {
    expect(hitungTpp(input({ predikat })).kinerja.diterima).toBe(diterima);
  });

  it('no kinerja share without an approved annual SKP', () => {
    const r = hitungTpp(input({ skpDisetujui: false }));
    expect(r.kinerja).toMatchObject({ persen: 0, diterima: 0, potongan: 3_000_000, keterangan: 'Tidak dibayarkan: SKP tahunan belum disetujui' });
    expect(r.total).toBe(2_000_000);
  });

  it('pays the kinerja share without an approved SKP when the region switches that rule off', () => {
    const config: TppConfig = { ...DEFAULT_TPP_CONFIG, kinerja: { ...DEFAULT_TPP_CONFIG.kinerja, wajibSkpDisetujui: false } };
    expect(hitungTpp(input({ config, skpDisetujui: false })).kinerja.diterima).toBe(3_000_000);
  });

  it('no kinerja share while the predikat is not set', () => {
    expect(hitungTpp(input({ predikat: null })).kinerja).toMatchObject({
      diterima: 0,
      keterangan: 'Tidak dibayarkan: predikat kinerja belum ditetapkan',
    });
  });

  it('a basis of 0 gives 0 everywhere', () => {
    expect(hitungTpp(input({ basis: 0 })).total).toBe(0);
  });

  it.each([
    ['a negative basis', input({ basis: -1 }), /Basis TPP/],
    ['a fractional basis', input({ basis: 1000.5 }), /Basis TPP/],
    ['a fractional day count', input({ disiplin: { hariTanpaKeterangan: 0.5 } }), /hari tanpa keterangan/],
    ['zero minutes late', input({ disiplin: { hariTanpaKeterangan: 0, terlambatMenit: [0] } }), /Terlambat masuk/],
    ['an unknown kejadian', input({ disiplin: { hariTanpaKeterangan: 0, kejadian: { TIDAK_SENAM: 1 } } }), /tidak dikenal \(TIDAK_SENAM\)/],
    ['a negative kejadian count', input({ disiplin: { hariTanpaKeterangan: 0, kejadian: { TIDAK_APEL: -1 } } }), /Tidak mengikuti apel/],
  ])('refuses %s', (_why, value, message) => {
    expect(() => hitungTpp(value)).toThrow(DomainError);
    expect(() => hitungTpp(value)).toThrow(message);
  });
});

describe('TppConfigSchema', () => {
  const d = DEFAULT_TPP_CONFIG;
  it('accepts the example configuration', () => {
    expect(TppConfigSchema.parse(d)).toEqual(d);
  });
  it.each([
    ['weights that do not add up to 100', { ...d, bobot: { kinerja: 60, disiplin: 30 } }, 'Jumlah bobot komponen TPP harus 100% (saat ini 90%)'],
    ['a percentage with three decimals', { ...d, bobot: { kinerja: 60.005, disiplin: 39.995 } }, 'Persentase paling banyak dua angka desimal'],
    ['a percentage above 100', { ...d, disiplin: { ...d.disiplin, tanpaKeteranganPersenPerHari: 150 } }, 'Persentase paling besar 100'],
    ['a negative percentage', { ...d, disiplin: { ...d.disiplin, tanpaKeteranganPersenPerHari: -1 } }, 'Persentase tidak boleh negatif'],
    ['a bounded last tier', { ...d, disiplin: { ...d.disiplin, terlambat: [{ sampaiMenit: 30, persen: 1 }] } }, 'Tingkat potongan terakhir harus tanpa batas atas (sampaiMenit: null)'],
    ['no tier', { ...d, disiplin: { ...d.disiplin, pulangCepat: [] } }, 'Paling sedikit satu tingkat potongan'],
    [
      'tiers out of order',
      { ...d, disiplin: { ...d.disiplin, terlambat: [{ sampaiMenit: 60, persen: 1 }, { sampaiMenit: 30, persen: 2 }, { sampaiMenit: null, persen: 3 }] } },
      'Batas menit tiap tingkat potongan harus naik berurutan; hanya tingkat terakhir tanpa batas atas',
    ],
    [
      'an unbounded tier in the middle',
      { ...d, disiplin: { ...d.disiplin, terlambat: [{ sampaiMenit: null, persen: 1 }, { sampaiMenit: null, persen: 2 }] } },
      'Batas menit tiap tingkat potongan harus naik berurutan; hanya tingkat terakhir tanpa batas atas',
    ],
    [
      'a repeated kejadian code',
      { ...d, disiplin: { ...d.disiplin, kejadianLain: [...d.disiplin.kejadianLain, ...d.disiplin.kejadianLain] } },
      'Kode kejadian potongan tidak boleh berulang',
    ],
  ])('refuses %s', (_why, value, message) => {
    const r = TppConfigSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });
  it('refuses a table without every predikat', () => {
    const { KURANG: _k, ...partial } = d.kinerja.persenPerPredikat;
    expect(TppConfigSchema.safeParse({ ...d, kinerja: { ...d.kinerja, persenPerPredikat: partial } }).success).toBe(false);
  });
  it('accepts a single unbounded tier (one rate for any lateness)', () => {
    expect(TppConfigSchema.safeParse({ ...d, disiplin: { ...d.disiplin, terlambat: [{ sampaiMenit: null, persen: 1 }] } }).success).toBe(true);
  });
});
