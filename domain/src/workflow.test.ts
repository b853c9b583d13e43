import { describe, expect, it } from 'vitest';
import { DomainError } from './common';
import {
  ACTOR_ROLES,
  ACTOR_ROLE_LABEL,
  EVALUASI_WORKFLOW,
  KEBERATAN_HASIL,
  KEBERATAN_HASIL_LABEL,
  KEBERATAN_WORKFLOW,
  EVALUASI_FINAL,
  SKP_BERLAKU,
  SKP_WORKFLOW,
  SKP_WORKFLOW_REVIU,
  allowedActions,
  isEvaluasiFinal,
  reachableStates,
  skpWorkflow,
  statesAllowing,
  targetState,
  defineWorkflow,
  isEditable,
  isFinalState,
  transition,
  type ActorRole,
  type Workflow,
} from './workflow';

/** Expected transitions written out independently of the implementation: [from, action, to, actors]. */
type Row = [string, string, string, ActorRole[]];

const SKP_BERSAMA: Row[] = [
  ['DRAFT', 'ajukan', 'DIAJUKAN', ['pegawai', 'pengelola_kinerja']],
  ['DRAFT', 'tetapkan', 'DISETUJUI', ['pengelola_kinerja']],
  ['DIAJUKAN', 'tarik', 'DRAFT', ['pegawai']],
  ['DIAJUKAN', 'tetapkan', 'DISETUJUI', ['pengelola_kinerja']],
  ['DITINJAU', 'tarik', 'DRAFT', ['pegawai']],
  ['DITINJAU', 'setujui', 'DISETUJUI', ['pejabat_penilai']],
  ['DITINJAU', 'kembalikan', 'DIKEMBALIKAN', ['pejabat_penilai']],
  ['DITINJAU', 'tetapkan', 'DISETUJUI', ['pengelola_kinerja']],
  ['DIKEMBALIKAN', 'ajukan', 'DIAJUKAN', ['pegawai', 'pengelola_kinerja']],
  ['DIKEMBALIKAN', 'tetapkan', 'DISETUJUI', ['pengelola_kinerja']],
  ['DISETUJUI', 'revisi', 'DALAM_REVISI', ['pegawai', 'pejabat_penilai', 'pengelola_kinerja']],
  ['DALAM_REVISI', 'batalkan_revisi', 'DISETUJUI', ['pegawai', 'pejabat_penilai', 'pengelola_kinerja']],
  ['DALAM_REVISI', 'gantikan', 'DIGANTIKAN', ['sistem']],
];
const SKP: Row[] = [
  ...SKP_BERSAMA,
  ['DIAJUKAN', 'setujui', 'DISETUJUI', ['pejabat_penilai']],
  ['DIAJUKAN', 'kembalikan', 'DIKEMBALIKAN', ['pejabat_penilai']],
];
/** With the pengelola kinerja's review: a submitted SKP cannot be approved before it is reviewed. */
const SKP_REVIU: Row[] = [
  ...SKP_BERSAMA,
  ['DIAJUKAN', 'tinjau', 'DITINJAU', ['pengelola_kinerja']],
  ['DIAJUKAN', 'kembalikan', 'DIKEMBALIKAN', ['pengelola_kinerja']],
];

const EVALUASI: Row[] = [
  ['DRAFT', 'nilai', 'DINILAI', ['pejabat_penilai']],
  ['DINILAI', 'nilai', 'DINILAI', ['pejabat_penilai']],
  ['DINILAI', 'finalisasi', 'FINAL', ['pejabat_penilai', 'pengelola_kinerja', 'admin_bkpsdm']],
  ['FINAL', 'ajukan_keberatan', 'KEBERATAN', ['pegawai']],
  ['KEBERATAN', 'putuskan', 'DIPUTUS', ['atasan_pejabat_penilai']],
];

const KEBERATAN: Row[] = [
  ['DIAJUKAN', 'minta_klarifikasi', 'KLARIFIKASI', ['atasan_pejabat_penilai']],
  ['DIAJUKAN', 'putuskan', 'DIPUTUS', ['atasan_pejabat_penilai']],
  ['KLARIFIKASI', 'putuskan', 'DIPUTUS', ['atasan_pejabat_penilai']],
];

function everyCombination(wf: Workflow<string, string>, rows: Row[]) {
  return wf.states.flatMap((state) =>
    wf.actions.flatMap((action) =>
      ACTOR_ROLES.map((actor) => {
        const row = rows.find(([from, a]) => from === state && a === action);
        return { state, action, actor, row };
      }),
    ),
  );
}

describe.each([
  ['SKP', SKP_WORKFLOW as Workflow<string, string>, SKP],
  ['SKP with the review', SKP_WORKFLOW_REVIU as Workflow<string, string>, SKP_REVIU],
  ['evaluasi', EVALUASI_WORKFLOW as Workflow<string, string>, EVALUASI],
  ['keberatan', KEBERATAN_WORKFLOW as Workflow<string, string>, KEBERATAN],
])('%s workflow: every state × action × actor', (_name, wf, rows) => {
  it('has exactly the expected transitions', () => {
    expect(wf.transitions.map((t) => [t.from, t.action, t.to, [...t.actors]])).toEqual(rows);
  });

  for (const { state, action, actor, row } of everyCombination(wf, rows)) {
    const expected = !row ? 'ILLEGAL_TRANSITION' : row[3].includes(actor) ? `→ ${row[2]}` : 'FORBIDDEN_ACTOR';
    it(`${state} —${action}(${actor})→ ${expected}`, () => {
      const r = transition(wf, state, action, actor);
      if (expected.startsWith('→')) {
        expect(r).toMatchObject({ ok: true, from: state, action, to: row?.[2] });
      } else {
        expect(r).toMatchObject({ ok: false, error: { code: expected, state, action } });
      }
    });
  }

  it('allowedActions lists exactly the actions an actor may fire', () => {
    for (const state of wf.states) {
      for (const actor of ACTOR_ROLES) {
        const expected = rows.filter(([from, , , actors]) => from === state && actors.includes(actor)).map(([, a]) => a);
        expect(allowedActions(wf, state, actor)).toEqual(expected);
      }
    }
  });
});

describe('messages name the state, the action and who may act', () => {
  it('illegal transition', () => {
    const r = transition(SKP_WORKFLOW, 'DRAFT', 'setujui', 'pejabat_penilai');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        state: 'DRAFT',
        action: 'setujui',
        message: 'Aksi "Setujui" tidak dapat dilakukan pada SKP berstatus "Draf"',
      },
    });
  });
  it('forbidden actor', () => {
    const r = transition(EVALUASI_WORKFLOW, 'KEBERATAN', 'putuskan', 'pejabat_penilai');
    expect(r.ok === false && r.error.message).toBe(
      'Aksi "Putuskan Keberatan" pada evaluasi kinerja berstatus "Keberatan" hanya dapat dilakukan oleh ' +
        'Atasan Pejabat Penilai Kinerja, bukan Pejabat Penilai Kinerja',
    );
  });
});

describe('SKP revision keeps the old version', () => {
  it('revisi moves the approved version to DALAM_REVISI and asks the caller to create a new version', () => {
    expect(transition(SKP_WORKFLOW, 'DISETUJUI', 'revisi', 'pegawai')).toEqual({
      ok: true,
      from: 'DISETUJUI',
      action: 'revisi',
      to: 'DALAM_REVISI',
      effect: 'BUAT_VERSI_BARU',
    });
    expect(transition(SKP_WORKFLOW, 'DALAM_REVISI', 'revisi', 'pegawai').ok).toBe(false);
  });
  it('ordinary transitions carry no effect', () => {
    expect(transition(SKP_WORKFLOW, 'DRAFT', 'ajukan', 'pegawai')).toEqual({ ok: true, from: 'DRAFT', action: 'ajukan', to: 'DIAJUKAN' });
  });
  it('content is editable in DRAFT and DIKEMBALIKAN only', () => {
    expect(SKP_WORKFLOW.states.filter((s) => isEditable(SKP_WORKFLOW, s))).toEqual(['DRAFT', 'DIKEMBALIKAN']);
    expect(SKP_WORKFLOW.initial).toBe('DRAFT');
  });
  it('skpWorkflow picks the variant of the pemda setting', () => {
    expect(skpWorkflow(false)).toBe(SKP_WORKFLOW);
    expect(skpWorkflow(true)).toBe(SKP_WORKFLOW_REVIU);
    expect(transition(skpWorkflow(true), 'DIAJUKAN', 'setujui', 'pejabat_penilai')).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    expect(transition(skpWorkflow(false), 'DITINJAU', 'setujui', 'pejabat_penilai')).toMatchObject({ ok: true, to: 'DISETUJUI' });
    expect(SKP_BERLAKU).toEqual(['DISETUJUI', 'DALAM_REVISI']);
  });
  it('DIGANTIKAN, DIPUTUS are final states', () => {
    expect(SKP_WORKFLOW.states.filter((s) => isFinalState(SKP_WORKFLOW, s))).toEqual(['DIGANTIKAN']);
    expect(EVALUASI_WORKFLOW.states.filter((s) => isFinalState(EVALUASI_WORKFLOW, s))).toEqual(['DIPUTUS']);
    expect(KEBERATAN_WORKFLOW.states.filter((s) => isFinalState(KEBERATAN_WORKFLOW, s))).toEqual(['DIPUTUS']);
  });
});

describe('derived lists (what SQL guards and CHECK constraints are generated from)', () => {
  it('statesAllowing lists the source states of an action, each once, in definition order', () => {
    expect(statesAllowing(EVALUASI_WORKFLOW, 'nilai')).toEqual(['DRAFT', 'DINILAI']);
    expect(statesAllowing(EVALUASI_WORKFLOW, 'putuskan')).toEqual(['KEBERATAN']);
    expect(statesAllowing(SKP_WORKFLOW, 'tetapkan')).toEqual(['DRAFT', 'DIAJUKAN', 'DITINJAU', 'DIKEMBALIKAN']);
    expect(statesAllowing(SKP_WORKFLOW, 'tinjau')).toEqual([]);
    expect(statesAllowing(KEBERATAN_WORKFLOW, 'putuskan')).toEqual(['DIAJUKAN', 'KLARIFIKASI']);
  });
  it('targetState names the one state an action leads to, or refuses', () => {
    expect(targetState(EVALUASI_WORKFLOW, 'finalisasi')).toBe('FINAL');
    expect(targetState(EVALUASI_WORKFLOW, 'nilai')).toBe('DINILAI');
    expect(() => targetState(SKP_WORKFLOW, 'kembalikan')).not.toThrow();
    expect(() => targetState(SKP_WORKFLOW, 'tarik')).not.toThrow();
    expect(() => targetState(SKP_WORKFLOW, 'revisi')).not.toThrow();
    expect(() => targetState(KEBERATAN_WORKFLOW, 'minta_klarifikasi')).not.toThrow();
    expect(() => targetState(SKP_WORKFLOW, 'batalkan_revisi')).not.toThrow();
    expect(() => targetState(SKP_WORKFLOW, 'tinjau')).toThrow('tidak menuju satu status (tidak ada)');
    const bercabang = defineWorkflow({
      name: 'uji',
      states: ['A', 'B', 'C'],
      actions: ['go'],
      initial: 'A',
      stateLabel: { A: 'A', B: 'B', C: 'C' },
      actionLabel: { go: 'Go' },
      transitions: [
        { from: 'A', action: 'go', to: 'B', actors: ['pegawai'] },
        { from: 'B', action: 'go', to: 'C', actors: ['pegawai'] },
      ],
      editableStates: [],
    });
    expect(() => targetState(bercabang, 'go')).toThrow(DomainError);
    expect(() => targetState(bercabang, 'go')).toThrow('(B, C)');
  });
  it('reachableStates follows every transition, cycles included', () => {
    expect(reachableStates(EVALUASI_WORKFLOW, 'FINAL')).toEqual(['FINAL', 'KEBERATAN', 'DIPUTUS']);
    expect(reachableStates(EVALUASI_WORKFLOW, 'DIPUTUS')).toEqual(['DIPUTUS']);
    expect(reachableStates(SKP_WORKFLOW, 'DISETUJUI')).toEqual(['DISETUJUI', 'DALAM_REVISI', 'DIGANTIKAN']);
  });
  it('a final evaluation is FINAL, KEBERATAN or DIPUTUS', () => {
    expect(EVALUASI_FINAL).toEqual(['FINAL', 'KEBERATAN', 'DIPUTUS']);
    expect(['DRAFT', 'DINILAI', 'FINAL', 'KEBERATAN', 'DIPUTUS', 'X'].map(isEvaluasiFinal)).toEqual([false, false, true, true, true, false]);
  });
});

describe('labels', () => {
  it('every state, action and actor has an Indonesian label', () => {
    for (const wf of [SKP_WORKFLOW, SKP_WORKFLOW_REVIU, EVALUASI_WORKFLOW, KEBERATAN_WORKFLOW] as Array<Workflow<string, string>>) {
      for (const s of wf.states) expect(wf.stateLabel[s]).toBeTruthy();
      for (const a of wf.actions) expect(wf.actionLabel[a]).toBeTruthy();
    }
    for (const r of ACTOR_ROLES) expect(ACTOR_ROLE_LABEL[r]).toBeTruthy();
    expect(KEBERATAN_HASIL.map((h) => KEBERATAN_HASIL_LABEL[h])).toEqual(['Hasil penilaian dipertahankan', 'Hasil penilaian diubah']);
  });
});

describe('defineWorkflow refuses inconsistent definitions', () => {
  const base = {
    name: 'uji',
    states: ['A', 'B'] as const,
    actions: ['go'] as const,
    initial: 'A' as const,
    stateLabel: { A: 'A', B: 'B' },
    actionLabel: { go: 'Go' },
    transitions: [{ from: 'A' as const, action: 'go' as const, to: 'B' as const, actors: ['pegawai'] as ActorRole[] }],
    editableStates: ['A'] as const,
  };
  it('accepts a consistent one and freezes it', () => {
    const wf = defineWorkflow(base);
    expect(Object.isFrozen(wf)).toBe(true);
    expect(Object.isFrozen(wf.transitions[0])).toBe(true);
  });
  it.each([
    ['an unknown initial state', { ...base, initial: 'X' }, 'status awal X tidak dikenal'],
    ['an unknown target state', { ...base, transitions: [{ ...base.transitions[0], to: 'X' }] }, 'memakai status yang tidak dikenal'],
    ['an unknown source state', { ...base, transitions: [{ ...base.transitions[0], from: 'X' }] }, 'memakai status yang tidak dikenal'],
    ['an unknown action', { ...base, transitions: [{ ...base.transitions[0], action: 'stop' }] }, 'aksi stop tidak dikenal'],
    ['no actor', { ...base, transitions: [{ ...base.transitions[0], actors: [] }] }, 'tidak memiliki pelaku'],
    ['a duplicate', { ...base, transitions: [base.transitions[0], base.transitions[0]] }, 'didefinisikan dua kali'],
    ['an unknown editable state', { ...base, editableStates: ['X'] }, 'status X yang dapat diubah tidak dikenal'],
  ])('%s', (_why, def, message) => {
    expect(() => defineWorkflow(def as typeof base)).toThrow(DomainError);
    expect(() => defineWorkflow(def as typeof base)).toThrow(message);
  });
});
