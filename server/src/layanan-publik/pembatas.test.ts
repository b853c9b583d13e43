import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buatTantangan, periksaTantangan, TANTANGAN_MAKS_MS } from './pembatas.js';

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
