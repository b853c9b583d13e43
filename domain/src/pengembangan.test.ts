import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BERAKHLAK_KODE } from './berakhlak';
import { allowedActions, transition } from './workflow';
import { JENIS_KOMPETENSI } from './tindak-lanjut';
import {
  BATAS_RATA_360,
  METODE_PELATIHAN,
  METODE_PELATIHAN_LABEL,
  PelatihanSchema,
  RENCANA_PENGEMBANGAN_WORKFLOW,
  RencanaPengembanganIsiSchema,
  RiwayatPelatihanSchema,
  SKOR_SARAN_MINIMUM,
  cocokkan,
  jenisKompetensiBimbingan,
  jpRencana,
  jpTerencana,
  kebutuhanTerbanyak,
  kumpulkanKebutuhan,
  parseJenisKompetensi,
  parseMetodePelatihan,
  parseNilaiBerakhlak,
  rekapJp,
  rekapJpKelompok,
  saranPelatihan,
  tahunPelatihan,
  type Kebutuhan,
  type PelatihanKatalog,
  type SumberPenilaian,
} from './pengembangan';

const galat = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]);

const pelatihan = {
  kode: 'TIK-01',
  judul: 'Pelatihan Aplikasi Perkantoran',
  jenisKompetensi: 'TEKNIS',
  metode: 'KLASIKAL',
  jp: 24,
  penyelenggara: 'BPSDM Provinsi',
  kataKunci: ['aplikasi', 'komputer'],
  nilaiBerakhlak: ['KOMPETEN'],
  aktif: true,
};

describe('catalogue', () => {
  it('accepts a well-formed training and names each bad field in Indonesian', () => {
    expect(PelatihanSchema.safeParse(pelatihan).success).toBe(true);
    expect(galat(PelatihanSchema.safeParse({ ...pelatihan, kode: 'a b', jp: 0, judul: 'ab', nilaiBerakhlak: ['KOMPETEN', 'KOMPETEN'] }))).toEqual([
      ['kode', 'huruf, angka, titik, garis bawah atau tanda hubung; 2–40 karakter'],
      ['judul', 'paling pendek 3 karakter'],
      ['jp', 'paling sedikit 1'],
      ['nilaiBerakhlak', 'setiap nilai paling banyak sekali'],
    ]);
    expect(galat(PelatihanSchema.safeParse({ ...pelatihan, metode: 'X', jenisKompetensi: 'Y', kataKunci: ['ab'] }))).toEqual([
      ['jenisKompetensi', 'pilih teknis, manajerial atau sosial kultural'],
      ['metode', 'metode tidak dikenal'],
      ['kataKunci.0', 'paling pendek 3 karakter'],
    ]);
  });

  it('reads methods, competence types and BerAKHLAK values from import cells by code or label', () => {
    for (const m of METODE_PELATIHAN) {
      expect(parseMetodePelatihan(m)).toBe(m);
      expect(parseMetodePelatihan(METODE_PELATIHAN_LABEL[m].toUpperCase())).toBe(m);
    }
    expect(parseMetodePelatihan('e-learning')).toBe('E_LEARNING');
    expect(parseMetodePelatihan('workshop')).toBe('WORKSHOP');
    expect(parseMetodePelatihan('kursus')).toBeNull();
    for (const j of JENIS_KOMPETENSI) expect(parseJenisKompetensi(j.toLowerCase().replace('_', ' '))).toBe(j);
    expect(parseJenisKompetensi('lain')).toBeNull();
    expect(parseNilaiBerakhlak('Berorientasi Pelayanan; kolaboratif, ADAPTIF, kolaboratif, rajin')).toEqual({
      nilai: ['BERORIENTASI_PELAYANAN', 'KOLABORATIF', 'ADAPTIF'],
      tidakDikenal: ['rajin'],
    });
    expect(parseNilaiBerakhlak('')).toEqual({ nilai: [], tidakDikenal: [] });
  });
});

const penilaian = (p: Partial<SumberPenilaian> = {}): SumberPenilaian => ({
  asal: 'Penilaian Tahunan 2025',
  rhkDiBawah: [],
  perilakuDiBawah: false,
  perilakuDicatat: [],
  rata360: null,
  rencanaDiskusi: [],
  ...p,
});

describe('kumpulkanKebutuhan', () => {
  it('collects RHK below expectation, BerAKHLAK values below expectation, weak coaching items and the discussion', () => {
    const k = kumpulkanKebutuhan(
      [
        penilaian({
          rhkDiBawah: ['Tersusunnya laporan keuangan berbasis aplikasi SIPD'],
          perilakuDiBawah: true,
          perilakuDicatat: ['HARMONIS'],
          rata360: { BERORIENTASI_PELAYANAN: 2.5, AKUNTABEL: BATAS_RATA_360 },
          rencanaDiskusi: ['Belajar lebih berorientasi pelayanan kepada warga', '  '],
        }),
        // The same RHK in a later period is one need.
        penilaian({ asal: 'Triwulan I 2026', rhkDiBawah: ['Tersusunnya laporan keuangan berbasis aplikasi SIPD'], perilakuDicatat: ['LOYAL'] }),
      ],
      [{ asal: 'Coaching 3 Mar 2026', items: [{ kompetensi: 'Komunikasi', skor: 2 }, { kompetensi: 'Perekat Bangsa', skor: 1 }, { kompetensi: 'Analisis data', skor: 1 }, { kompetensi: 'Integritas', skor: 4 }] }],
    );
    expect(k.map((x) => [x.sumber, x.uraian, x.jenisKompetensi, x.nilaiBerakhlak, x.asal])).toEqual([
      ['RHK', 'Tersusunnya laporan keuangan berbasis aplikasi SIPD', 'TEKNIS', null, 'Penilaian Tahunan 2025'],
      ['BERAKHLAK', 'Berorientasi Pelayanan', 'SOSIAL_KULTURAL', 'BERORIENTASI_PELAYANAN', 'Penilaian Tahunan 2025'],
      ['BERAKHLAK', 'Harmonis', 'SOSIAL_KULTURAL', 'HARMONIS', 'Penilaian Tahunan 2025'],
      ['DISKUSI', 'Belajar lebih berorientasi pelayanan kepada warga', null, 'BERORIENTASI_PELAYANAN', 'Penilaian Tahunan 2025'],
      ['BIMBINGAN', 'Komunikasi', 'MANAJERIAL', null, 'Coaching 3 Mar 2026'],
      ['BIMBINGAN', 'Perekat Bangsa', 'SOSIAL_KULTURAL', null, 'Coaching 3 Mar 2026'],
      ['BIMBINGAN', 'Analisis data', 'TEKNIS', null, 'Coaching 3 Mar 2026'],
    ]);
  });

  it('finds nothing in good results (no periods at all included)', () => {
    expect(kumpulkanKebutuhan([], [])).toEqual([]);
    expect(kumpulkanKebutuhan([penilaian({ perilakuDicatat: [...BERAKHLAK_KODE], rata360: { ADAPTIF: 4.2 } })], [{ asal: 'x', items: [{ kompetensi: 'Komunikasi', skor: 3 }] }])).toEqual([]);
  });

  it('classifies coaching items: managerial and socio-cultural competences by name, otherwise technical', () => {
    expect(jenisKompetensiBimbingan('pengambilan keputusan')).toBe('MANAJERIAL');
    expect(jenisKompetensiBimbingan('PEREKAT BANGSA')).toBe('SOSIAL_KULTURAL');
    expect(jenisKompetensiBimbingan('Penggunaan SIMPUS')).toBe('TEKNIS');
  });
});

const katalog: PelatihanKatalog[] = [
  { id: 'a', judul: 'Pelatihan Aplikasi Perkantoran', jenisKompetensi: 'TEKNIS', kataKunci: ['aplikasi', 'komputer'], nilaiBerakhlak: ['KOMPETEN'], aktif: true },
  { id: 'b', judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', kataKunci: ['pelayanan', 'warga'], nilaiBerakhlak: ['BERORIENTASI_PELAYANAN'], aktif: true },
  { id: 'c', judul: 'Pengelolaan Keuangan Daerah', jenisKompetensi: 'TEKNIS', kataKunci: ['keuangan', 'SIPD'], nilaiBerakhlak: [], aktif: true },
  { id: 'd', judul: 'Pelatihan Aplikasi Lama', jenisKompetensi: 'TEKNIS', kataKunci: ['aplikasi'], nilaiBerakhlak: [], aktif: false },
];
const butuh = (uraian: string, p: Partial<Kebutuhan> = {}): Kebutuhan => ({ sumber: 'RHK', uraian, asal: 'x', jenisKompetensi: 'TEKNIS', nilaiBerakhlak: null, ...p });

describe('matching needs to the catalogue', () => {
  it('scores values, keywords and shared title words, and says why', () => {
    expect(cocokkan(butuh('Tersusunnya laporan keuangan berbasis aplikasi SIPD'), katalog[2]!)).toEqual({
      skor: 2 + 2 + 1 + 1,
      alasan: ['kata kunci "keuangan"', 'kata kunci "SIPD"', 'judul memuat "keuangan"'],
    });
    expect(cocokkan(butuh('Berorientasi Pelayanan', { sumber: 'BERAKHLAK', jenisKompetensi: 'SOSIAL_KULTURAL', nilaiBerakhlak: 'BERORIENTASI_PELAYANAN' }), katalog[1]!)).toEqual({
      skor: 3 + 2 + 1 + 1,
      alasan: ['nilai Berorientasi Pelayanan', 'kata kunci "pelayanan"', 'judul memuat "pelayanan"'],
    });
    // A longer keyword also matches the start of a word ("komputer" in "komputerisasi").
    expect(cocokkan(butuh('komputerisasi arsip'), katalog[0]!).skor).toBe(3);
    expect(cocokkan(butuh('aplikasi'), katalog[3]!)).toEqual({ skor: 0, alasan: [] });
    expect(cocokkan(butuh('rapat koordinasi'), katalog[0]!)).toEqual({ skor: 0, alasan: [] });
    // Words shared with the title only rank a match; alone they are not one.
    expect(cocokkan(butuh('Pelatihan daerah'), katalog[2]!)).toEqual({ skor: 0, alasan: [] });
    expect(cocokkan(butuh('Pengelolaan laporan'), katalog[2]!)).toEqual({ skor: 0, alasan: [] });
  });

  it('suggests each matching training once, with every need it answers, most needs first', () => {
    const s = saranPelatihan(
      [butuh('Tersusunnya laporan keuangan berbasis aplikasi SIPD'), butuh('Input data ke aplikasi kepegawaian'), butuh('Lebih ramah kepada warga', { jenisKompetensi: null }), butuh('rapat')],
      katalog,
    );
    expect(s.map((x) => [x.pelatihanId, x.kebutuhan.length])).toEqual([
      ['a', 2],
      ['c', 1],
      ['b', 1],
    ]);
    expect(s[2]!.kebutuhan[0]).toEqual({ uraian: 'Lebih ramah kepada warga', sumber: 'RHK', alasan: ['kata kunci "warga"'] });
    expect(saranPelatihan([butuh('aplikasi keuangan SIPD')], katalog, { perKebutuhan: 1 }).map((x) => x.pelatihanId)).toEqual(['c']);
    expect(saranPelatihan([butuh('aplikasi keuangan SIPD')], katalog, { maks: 1 })).toHaveLength(1);
  });

  it('property: every suggestion answers a need with at least the minimum score, from an active entry, at most perKebutuhan per need', () => {
    const arbKatalog = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        judul: fc.constantFrom('Pelayanan Prima', 'Aplikasi Perkantoran', 'Kepemimpinan', 'Keuangan Daerah'),
        jenisKompetensi: fc.constantFrom(...JENIS_KOMPETENSI),
        kataKunci: fc.subarray(['aplikasi', 'pelayanan', 'keuangan', 'rapat', 'data']),
        nilaiBerakhlak: fc.subarray([...BERAKHLAK_KODE]),
        aktif: fc.boolean(),
      }),
      { maxLength: 8, selector: (p) => p.id },
    );
    const arbKebutuhan = fc.uniqueArray(
      fc.record({
        sumber: fc.constantFrom('RHK' as const, 'BERAKHLAK' as const, 'DISKUSI' as const),
        uraian: fc.constantFrom('aplikasi data', 'pelayanan warga', 'keuangan daerah', 'kepemimpinan tim', 'lain'),
        asal: fc.constant('x'),
        jenisKompetensi: fc.constantFrom(null, ...JENIS_KOMPETENSI),
        nilaiBerakhlak: fc.constantFrom(null, ...BERAKHLAK_KODE),
      }),
      { maxLength: 6, selector: (k) => `${k.sumber}|${k.uraian}` },
    );
    fc.assert(
      fc.property(arbKatalog, arbKebutuhan, fc.integer({ min: 1, max: 3 }), (kat, keb, per) => {
        const s = saranPelatihan(keb, kat, { perKebutuhan: per, maks: 100 });
        const ids = s.map((x) => x.pelatihanId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const x of s) {
          const p = kat.find((k) => k.id === x.pelatihanId)!;
          expect(p.aktif).toBe(true);
          for (const k of x.kebutuhan) expect(cocokkan(keb.find((n) => n.uraian === k.uraian && n.sumber === k.sumber)!, p).skor).toBeGreaterThanOrEqual(SKOR_SARAN_MINIMUM);
        }
        const perNeed = s.reduce((n, x) => n + x.kebutuhan.length, 0);
        expect(perNeed).toBeLessThanOrEqual(keb.length * per);
      }),
    );
  });
});

describe('the development plan', () => {
  const item = { judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', jp: 16 };
  it('needs one to twenty lines, each with a title, type and JP', () => {
    expect(RencanaPengembanganIsiSchema.safeParse({ items: [item, { ...item, jp: 8, bulanTarget: 5, kebutuhan: 'ramah' }] }).success).toBe(true);
    expect(galat(RencanaPengembanganIsiSchema.safeParse({ items: [] }))).toEqual([['items', 'isi paling sedikit satu kegiatan pengembangan']]);
    expect(galat(RencanaPengembanganIsiSchema.safeParse({ items: [{ ...item, jp: 501, bulanTarget: 13 }] }))).toEqual([
      ['items.0.jp', 'paling banyak 500'],
      ['items.0.bulanTarget', 'paling banyak 12'],
    ]);
    expect(jpRencana([{ jp: 16 }, { jp: 8 }])).toBe(24);
    expect([jpTerencana('DISEPAKATI', 24), jpTerencana('DIAJUKAN', 24), jpTerencana(null, 0)]).toEqual([24, 0, 0]);
  });

  it('is proposed by the pegawai and agreed or returned by the pejabat penilai; an agreed plan changes only by revision', () => {
    const w = RENCANA_PENGEMBANGAN_WORKFLOW;
    expect(allowedActions(w, 'DRAF', 'pegawai')).toEqual(['ajukan']);
    expect(allowedActions(w, 'DRAF', 'pejabat_penilai')).toEqual(['sepakati']);
    expect(allowedActions(w, 'DIAJUKAN', 'pejabat_penilai')).toEqual(['sepakati', 'kembalikan']);
    expect(allowedActions(w, 'DIAJUKAN', 'pegawai')).toEqual([]);
    expect(transition(w, 'DISEPAKATI', 'revisi', 'pegawai')).toMatchObject({ ok: true, to: 'DRAF' });
    expect(transition(w, 'DISEPAKATI', 'sepakati', 'pejabat_penilai')).toMatchObject({ ok: false });
    expect(w.editableStates).toEqual(['DRAF']);
  });
});

describe('completed training and the yearly hours', () => {
  const r = { judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', metode: 'KLASIKAL', jp: 16, penyelenggara: 'BKPSDM', tanggalMulai: '2026-03-02', tanggalSelesai: '2026-03-04' };
  it('checks dates: valid and not ending before they start', () => {
    expect(RiwayatPelatihanSchema.safeParse(r).success).toBe(true);
    expect(galat(RiwayatPelatihanSchema.safeParse({ ...r, tanggalSelesai: '2026-03-01' }))).toEqual([['tanggalSelesai', 'tidak boleh sebelum tanggal mulai']]);
    expect(galat(RiwayatPelatihanSchema.safeParse({ ...r, tanggalMulai: '2026-02-30' }))).toEqual([['tanggalMulai', 'harus berupa tanggal TTTT-BB-HH']]);
    expect(tahunPelatihan('2026-03-04')).toBe(2026);
  });

  it('counts only training with a certificate towards the target', () => {
    expect(rekapJp([{ jp: 16, bersertifikat: true }, { jp: 8, bersertifikat: false }], 20, 24)).toEqual({ target: 20, selesai: 16, tanpaSertifikat: 8, terencana: 24, kekurangan: 4, memenuhi: false });
    expect(rekapJp([{ jp: 24, bersertifikat: true }], 20)).toMatchObject({ kekurangan: 0, memenuhi: true, terencana: 0 });
    expect(rekapJp([], 0)).toMatchObject({ memenuhi: true });
  });

  it('property: a group splits into those who met the target and those below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 50 }), fc.integer({ min: 0, max: 40 }), (jps, target) => {
        const g = rekapJpKelompok(jps, target);
        expect(g.memenuhi + g.diBawahTarget).toBe(jps.length);
        expect(g.memenuhi).toBe(jps.filter((j) => j >= target).length);
        if (jps.length) expect(Math.abs(g.rataJp - jps.reduce((s, j) => s + j, 0) / jps.length)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
    expect(rekapJpKelompok([], 20)).toEqual({ jumlahPegawai: 0, memenuhi: 0, diBawahTarget: 0, rataJp: 0 });
  });

  it('ranks the most common needs by how many pegawai planned them', () => {
    expect(
      kebutuhanTerbanyak([
        { pelatihanId: 'b', judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', pegawaiId: '1' },
        { pelatihanId: 'b', judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', pegawaiId: '2' },
        { pelatihanId: 'b', judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', pegawaiId: '2' },
        { judul: 'Bahasa Inggris', jenisKompetensi: 'TEKNIS', pegawaiId: '1' },
        { pelatihanId: null, judul: 'bahasa inggris ', jenisKompetensi: 'TEKNIS', pegawaiId: '3' },
        { judul: 'Arsip', jenisKompetensi: 'TEKNIS', pegawaiId: '3' },
      ]),
    ).toEqual([
      { pelatihanId: null, judul: 'Bahasa Inggris', jenisKompetensi: 'TEKNIS', jumlahPegawai: 2 },
      { pelatihanId: 'b', judul: 'Pelayanan Prima', jenisKompetensi: 'SOSIAL_KULTURAL', jumlahPegawai: 2 },
      { pelatihanId: null, judul: 'Arsip', jenisKompetensi: 'TEKNIS', jumlahPegawai: 1 },
    ]);
    expect(kebutuhanTerbanyak([{ judul: 'A', jenisKompetensi: 'TEKNIS', pegawaiId: '1' }], 0)).toEqual([]);
  });
});
