import { describe, expect, it } from 'vitest';
import { buatSimpananSesi } from './simpanan-sesi.js';

const baris = (user_id: string) => ({ user_id, pegawai_id: `p-${user_id}`, roles: ['PEGAWAI'] });

describe('the session cache', () => {
  it('serves an entry only while fresh and under the bus generation it was stored in', () => {
    let t = 0;
    const s = buatSimpananSesi<ReturnType<typeof baris>>({ ttlMs: 1000, maks: 10, now: () => t });
    s.simpan('a', baris('u1'), s.urutan, 1);
    expect(s.ambil('a', 1)).toEqual(baris('u1'));
    expect(s.ambil('a', 2)).toBeUndefined();
    // The generation mismatch dropped it.
    expect(s.size).toBe(0);
    s.simpan('a', baris('u1'), s.urutan, 1);
    t = 999;
    expect(s.ambil('a', 1)).toBeDefined();
    t = 1000;
    expect(s.ambil('a', 1)).toBeUndefined();
  });

  it('keeps out an answer read while a revocation arrived, and drops every session of the revoked user only', () => {
    const s = buatSimpananSesi<ReturnType<typeof baris>>({ ttlMs: 1000, maks: 10, now: () => 0 });
    const sebelum = s.urutan;
    s.lupakanUser('u9');
    s.simpan('a', baris('u1'), sebelum, 1);
    expect(s.ambil('a', 1)).toBeUndefined();

    for (const [tok, u] of [['a', 'u1'], ['b', 'u1'], ['c', 'u2']] as const) s.simpan(tok, baris(u), s.urutan, 1);
    s.lupakanUser('u1');
    expect([s.ambil('a', 1), s.ambil('b', 1), s.ambil('c', 1)]).toEqual([undefined, undefined, baris('u2')]);
    s.lupakanToken('c');
    expect(s.size).toBe(0);

    for (const [tok, u] of [['a', 'u1'], ['c', 'u2']] as const) s.simpan(tok, baris(u), s.urutan, 1);
    s.lupakanPegawai('p-u2');
    expect([s.ambil('a', 1), s.ambil('c', 1)]).toEqual([baris('u1'), undefined]);
    s.lupakanSemua();
    expect(s.size).toBe(0);
  });

  it('holds at most `maks` entries, dropping the oldest', () => {
    const s = buatSimpananSesi<ReturnType<typeof baris>>({ ttlMs: 1000, maks: 3, now: () => 0 });
    for (const tok of ['a', 'b', 'c', 'd']) s.simpan(tok, baris(`u-${tok}`), s.urutan, 1);
    expect(s.size).toBe(3);
    expect(s.ambil('a', 1)).toBeUndefined();
    expect(s.ambil('d', 1)).toEqual(baris('u-d'));
    // A dropped entry's user index is gone too: revoking it touches nothing else.
    s.lupakanUser('u-a');
    expect(s.size).toBe(3);
  });
});
