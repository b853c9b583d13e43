import { describe, expect, it } from 'vitest';
import { resolveAtasanChain, type ChainSeat } from './atasan.js';

const seat = (depth: number, definitif: string | null, acting: string | null = null, jenis: 'PLT' | 'PLH' | null = null): ChainSeat => ({
  depth,
  unitId: `u${depth}`,
  definitifPegawaiId: definitif,
  actingPegawaiId: acting,
  actingJenis: acting ? jenis ?? 'PLT' : null,
});

describe('who assesses whom (pure rule)', () => {
  it('a staff member is assessed by the head of their own unit, and that head by the next head up', () => {
    const r = resolveAtasanChain('staf', false, [seat(0, 'kasi'), seat(1, 'kabid'), seat(2, 'kadis')]);
    expect(r.pejabatPenilai).toEqual({ pegawaiId: 'kasi', sebagai: 'DEFINITIF', depth: 0 });
    expect(r.atasanPejabatPenilai).toEqual({ pegawaiId: 'kabid', sebagai: 'DEFINITIF', depth: 1 });
  });

  it('a unit head is assessed by the head of the parent unit', () => {
    const r = resolveAtasanChain('kasi', true, [seat(0, 'kasi'), seat(1, 'kabid'), seat(2, 'kadis')]);
    expect(r.pejabatPenilai?.pegawaiId).toBe('kabid');
    expect(r.atasanPejabatPenilai?.pegawaiId).toBe('kadis');
  });

  it('an acting official (Plt/Plh) takes the place of the definitive holder', () => {
    const r = resolveAtasanChain('staf', false, [seat(0, 'kasi', 'plh', 'PLH'), seat(1, null, 'plt')]);
    expect(r.pejabatPenilai).toEqual({ pegawaiId: 'plh', sebagai: 'PLH', depth: 0 });
    expect(r.atasanPejabatPenilai).toEqual({ pegawaiId: 'plt', sebagai: 'PLT', depth: 1 });
  });

  it('a vacant seat passes the role to the next head up', () => {
    const r = resolveAtasanChain('staf', false, [seat(0, null), seat(1, 'kabid'), seat(2, 'kadis')]);
    expect(r.pejabatPenilai?.pegawaiId).toBe('kabid');
    expect(r.atasanPejabatPenilai?.pegawaiId).toBe('kadis');
  });

  it('never names the pegawai themself, nor the same person twice', () => {
    // The kasi is also Plt of the bidang above: their own superior is the kadis.
    const r = resolveAtasanChain('kasi', true, [seat(0, 'kasi'), seat(1, null, 'kasi'), seat(2, 'kadis')]);
    expect(r.pejabatPenilai?.pegawaiId).toBe('kadis');
    const s = resolveAtasanChain('staf', false, [seat(0, 'kasi'), seat(1, null, 'kasi'), seat(2, 'kadis')]);
    expect(s.pejabatPenilai?.pegawaiId).toBe('kasi');
    expect(s.atasanPejabatPenilai?.pegawaiId).toBe('kadis');
  });

  it('runs out at the top: the region head (not an ASN record) is above', () => {
    const r = resolveAtasanChain('sekda', true, [seat(0, 'sekda')]);
    expect(r).toEqual({ pejabatPenilai: null, atasanPejabatPenilai: null });
  });

  it('does not depend on the order the seats arrive in', () => {
    const r = resolveAtasanChain('staf', false, [seat(2, 'kadis'), seat(0, 'kasi'), seat(1, 'kabid')]);
    expect([r.pejabatPenilai?.pegawaiId, r.atasanPejabatPenilai?.pegawaiId]).toEqual(['kasi', 'kabid']);
  });
});
