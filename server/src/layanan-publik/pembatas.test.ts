import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buatTantangan, PembatasLaju, periksaTantangan, TANTANGAN_MAKS_MS } from './pembatas.js';

describe('PembatasLaju (in-memory fixed windows)', () => {
  it('counts hits per key within a window and forgets them after it', () => {
    const p = new PembatasLaju();
    for (let i = 0; i < 3; i++) p.catat('a', 1000, 10_000 + i);
    expect(p.jumlah('a', 10_500)).toBe(3);
    expect(p.jumlah('b', 10_500)).toBe(0);
    expect(p.sisaDetik('a', 10_500)).toBe(1);
    expect(p.jumlah('a', 11_000)).toBe(0);
    p.catat('a', 1000, 11_000);
    expect(p.jumlah('a', 11_000)).toBe(1);
  });

  it('stays bounded: sweeps expired windows and evicts the oldest when full', () => {
    const p = new PembatasLaju(100);
    for (let i = 0; i < 250; i++) p.catat(`k${i}`, 60_000, 1_000);
    expect(p.ukuran).toBe(100);
    expect(p.jumlah('k0', 1_000)).toBe(0);
    expect(p.jumlah('k249', 1_000)).toBe(1);
    p.catat('baru', 60_000, 70_000);
    expect(p.ukuran).toBe(1);
  });
});

describe('the challenge token', () => {
  const secret = randomBytes(32);
  const t0 = 1_780_000_000_000;
  const token = buatTantangan(secret, 'abcdefghjk', 'perangkat-1', t0);

  it('is accepted from 3 s to 2 h after issue, for the same point and device only', () => {
    expect(periksaTantangan(secret, token, 'abcdefghjk', 'perangkat-1', t0 + 1000)).toEqual({ ok: false, alasan: 'terlalu_cepat', tungguMs: 2000 });
    expect(periksaTantangan(secret, token, 'abcdefghjk', 'perangkat-1', t0 + 3000)).toEqual({ ok: true });
    expect(periksaTantangan(secret, token, 'abcdefghjk', 'perangkat-1', t0 + TANTANGAN_MAKS_MS)).toEqual({ ok: true });
    expect(periksaTantangan(secret, token, 'abcdefghjk', 'perangkat-1', t0 + TANTANGAN_MAKS_MS + 1)).toMatchObject({ alasan: 'kedaluwarsa' });
    expect(periksaTantangan(secret, token, 'abcdefghjm', 'perangkat-1', t0 + 5000)).toMatchObject({ alasan: 'tidak_valid' });
    expect(periksaTantangan(secret, token, 'abcdefghjk', 'perangkat-2', t0 + 5000)).toMatchObject({ alasan: 'tidak_valid' });
    expect(periksaTantangan(randomBytes(32), token, 'abcdefghjk', 'perangkat-1', t0 + 5000)).toMatchObject({ alasan: 'tidak_valid' });
  });

  it('cannot be moved in time or forged', () => {
    const [, mac] = token.split('.');
    const earlier = `${(t0 - 60_000).toString(36)}.${mac}`;
    expect(periksaTantangan(secret, earlier, 'abcdefghjk', 'perangkat-1', t0 + 5000)).toMatchObject({ alasan: 'tidak_valid' });
    for (const bad of ['', 'x', `${t0.toString(36)}.`, `${t0.toString(36)}.${'A'.repeat(24)}`, `${token}x`]) {
      expect(periksaTantangan(secret, bad, 'abcdefghjk', 'perangkat-1', t0 + 5000), bad).toMatchObject({ ok: false, alasan: 'tidak_valid' });
    }
  });
});
