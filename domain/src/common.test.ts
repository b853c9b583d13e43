import { describe, expect, it } from 'vitest';
import { DomainError, basisPoints, ceilDiv, floorDiv, formatAngka, isHundredth, roundHalfUp } from './common';

describe('common helpers', () => {
  it('rounds half up despite binary noise', () => {
    expect(roundHalfUp(2.0833333, 3)).toBe(2.083);
    expect(roundHalfUp(1.0005, 3)).toBe(1.001); // 1.0005 × 1000 = 1000.4999999999999 in binary
    expect(roundHalfUp(0.3125, 3)).toBe(0.313);
  });
  it('formats numbers the Indonesian way', () => {
    expect(formatAngka(103.888)).toBe('103,89');
    expect(formatAngka(70)).toBe('70');
    expect(formatAngka(2.0833, 3)).toBe('2,083');
  });
  it('works in basis points and integer division', () => {
    expect(isHundredth(12.5)).toBe(true);
    expect(isHundredth(33.333)).toBe(false);
    expect(basisPoints(3.75)).toBe(375);
    expect(floorDiv(21, 10)).toBe(2);
    expect(ceilDiv(21, 10)).toBe(3);
    expect(ceilDiv(20, 10)).toBe(2);
  });
  it('DomainError carries a code', () => {
    const e = new DomainError('INVALID_ARGUMENT', 'salah');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message]).toEqual(['DomainError', 'INVALID_ARGUMENT', 'salah']);
  });
});
