import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JENIS_JABATAN } from './kepegawaian';
import { allowedActions, transition } from './workflow';
import { PREDIKATS, RATINGS, type Predikat } from './rating';
import {
  AturanTindakLanjutSchema,
  DEFAULT_ATURAN_TINDAK_LANJUT,
  KASUS_WORKFLOW,
  RONDE_PENGHARGAAN_WORKFLOW,
  RencanaPerbaikanSchema,
  berakhirPerbaikan,
  penanganKasus,
  KRITERIA_PERINGKAT,
  alasanBukanKandidat,
  bandingkanPeringkat,
  kekuranganJp,
  kunciUsulan,
  peringkatkan,
  predikatDiBawah,
  usulanKasusDisiplin,
  usulanKasusKinerja,
  type AturanKasus,
  type EntriPeringkat,
  type HasilKasus,
} from './tindak-lanjut';

const arbEntri = fc
  .record({
    id: fc.uuid(),
    predikat: fc.constantFrom(...PREDIKATS),
    ratingHasilKerja: fc.constantFrom(...RATINGS),
    ratingPerilaku: fc.constantFrom(...RATINGS),
    rhkJumlah: fc.integer({ min: 0, max: 8 }),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ a, b, ...e }) => {
    const diAtas = e.rhkJumlah === 0 ? 0 : a % (e.rhkJumlah + 1);
    const diBawah = e.rhkJumlah === 0 ? 0 : b % (e.rhkJumlah - diAtas + 1);
    return { ...e, rhkDiAtas: diAtas, rhkDiBawah: diBawah };
  });
const arbKriteria = fc.shuffledSubarray([...KRITERIA_PERINGKAT]);

describe('peringkatkan: predikat first, then the tie-breaks; ties share a rank', () => {
  it('a rank is 1 + how many did strictly better, so equal entries share it and the next skips', () => {
    fc.assert(
      fc.property(fc.array(arbEntri, { maxLength: 40 }), arbKriteria, (entri, kriteria) => {
        const hasil = peringkatkan(entri, kriteria);
        expect(hasil).toHaveLength(entri.length);
        for (const h of hasil) {
          const lebihBaik = entri.filter((e) => bandingkanPeringkat(e, h, kriteria) < 0).length;
          expect(h.peringkat).toBe(lebihBaik + 1);
          const sama = entri.filter((e) => bandingkanPeringkat(e, h, kriteria) === 0).length;
          expect(h.seri).toBe(sama > 1);
        }
        // Listed best first.
        for (let i = 1; i < hasil.length; i++) expect(hasil[i]!.peringkat).toBeGreaterThanOrEqual(hasil[i - 1]!.peringkat);
      }),
    );
  });

  it('a better predikat always ranks before a worse one, whatever the tie-breaks', () => {
    fc.assert(
      fc.property(fc.array(arbEntri, { minLength: 2, maxLength: 30 }), arbKriteria, (entri, kriteria) => {
        const hasil = peringkatkan(entri, kriteria);
        for (const x of hasil)
          for (const y of hasil) if (predikatDiBawah(y.predikat, x.predikat)) expect(x.peringkat).toBeLessThan(y.peringkat);
      }),
    );
  });

  it('the order of the input changes only the order within a shared rank', () => {
    fc.assert(
      fc.property(fc.array(arbEntri, { maxLength: 30 }), arbKriteria, fc.nat(), (entri, kriteria, seed) => {
        const acak = [...entri].sort((a, b) => ((a.id + seed).localeCompare(b.id + seed)));
        const r1 = new Map(peringkatkan(entri, kriteria).map((h) => [h.id, h.peringkat]));
        const r2 = new Map(peringkatkan(acak, kriteria).map((h) => [h.id, h.peringkat]));
        for (const e of entri) expect(r2.get(e.id)).toBe(r1.get(e.id));
      }),
    );
  });

  it('uses the tie-breaks in the order given (an example)', () => {
    const e = (id: string, o: Partial<EntriPeringkat>): EntriPeringkat & { id: string } => ({
      id,
      predikat: 'BAIK',
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
      rhkDiAtas: 0,
      rhkDiBawah: 0,
      rhkJumlah: 4,
      ...o,
    });
    const entri = [e('a', { rhkDiAtas: 3 }), e('b', { ratingPerilaku: 'DI_ATAS_EKSPEKTASI' }), e('c', {}), e('d', { predikat: 'SANGAT_BAIK', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI' }), e('e', {})];
    expect(peringkatkan(entri, ['PORSI_RHK_DI_ATAS', 'RATING_PERILAKU']).map((h) => [h.id, h.peringkat])).toEqual([
      ['d', 1],
      ['a', 2],
      ['b', 3],
      ['c', 4],
      ['e', 4],
    ]);
    expect(peringkatkan(entri, ['RATING_PERILAKU', 'PORSI_RHK_DI_ATAS']).map((h) => h.id)).toEqual(['d', 'b', 'a', 'c', 'e']);
    // Without tie-breaks only the predikat counts.
    expect(peringkatkan(entri, []).map((h) => h.peringkat)).toEqual([1, 2, 2, 2, 2]);
    // Fewer RHK below expectation first; nothing rated counts as a share of 0.
    const bawah = [e('x', { rhkDiBawah: 2 }), e('y', { rhkDiBawah: 1 }), e('z', { rhkJumlah: 0 })];
    expect(peringkatkan(bawah, ['PORSI_RHK_DI_BAWAH']).map((h) => h.id)).toEqual(['z', 'y', 'x']);
    expect(peringkatkan([e('p', { ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI' }), e('q', {})], ['RATING_HASIL_KERJA']).map((h) => h.id)).toEqual(['q', 'p']);
  });
});

describe('award candidates', () => {
  it('needs a final result at or above the minimum, and says why not', () => {
    expect(alasanBukanKandidat({ predikat: 'SANGAT_BAIK', final: true }, 'SANGAT_BAIK')).toBeNull();
    expect(alasanBukanKandidat({ predikat: 'SANGAT_BAIK', final: true }, 'BAIK')).toBeNull();
    expect(alasanBukanKandidat({ predikat: 'BAIK', final: true }, 'SANGAT_BAIK')).toBe('predikat Baik di bawah predikat minimum Sangat Baik');
    expect(alasanBukanKandidat({ predikat: 'SANGAT_BAIK', final: false }, 'BAIK')).toBe('belum memiliki hasil penilaian final pada periode ini');
    expect(alasanBukanKandidat({ predikat: null, final: true }, 'BAIK')).toBe('belum memiliki hasil penilaian final pada periode ini');
  });
  it('a round takes candidates while a draft and is decided once', () => {
    expect(transition(RONDE_PENGHARGAAN_WORKFLOW, 'DRAFT', 'putuskan', 'admin_bkpsdm')).toMatchObject({ ok: true, to: 'DIPUTUSKAN' });
    expect(transition(RONDE_PENGHARGAAN_WORKFLOW, 'DIPUTUSKAN', 'putuskan', 'admin_bkpsdm').ok).toBe(false);
    expect(transition(RONDE_PENGHARGAAN_WORKFLOW, 'DRAFT', 'putuskan', 'pegawai').ok).toBe(false);
  });
  it('a candidate at any minimum is exactly one whose predikat is not below it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKATS), fc.constantFrom(...PREDIKATS), (p, min) => {
        expect(alasanBukanKandidat({ predikat: p, final: true }, min) === null).toBe(!predikatDiBawah(p, min));
      }),
    );
  });
});

const tahunan = (tahun: number, predikat: Predikat): HasilKasus => ({ evaluasiId: `e${tahun}`, jenis: 'TAHUNAN', tahun, nomor: 1, predikat });
const bulanan = (tahun: number, nomor: number, predikat: Predikat): HasilKasus => ({ evaluasiId: `e${tahun}-${nomor}`, jenis: 'PERIODIK', tahun, nomor, predikat });
const berulang = (o: Partial<Extract<AturanKasus, { jenis: 'KINERJA_BERULANG' }>> = {}): AturanKasus => ({
  jenis: 'KINERJA_BERULANG',
  kode: 'ULANG',
  aktif: true,
  jenisJabatan: ['PELAKSANA', 'FUNGSIONAL'],
  diBawah: 'BAIK',
  berturut: 2,
  hasil: 'TAHUNAN',
  dasarHukum: 'PP 30/2019 Pasal 56',
  ...o,
});
const rpk: AturanKasus = { jenis: 'RENCANA_PERBAIKAN', kode: 'RPK', aktif: true, predikat: ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'], hasil: ['TAHUNAN'], dasarHukum: 'PermenPANRB 6/2022' };

describe('cases from results', () => {
  it('opens a rencana perbaikan for each result the rule names, citing it', () => {
    const u = usulanKasusKinerja([tahunan(2025, 'BUTUH_PERBAIKAN'), tahunan(2024, 'BAIK'), bulanan(2025, 3, 'KURANG')], 'PELAKSANA', [rpk]);
    expect(u).toEqual([{ kodeAturan: 'RPK', jenis: 'RENCANA_PERBAIKAN', dasarHukum: 'PermenPANRB 6/2022', alasan: 'Predikat Butuh Perbaikan (tahun 2025)', evaluasiIds: ['e2025'] }]);
    expect(usulanKasusKinerja([bulanan(2025, 3, 'KURANG')], 'PELAKSANA', [{ ...rpk, hasil: ['PERIODIK'] }])[0]?.alasan).toBe('Predikat Kurang/Misconduct (periode 3/2025)');
    expect(usulanKasusKinerja([tahunan(2025, 'KURANG')], 'PELAKSANA', [{ ...rpk, aktif: false }])).toEqual([]);
    // Discipline rules look at attendance, not at results.
    const disiplin: AturanKasus = { jenis: 'DISIPLIN', kode: 'D', aktif: true, ukuran: 'TERLAMBAT_KALI', batas: 1, rentang: 'BULAN', dasarHukum: 'PP 94/2021' };
    expect(usulanKasusKinerja([tahunan(2025, 'KURANG')], 'PELAKSANA', [disiplin])).toEqual([]);
  });

  it('opens a case for consecutive years below Baik, for the jabatan types named', () => {
    const hasil = [tahunan(2024, 'BUTUH_PERBAIKAN'), tahunan(2025, 'KURANG')];
    const [u] = usulanKasusKinerja(hasil, 'PELAKSANA', [berulang()]);
    expect(u).toMatchObject({ kodeAturan: 'ULANG', jenis: 'KINERJA_BERULANG', evaluasiIds: ['e2024', 'e2025'], alasan: '2 tahun berturut-turut di bawah Baik (Pelaksana)' });
    expect(usulanKasusKinerja(hasil, 'ADMINISTRATOR', [berulang()])).toEqual([]);
  });

  it('a missing year breaks the run; a result changed by keberatan is taken as it is now', () => {
    expect(usulanKasusKinerja([tahunan(2023, 'KURANG'), tahunan(2025, 'KURANG')], 'PELAKSANA', [berulang()])).toEqual([]);
    const sesudahKeberatan = [tahunan(2024, 'KURANG'), tahunan(2025, 'BAIK')];
    expect(usulanKasusKinerja(sesudahKeberatan, 'PELAKSANA', [berulang()])).toEqual([]);
  });

  it('counts periodic results across the turn of the year, and only of the kind named', () => {
    const hasil = [bulanan(2025, 11, 'KURANG'), bulanan(2025, 12, 'KURANG'), bulanan(2026, 1, 'SANGAT_KURANG')];
    const u = usulanKasusKinerja(hasil, 'FUNGSIONAL', [berulang({ hasil: 'PERIODIK', berturut: 3 })]);
    expect(u.map((x) => x.evaluasiIds)).toEqual([['e2025-11', 'e2025-12', 'e2026-1']]);
    expect(usulanKasusKinerja(hasil, 'FUNGSIONAL', [berulang({ hasil: 'TAHUNAN' })])).toEqual([]);
    // Triwulan: four a year.
    const tw = [bulanan(2025, 4, 'KURANG'), bulanan(2026, 1, 'KURANG')];
    expect(usulanKasusKinerja(tw, 'FUNGSIONAL', [berulang({ hasil: 'PERIODIK' })], { periodikPerTahun: 4 })).toHaveLength(1);
    expect(usulanKasusKinerja(tw, 'FUNGSIONAL', [berulang({ hasil: 'PERIODIK' })], { periodikPerTahun: 12 })).toHaveLength(0);
  });

  it('proposes one case per full run of the rule: floor(run / berturut) for every maximal run', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...PREDIKATS), { nil: null }), { maxLength: 15 }), fc.integer({ min: 2, max: 4 }), fc.constantFrom(...JENIS_JABATAN), (tahunTahun, n, jj) => {
        // null: no final result that year.
        const hasil = tahunTahun.flatMap((p, i) => (p === null ? [] : [tahunan(2010 + i, p)]));
        const aturan = berulang({ berturut: n, jenisJabatan: [...JENIS_JABATAN] });
        let harapan = 0;
        let run = 0;
        for (const p of [...tahunTahun, null]) {
          if (p !== null && predikatDiBawah(p, 'BAIK')) run += 1;
          else {
            harapan += Math.floor(run / n);
            run = 0;
          }
        }
        const u = usulanKasusKinerja([...hasil].reverse(), jj, [aturan]);
        expect(u).toHaveLength(harapan);
        for (const x of u) expect(x.evaluasiIds).toHaveLength(n);
      }),
    );
  });
});

describe('discipline cases from attendance', () => {
  const aturan: AturanKasus[] = [
    { jenis: 'DISIPLIN', kode: 'TELAT', aktif: true, ukuran: 'TERLAMBAT_KALI', batas: 8, rentang: 'BULAN', dasarHukum: 'PP 94/2021' },
    { jenis: 'DISIPLIN', kode: 'ALPA', aktif: true, ukuran: 'TANPA_KETERANGAN_HARI', batas: 10, rentang: 'TAHUN', dasarHukum: 'PP 94/2021' },
    { jenis: 'DISIPLIN', kode: 'MENIT', aktif: false, ukuran: 'TERLAMBAT_MENIT', batas: 1, rentang: 'BULAN', dasarHukum: 'PP 94/2021' },
  ];
  const bln = (bulan: number, terlambatKali: number, tanpaKeterangan: number) => ({ tahun: 2026, bulan, terlambatKali, terlambatMenit: terlambatKali * 10, tanpaKeterangan });

  it('opens one per month reaching the threshold and one per year whose sum reaches it', () => {
    const u = usulanKasusDisiplin([bln(1, 8, 4), bln(2, 7, 3), bln(3, 12, 3)], aturan);
    expect(u.map((x) => [x.kodeAturan, x.rentang, x.nilai])).toEqual([
      ['TELAT', '2026-01', 8],
      ['TELAT', '2026-03', 12],
      ['ALPA', '2026', 10],
    ]);
    expect(u[0]!.alasan).toBe('8 kali terlambat pada bulan 2026-01 (batas 8)');
    expect(usulanKasusDisiplin([bln(1, 8, 0)], [{ ...aturan[0]!, ukuran: 'TERLAMBAT_MENIT', batas: 80 } as AturanKasus])).toHaveLength(1);
    // Rules of other kinds are not discipline rules.
    expect(usulanKasusDisiplin([bln(1, 99, 99)], [rpk])).toEqual([]);
  });
  it('a proposal has a stable key (the same rule on the same results or period proposes once)', () => {
    expect(kunciUsulan({ kodeAturan: 'A', evaluasiIds: ['b', 'a'] })).toBe(kunciUsulan({ kodeAturan: 'A', evaluasiIds: ['a', 'b'] }));
    expect(kunciUsulan({ kodeAturan: 'A', evaluasiIds: [], rentang: '2026-01' })).toBe('A:2026-01');
  });
});

describe('the settings', () => {
  it('accepts the defaults and refuses what makes no sense, naming the field', () => {
    expect(AturanTindakLanjutSchema.parse(DEFAULT_ATURAN_TINDAK_LANJUT)).toEqual(DEFAULT_ATURAN_TINDAK_LANJUT);
    const salah = (o: object) => AturanTindakLanjutSchema.safeParse({ ...DEFAULT_ATURAN_TINDAK_LANJUT, ...o }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(salah({ kriteriaPeringkat: ['RATING_PERILAKU', 'RATING_PERILAKU'] })).toEqual([['kriteriaPeringkat', 'setiap kriteria paling banyak sekali']]);
    expect(salah({ predikatMinimumPenghargaan: 'KURANG' })).toEqual([['predikatMinimumPenghargaan', 'paling rendah Baik']]);
    expect(salah({ kasus: [rpk, rpk] })).toEqual([['kasus', 'kode aturan harus unik']]);
    expect(salah({ kasus: [{ ...rpk, predikat: ['BAIK'] }] })).toEqual([['kasus.0.predikat', 'hanya predikat di bawah Baik']]);
    expect(salah({ kasus: [{ ...rpk, dasarHukum: '' }] })).toEqual([['kasus.0.dasarHukum', 'sebutkan dasar hukumnya']]);
    expect(salah({ kasus: [{ jenis: 'HUKUMAN' }] })?.[0]?.[1]).toBe('jenis aturan harus RENCANA_PERBAIKAN, KINERJA_BERULANG atau DISIPLIN');
    expect(salah({ targetJp: 20.5 })).toEqual([['targetJp', 'harus bilangan bulat']]);
  });
  it('counts the hours still missing to the target', () => {
    expect(kekuranganJp(12, 20)).toBe(8);
    expect(kekuranganJp(24, 20)).toBe(0);
    expect(kekuranganJp(-3, 20)).toBe(20);
  });
});

describe('the life of a case', () => {
  it('people follow up or set aside a proposal and close what they followed up; the system only lets a case lapse', () => {
    expect(allowedActions(KASUS_WORKFLOW, 'DIUSULKAN', 'pejabat_penilai')).toEqual(['tindak_lanjuti', 'abaikan']);
    expect(allowedActions(KASUS_WORKFLOW, 'DITINDAKLANJUTI', 'admin_bkpsdm')).toEqual(['selesaikan']);
    expect(allowedActions(KASUS_WORKFLOW, 'DIUSULKAN', 'pegawai')).toEqual([]);
    expect(transition(KASUS_WORKFLOW, 'DITINDAKLANJUTI', 'gugurkan', 'sistem')).toMatchObject({ ok: true, to: 'GUGUR' });
    expect(transition(KASUS_WORKFLOW, 'SELESAI', 'gugurkan', 'sistem').ok).toBe(false);
    expect(transition(KASUS_WORKFLOW, 'DIUSULKAN', 'gugurkan', 'admin_bkpsdm').ok).toBe(false);
    expect(penanganKasus('RENCANA_PERBAIKAN')).toBe('pejabat_penilai');
    expect(penanganKasus('DISIPLIN')).toBe('admin_bkpsdm');
  });

  it('checks a rencana perbaikan: actions and check-ins within its dates, naming the field', () => {
    const baik = { tujuan: 'Menyelesaikan laporan tepat waktu', tindakan: [{ uraian: 'Menyusun jadwal kerja mingguan', tenggat: '2027-02-15' }], checkIn: ['2027-03-01', '2027-05-01'], mulai: '2027-02-01', berakhir: '2027-08-01' };
    expect(RencanaPerbaikanSchema.parse(baik)).toEqual(baik);
    const salah = (o: object) => RencanaPerbaikanSchema.safeParse({ ...baik, ...o }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(salah({ berakhir: '2027-01-01', tindakan: [], checkIn: ['2027-13-01'] })).toEqual([
      ['tindakan', 'isi paling sedikit satu tindakan yang disepakati'],
      ['checkIn.0', 'harus berupa tanggal TTTT-BB-HH'],
      ['berakhir', 'harus setelah tanggal mulai'],
    ]);
    expect(salah({ berakhir: '2027-01-01' })).toEqual([
      ['berakhir', 'harus setelah tanggal mulai'],
      ['tindakan.0.tenggat', 'harus di antara tanggal mulai dan berakhir'],
      ['checkIn.0', 'harus di antara tanggal mulai dan berakhir'],
      ['checkIn.1', 'harus di antara tanggal mulai dan berakhir'],
    ]);
    expect(salah({ tujuan: '   ' })).toEqual([['tujuan', 'wajib diisi']]);
    expect(salah({ mulai: 'besok' })).toEqual([['mulai', 'harus berupa tanggal TTTT-BB-HH']]);
  });

  it('proposes an end date months later, on the last day of a shorter month', () => {
    expect(berakhirPerbaikan('2027-01-20', 6)).toBe('2027-07-20');
    expect(berakhirPerbaikan('2027-08-31', 6)).toBe('2028-02-29');
    expect(berakhirPerbaikan('2026-12-15', 1)).toBe('2027-01-15');
  });
});
