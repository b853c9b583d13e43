import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASPEK_UMPAN_BALIK,
  ASPEK_UMPAN_BALIK_LABEL,
  JENIS_BIMBINGAN,
  JENIS_BIMBINGAN_LABEL,
  PERNYATAAN_UMPAN_BALIK,
  SARAN_KOMPETENSI,
  SKALA_KOMPETENSI,
  SKALA_UMPAN_BALIK,
  STATUS_BIMBINGAN,
  STATUS_BIMBINGAN_LABEL,
  ringkasLembarUmpanBalik,
  validateEvaluasiKompetensi,
  validateLembarUmpanBalik,
} from './bimbingan';

const semua = (skor: number) => PERNYATAAN_UMPAN_BALIK.map((p) => ({ nomor: p.nomor, skor }));

describe('bimbingan vocabulary', () => {
  it('names the three kinds and the statuses in Indonesian', () => {
    expect(JENIS_BIMBINGAN.map((j) => JENIS_BIMBINGAN_LABEL[j])).toEqual(['Coaching', 'Mentoring', 'Konseling']);
    expect(STATUS_BIMBINGAN.map((s) => STATUS_BIMBINGAN_LABEL[s])).toEqual(['Dijadwalkan', 'Selesai', 'Dibatalkan']);
    expect(ASPEK_UMPAN_BALIK.map((a) => ASPEK_UMPAN_BALIK_LABEL[a])).toEqual(['Tentang diri saya', 'Tentang pembimbing', 'Tentang hasil bimbingan']);
  });

  it('has nine statements numbered 1–9: three about the pegawai, the coach and the outcome', () => {
    expect(PERNYATAAN_UMPAN_BALIK.map((p) => p.nomor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(PERNYATAAN_UMPAN_BALIK.map((p) => p.aspek)).toEqual(['PEGAWAI', 'PEGAWAI', 'PEGAWAI', 'PEMBIMBING', 'PEMBIMBING', 'PEMBIMBING', 'HASIL', 'HASIL', 'HASIL']);
    expect(PERNYATAAN_UMPAN_BALIK[0]?.teks).toBe('Saya memahami tujuan sesi bimbingan ini.');
    expect(PERNYATAAN_UMPAN_BALIK[3]?.teks).toContain('mendengarkan');
    expect(PERNYATAAN_UMPAN_BALIK[8]?.teks).toContain('bermanfaat');
    for (const p of PERNYATAAN_UMPAN_BALIK) expect(p.teks).toMatch(/^[A-Z].*\.$/);
  });

  it('scores the sheet on a four-point agreement scale and competences on five points', () => {
    expect(SKALA_UMPAN_BALIK).toEqual([
      { skor: 1, label: 'Sangat Tidak Setuju' },
      { skor: 2, label: 'Tidak Setuju' },
      { skor: 3, label: 'Setuju' },
      { skor: 4, label: 'Sangat Setuju' },
    ]);
    expect(SKALA_KOMPETENSI.map((s) => s.skor)).toEqual([1, 2, 3, 4, 5]);
    expect(SKALA_KOMPETENSI[4]?.label).toBe('Sangat Baik');
    expect(SARAN_KOMPETENSI).toHaveLength(9);
    expect(SARAN_KOMPETENSI).toContain('Orientasi pada Hasil');
  });
});

describe('validateLembarUmpanBalik', () => {
  it('accepts nine answers in any order and returns them in statement order, the comment trimmed', () => {
    const jawaban = semua(3).reverse();
    const r = validateLembarUmpanBalik({ jawaban, komentar: '  Sangat membantu.  ' });
    expect(r).toEqual({ ok: true, value: { jawaban: semua(3), komentar: 'Sangat membantu.' } });
    expect(validateLembarUmpanBalik({ jawaban: semua(4), komentar: '   ' })).toMatchObject({ ok: true, value: { komentar: null } });
    expect(validateLembarUmpanBalik({ jawaban: semua(1) })).toMatchObject({ ok: true, value: { komentar: null } });
  });

  it('refuses a sheet with fewer or more answers', () => {
    expect(validateLembarUmpanBalik({ jawaban: semua(3).slice(0, 8) })).toEqual({ ok: false, error: { jawaban: 'harus menjawab 9 pernyataan (terisi 8)' } });
    expect(validateLembarUmpanBalik({ jawaban: [] })).toEqual({ ok: false, error: { jawaban: 'harus menjawab 9 pernyataan (terisi 0)' } });
    const sepuluh = [...semua(3), { nomor: 9, skor: 2 }];
    expect(validateLembarUmpanBalik({ jawaban: sepuluh })).toEqual({
      ok: false,
      error: { jawaban: 'harus menjawab 9 pernyataan (terisi 10)', 'jawaban.9.nomor': 'pernyataan nomor 9 dijawab lebih dari sekali' },
    });
  });

  it('names each bad number and score', () => {
    const jawaban = semua(3);
    jawaban[0] = { nomor: 10, skor: 5 };
    jawaban[1] = { nomor: 3, skor: 0 };
    jawaban[4] = { nomor: 1.5, skor: 2.5 };
    const r = validateLembarUmpanBalik({ jawaban: jawaban as Array<{ nomor: number; skor: number }> });
    expect(r).toEqual({
      ok: false,
      error: {
        'jawaban.0.nomor': 'nomor pernyataan harus 1 sampai 9',
        'jawaban.0.skor': 'skor harus 1 (Sangat Tidak Setuju) sampai 4 (Sangat Setuju)',
        'jawaban.1.skor': 'skor harus 1 (Sangat Tidak Setuju) sampai 4 (Sangat Setuju)',
        'jawaban.2.nomor': 'pernyataan nomor 3 dijawab lebih dari sekali',
        'jawaban.4.nomor': 'nomor pernyataan harus 1 sampai 9',
        'jawaban.4.skor': 'skor harus 1 (Sangat Tidak Setuju) sampai 4 (Sangat Setuju)',
      },
    });
    const teks = validateLembarUmpanBalik({ jawaban: [{ nomor: '1', skor: '4' }, ...semua(3).slice(1)] });
    expect(teks).toMatchObject({ ok: false, error: { 'jawaban.0.nomor': expect.any(String), 'jawaban.0.skor': expect.any(String) } });
  });

  it('limits the comment', () => {
    expect(validateLembarUmpanBalik({ jawaban: semua(2), komentar: 'x'.repeat(2001) })).toEqual({ ok: false, error: { komentar: 'paling banyak 2000 karakter' } });
    expect(validateLembarUmpanBalik({ jawaban: semua(2), komentar: 'x'.repeat(2000) }).ok).toBe(true);
  });

  it('accepts every permutation of valid answers (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), (nomor, skor) => {
        const r = validateLembarUmpanBalik({ jawaban: nomor.map((n, i) => ({ nomor: n, skor: skor[i]! })) });
        return r.ok && r.value.jawaban.map((j) => j.nomor).join() === '1,2,3,4,5,6,7,8,9';
      }),
    );
  });
});

describe('ringkasLembarUmpanBalik', () => {
  it('averages per aspect and overall', () => {
    const jawaban = [
      { nomor: 1, skor: 4 },
      { nomor: 2, skor: 3 },
      { nomor: 3, skor: 3 },
      { nomor: 4, skor: 4 },
      { nomor: 5, skor: 4 },
      { nomor: 6, skor: 4 },
      { nomor: 7, skor: 2 },
      { nomor: 8, skor: 3 },
      { nomor: 9, skor: 4 },
    ];
    expect(ringkasLembarUmpanBalik(jawaban)).toEqual({ perAspek: { PEGAWAI: 3.33, PEMBIMBING: 4, HASIL: 3 }, rataRata: 3.44 });
  });

  it('answers null where nothing was scored, and ignores unknown statement numbers per aspect', () => {
    expect(ringkasLembarUmpanBalik([])).toEqual({ perAspek: { PEGAWAI: null, PEMBIMBING: null, HASIL: null }, rataRata: null });
    expect(ringkasLembarUmpanBalik([{ nomor: 99, skor: 2 }, { nomor: 4, skor: 4 }])).toEqual({ perAspek: { PEGAWAI: null, PEMBIMBING: 4, HASIL: null }, rataRata: 3 });
  });
});

describe('validateEvaluasiKompetensi', () => {
  it('accepts items scored 1–5 with reasons, trimmed', () => {
    const r = validateEvaluasiKompetensi({
      items: [
        { kompetensi: ' Komunikasi ', skor: 4, alasan: ' Menyampaikan kendala dengan jelas. ' },
        { kompetensi: 'Penguasaan tugas teknis', skor: 1, alasan: 'Perlu pendampingan.' },
        { kompetensi: 'Orientasi pada Hasil', skor: 5, alasan: 'Target terlampaui.' },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        items: [
          { kompetensi: 'Komunikasi', skor: 4, alasan: 'Menyampaikan kendala dengan jelas.' },
          { kompetensi: 'Penguasaan tugas teknis', skor: 1, alasan: 'Perlu pendampingan.' },
          { kompetensi: 'Orientasi pada Hasil', skor: 5, alasan: 'Target terlampaui.' },
        ],
      },
    });
  });

  it('requires at least one item and at most twenty', () => {
    expect(validateEvaluasiKompetensi({ items: [] })).toEqual({ ok: false, error: { items: 'paling sedikit satu kompetensi dinilai' } });
    const banyak = Array.from({ length: 21 }, (_, i) => ({ kompetensi: `K${i}`, skor: 3, alasan: 'Cukup.' }));
    expect(validateEvaluasiKompetensi({ items: banyak })).toEqual({ ok: false, error: { items: 'paling banyak 20 kompetensi' } });
    expect(validateEvaluasiKompetensi({ items: banyak.slice(0, 20) }).ok).toBe(true);
  });

  it('requires a reason for every score and names each bad field', () => {
    const r = validateEvaluasiKompetensi({
      items: [
        { kompetensi: 'Komunikasi', skor: 6, alasan: '' },
        { kompetensi: '  ', skor: 0, alasan: null },
        { kompetensi: 'komunikasi', skor: 3.5 },
        { kompetensi: 'x'.repeat(201), skor: '3', alasan: 'y'.repeat(2001) },
      ],
    });
    expect(r).toEqual({
      ok: false,
      error: {
        'items.0.skor': 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)',
        'items.0.alasan': 'alasan wajib diisi',
        'items.1.kompetensi': 'wajib diisi',
        'items.1.skor': 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)',
        'items.1.alasan': 'alasan wajib diisi',
        'items.2.kompetensi': 'kompetensi ini sudah dinilai',
        'items.2.skor': 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)',
        'items.2.alasan': 'alasan wajib diisi',
        'items.3.kompetensi': 'paling banyak 200 karakter',
        'items.3.skor': 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)',
        'items.3.alasan': 'paling banyak 2000 karakter',
      },
    });
  });
});
