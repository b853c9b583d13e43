import { describe, expect, it } from 'vitest';
import { simpananSingkat } from './simpanan-singkat.js';

function jamUji() {
  let t = 0;
  return { jam: () => t, maju: (ms: number) => (t += ms) };
}

describe('short-lived cache', () => {
  it('serves a fresh answer, then the stale one while one refresh runs, then waits when too old', async () => {
    const j = jamUji();
    const s = simpananSingkat({ segarMs: 100, basiMs: 1000, maks: 10, jam: j.jam });
    let n = 0;
    const hitung = () => Promise.resolve(++n);
    expect(await s.ambil('a', hitung)).toBe(1);
    j.maju(50);
    expect(await s.ambil('a', hitung)).toBe(1);
    j.maju(100);
    // Stale: the old answer now, the refreshed one next.
    expect(await s.ambil('a', hitung)).toBe(1);
    await Promise.resolve();
    expect(await s.ambil('a', hitung)).toBe(2);
    j.maju(5000);
    expect(await s.ambil('a', hitung)).toBe(3);
  });

  it('computes once for concurrent callers, keeps keys apart, and drops the oldest beyond the limit', async () => {
    const s = simpananSingkat({ segarMs: 100, basiMs: 1000, maks: 2, jam: jamUji().jam });
    let n = 0;
    let lepas: (v: number) => void = () => undefined;
    const lambat = () => new Promise<number>((r) => (lepas = (v) => (n++, r(v))));
    const tiga = [s.ambil('x', lambat), s.ambil('x', lambat), s.ambil('x', lambat)];
    lepas(7);
    expect(await Promise.all(tiga)).toEqual([7, 7, 7]);
    expect(n).toBe(1);
    expect(await s.ambil('y', () => Promise.resolve(8))).toBe(8);
    expect(await s.ambil('z', () => Promise.resolve(9))).toBe(9);
    expect(s.ukuran).toBe(2);
    expect(await s.ambil('x', () => Promise.resolve(10))).toBe(10);
    s.kosongkan();
    expect(s.ukuran).toBe(0);
  });

  it('a failed computation is not kept: the next caller computes again', async () => {
    const s = simpananSingkat({ segarMs: 100, basiMs: 1000, maks: 2, jam: jamUji().jam });
    await expect(s.ambil('k', () => Promise.reject(new Error('db')))).rejects.toThrow('db');
    expect(await s.ambil('k', () => Promise.resolve(1))).toBe(1);
  });
});
