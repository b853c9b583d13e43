import type { RealisasiBeranda, RhkRealisasi } from '../api/realisasi';

/**
 * What a progress entry is recorded against: an RHK alone, one of its rencana aksi, or one of
 * its indicators. Encoded as one select value: `rhk:<id>`, `ra:<id>`, `ind:<id>`.
 */
export interface Target {
  rhkId: string;
  rencanaAksiId: string | null;
  indikatorId: string | null;
}

/** The select value of a target (an entry's ids: the two optional ones may be absent). */
export function targetValue(t: Pick<Target, 'rhkId'> & Partial<Pick<Target, 'rencanaAksiId' | 'indikatorId'>>): string {
  if (t.rencanaAksiId) return `ra:${t.rencanaAksiId}`;
  if (t.indikatorId) return `ind:${t.indikatorId}`;
  return `rhk:${t.rhkId}`;
}

export function parseTarget(value: string, rhk: readonly RhkRealisasi[]): Target | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  for (const r of rhk) {
    if (kind === 'rhk' && r.id === id) return { rhkId: r.id, rencanaAksiId: null, indikatorId: null };
    if (kind === 'ra') {
      const ra = r.rencanaAksi.find((x) => x.id === id);
      if (ra) return { rhkId: r.id, rencanaAksiId: ra.id, indikatorId: ra.indikatorId };
    }
    if (kind === 'ind' && r.indikator.some((x) => x.id === id)) return { rhkId: r.id, rencanaAksiId: null, indikatorId: id };
  }
  return null;
}

export interface TargetLabels {
  rhkSaja: string;
  rencanaAksi: (uraian: string) => string;
  indikator: (uraian: string) => string;
}

export interface OptionGroup {
  group: string;
  items: Array<{ value: string; label: string }>;
}

/**
 * The choices for a date: per RHK, the RHK itself, the rencana aksi of the period containing
 * `tanggal` (plus the current choice, whatever its period) and the indicators.
 */
export function pilihanTarget(data: RealisasiBeranda, tanggal: string, labels: TargetLabels, opts: { rhkId?: string; current?: string } = {}): OptionGroup[] {
  return data.rhk
    .filter((r) => !opts.rhkId || r.id === opts.rhkId)
    .map((r) => ({
      group: r.uraian,
      items: [
        { value: `rhk:${r.id}`, label: labels.rhkSaja },
        ...r.rencanaAksi
          .filter((ra) => (ra.periodeMulai <= tanggal && tanggal <= ra.periodeSelesai) || opts.current === `ra:${ra.id}`)
          .map((ra) => ({ value: `ra:${ra.id}`, label: labels.rencanaAksi(ra.uraian) })),
        ...r.indikator.map((i) => ({ value: `ind:${i.id}`, label: labels.indikator(i.uraian) })),
      ],
    }));
}

/** The unit to show next to "jumlah" for a choice (the rencana aksi's, else the indicator's). */
export function satuanTarget(t: Target | null, rhk: readonly RhkRealisasi[]): string | null {
  if (!t) return null;
  const r = rhk.find((x) => x.id === t.rhkId);
  if (!r) return null;
  const ra = t.rencanaAksiId ? r.rencanaAksi.find((x) => x.id === t.rencanaAksiId) : undefined;
  if (ra?.satuan) return ra.satuan;
  const ind = t.indikatorId ? r.indikator.find((x) => x.id === t.indikatorId) : undefined;
  return ind?.targetSatuan ?? null;
}

/** "RHK — rencana aksi/indikator" for the waiting list. */
export function judulTarget(t: Target, rhk: readonly RhkRealisasi[]): string {
  const r = rhk.find((x) => x.id === t.rhkId);
  if (!r) return '';
  const ra = t.rencanaAksiId ? r.rencanaAksi.find((x) => x.id === t.rencanaAksiId) : undefined;
  const ind = t.indikatorId ? r.indikator.find((x) => x.id === t.indikatorId) : undefined;
  return [r.uraian, ra?.uraian ?? ind?.uraian].filter(Boolean).join(' — ');
}

const LAST_KEY = 'capaian.realisasi.target';

export function targetTerakhir(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

export function ingatTarget(value: string): void {
  try {
    localStorage.setItem(LAST_KEY, value);
  } catch {
    // private mode
  }
}

/** The default choice: the last one used if still offered, else the first rencana aksi of the period, else the first RHK. */
export function targetAwal(groups: readonly OptionGroup[]): string | null {
  const all = groups.flatMap((g) => g.items.map((i) => i.value));
  const last = targetTerakhir();
  if (last && all.includes(last)) return last;
  return all.find((v) => v.startsWith('ra:')) ?? all[0] ?? null;
}
