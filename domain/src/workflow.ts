/**
 * Small typed state machines for the documents of the cycle
 * (PermenPANRB 6/2022; PP 30/2019). A workflow is data: states, actions and
 * transitions, each transition naming the actor roles that may fire it.
 * Checks that depend on time or content (the keberatan window, the kurva,
 * required notes) are the caller's, using the other helpers of this package.
 */
import { DomainError } from './common';

export const ACTOR_ROLES = [
  'pegawai',
  'pejabat_penilai',
  'atasan_pejabat_penilai',
  'pengelola_kinerja',
  'admin_bkpsdm',
  'sistem',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTOR_ROLE_LABEL: Readonly<Record<ActorRole, string>> = {
  pegawai: 'Pegawai',
  pejabat_penilai: 'Pejabat Penilai Kinerja',
  atasan_pejabat_penilai: 'Atasan Pejabat Penilai Kinerja',
  pengelola_kinerja: 'Pengelola Kinerja',
  admin_bkpsdm: 'Admin BKPSDM',
  sistem: 'Sistem',
};

/** Something the caller must do besides storing the new state. */
export type TransitionEffect = 'BUAT_VERSI_BARU';

export interface TransitionDef<S extends string, A extends string> {
  from: S;
  action: A;
  to: S;
  actors: readonly ActorRole[];
  effect?: TransitionEffect;
}

export interface WorkflowDefinition<S extends string, A extends string> {
  name: string;
  states: readonly S[];
  actions: readonly A[];
  initial: S;
  stateLabel: Readonly<Record<S, string>>;
  actionLabel: Readonly<Record<A, string>>;
  transitions: readonly TransitionDef<S, A>[];
  /** States in which the document's content may be edited. */
  editableStates: readonly S[];
}

export type Workflow<S extends string, A extends string> = Readonly<WorkflowDefinition<S, A>>;

export type TransitionErrorCode = 'ILLEGAL_TRANSITION' | 'FORBIDDEN_ACTOR';

export type TransitionResult<S extends string, A extends string> =
  | { ok: true; from: S; action: A; to: S; effect?: TransitionEffect }
  | { ok: false; error: { code: TransitionErrorCode; state: S; action: A; message: string } };

/**
 * Checks a definition (known states, at most one transition per state and
 * action, at least one actor each) and returns it frozen.
 * Throws `DomainError('INVALID_WORKFLOW')` when the definition is inconsistent.
 */
export function defineWorkflow<const S extends string, const A extends string>(
  def: WorkflowDefinition<S, A>,
): Workflow<S, A> {
  const fail = (why: string): never => {
    throw new DomainError('INVALID_WORKFLOW', `Alur ${def.name} tidak valid: ${why}`);
  };
  if (!def.states.includes(def.initial)) fail(`status awal ${def.initial} tidak dikenal`);
  const seen = new Set<string>();
  for (const t of def.transitions) {
    if (!def.states.includes(t.from) || !def.states.includes(t.to)) fail(`transisi ${t.from} → ${t.to} memakai status yang tidak dikenal`);
    if (!def.actions.includes(t.action)) fail(`aksi ${t.action} tidak dikenal`);
    if (t.actors.length === 0) fail(`aksi ${t.action} dari ${t.from} tidak memiliki pelaku`);
    const key = `${t.from}\u0000${t.action}`;
    if (seen.has(key)) fail(`aksi ${t.action} dari ${t.from} didefinisikan dua kali`);
    seen.add(key);
  }
  for (const s of def.editableStates) {
    if (!def.states.includes(s)) fail(`status ${s} yang dapat diubah tidak dikenal`);
  }
  return Object.freeze({ ...def, transitions: Object.freeze(def.transitions.map((t) => Object.freeze({ ...t }))) });
}

function daftarPelaku(actors: readonly ActorRole[]): string {
  return actors.map((a) => ACTOR_ROLE_LABEL[a]).join(', ');
}

/** Fires `action` on a document in `state` as `actor`. Pure: returns the new state or an Indonesian error. */
export function transition<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  state: S,
  action: A,
  actor: ActorRole,
): TransitionResult<S, A> {
  const t = workflow.transitions.find((x) => x.from === state && x.action === action);
  const stateLabel = workflow.stateLabel[state];
  const actionLabel = workflow.actionLabel[action];
  if (!t) {
    return {
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        state,
        action,
        message: `Aksi "${actionLabel}" tidak dapat dilakukan pada ${workflow.name} berstatus "${stateLabel}"`,
      },
    };
  }
  if (!t.actors.includes(actor)) {
    return {
      ok: false,
      error: {
        code: 'FORBIDDEN_ACTOR',
        state,
        action,
        message:
          `Aksi "${actionLabel}" pada ${workflow.name} berstatus "${stateLabel}" hanya dapat dilakukan oleh ` +
          `${daftarPelaku(t.actors)}, bukan ${ACTOR_ROLE_LABEL[actor]}`,
      },
    };
  }
  return t.effect ? { ok: true, from: state, action, to: t.to, effect: t.effect } : { ok: true, from: state, action, to: t.to };
}

/** Actions `actor` may fire on a document in `state`, in definition order. */
export function allowedActions<S extends string, A extends string>(workflow: Workflow<S, A>, state: S, actor: ActorRole): A[] {
  return workflow.transitions.filter((t) => t.from === state && t.actors.includes(actor)).map((t) => t.action);
}

export function isEditable<S extends string, A extends string>(workflow: Workflow<S, A>, state: S): boolean {
  return workflow.editableStates.includes(state);
}

/** States with no outgoing transition. */
export function isFinalState<S extends string, A extends string>(workflow: Workflow<S, A>, state: S): boolean {
  return !workflow.transitions.some((t) => t.from === state);
}

/**
 * The states from which `action` may be fired (by anyone), in definition order: what a database
 * status guard (`WHERE status IN …`) checks, taken from the workflow rather than restated.
 */
export function statesAllowing<S extends string, A extends string>(workflow: Workflow<S, A>, action: A): S[] {
  const out: S[] = [];
  for (const t of workflow.transitions) if (t.action === action && !out.includes(t.from)) out.push(t.from);
  return out;
}

/**
 * The one state `action` leads to, for a caller that moves many documents at once (a bulk UPDATE).
 * Throws `DomainError('INVALID_WORKFLOW')` when the action leads to different states.
 */
export function targetState<S extends string, A extends string>(workflow: Workflow<S, A>, action: A): S {
  const targets = [...new Set(workflow.transitions.filter((t) => t.action === action).map((t) => t.to))];
  if (targets.length !== 1) {
    throw new DomainError('INVALID_WORKFLOW', `Aksi ${action} pada alur ${workflow.name} tidak menuju satu status (${targets.join(', ') || 'tidak ada'})`);
  }
  return targets[0] as S;
}

/** `state` and every state reachable from it, in the order of `workflow.states`. */
export function reachableStates<S extends string, A extends string>(workflow: Workflow<S, A>, state: S): S[] {
  const seen = new Set<S>([state]);
  const todo: S[] = [state];
  while (todo.length) {
    const cur = todo.pop() as S;
    for (const t of workflow.transitions) {
      if (t.from === cur && !seen.has(t.to)) {
        seen.add(t.to);
        todo.push(t.to);
      }
    }
  }
  return workflow.states.filter((s) => seen.has(s));
}

// ---------------------------------------------------------------------------
// SKP
// ---------------------------------------------------------------------------

/**
 * SKP workflow. Decisions:
 * - The content is editable in DRAFT and DIKEMBALIKAN: a returned SKP is fixed
 *   in place (the superior's notes stay visible) and submitted again with
 *   `ajukan`; there is no separate "ubah" action.
 * - `tarik`: the pegawai may withdraw a submitted SKP back to DRAFT.
 * - `tetapkan`: the pengelola kinerja may set the SKP when the parties have
 *   missed the deadline (time check: `pengelolaBolehMenetapkanSkp`).
 * - Revision keeps the old version: `revisi` on an approved version moves it to
 *   DALAM_REVISI (still the SKP in force) and returns the effect
 *   BUAT_VERSI_BARU — the caller creates a new version (copy) in DRAFT that
 *   follows this same workflow. When the new version is approved the caller
 *   fires `gantikan` (actor `sistem`) on the old one → DIGANTIKAN (kept for
 *   history); if the revision is abandoned, `batalkan_revisi` returns the old
 *   version to DISETUJUI. Only one revision can be open at a time.
 */
export const SKP_STATES = ['DRAFT', 'DIAJUKAN', 'DITINJAU', 'DIKEMBALIKAN', 'DISETUJUI', 'DALAM_REVISI', 'DIGANTIKAN'] as const;
export type SkpState = (typeof SKP_STATES)[number];
export const SKP_ACTIONS = ['ajukan', 'tarik', 'tinjau', 'setujui', 'kembalikan', 'tetapkan', 'revisi', 'batalkan_revisi', 'gantikan'] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

/** The SKP states in which the SKP is in force (progress is recorded and rated against it). */
export const SKP_BERLAKU = ['DISETUJUI', 'DALAM_REVISI'] as const satisfies readonly SkpState[];

const PEMOHON_REVISI: readonly ActorRole[] = ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'];

const SKP_LABELS = {
  stateLabel: {
    DRAFT: 'Draf',
    DIAJUKAN: 'Diajukan',
    DITINJAU: 'Ditinjau Pengelola Kinerja',
    DIKEMBALIKAN: 'Dikembalikan',
    DISETUJUI: 'Disetujui',
    DALAM_REVISI: 'Dalam Revisi',
    DIGANTIKAN: 'Digantikan Versi Baru',
  },
  actionLabel: {
    ajukan: 'Ajukan',
    tarik: 'Tarik Kembali',
    tinjau: 'Tandai Sudah Ditinjau',
    setujui: 'Setujui',
    kembalikan: 'Kembalikan',
    tetapkan: 'Tetapkan oleh Pengelola Kinerja',
    revisi: 'Revisi',
    batalkan_revisi: 'Batalkan Revisi',
    gantikan: 'Gantikan dengan Versi Baru',
  },
} as const;

/** Transitions of both variants (with and without the pengelola kinerja's review). */
const SKP_TRANSITIONS_BERSAMA: ReadonlyArray<TransitionDef<SkpState, SkpAction>> = [
  { from: 'DRAFT', action: 'ajukan', to: 'DIAJUKAN', actors: ['pegawai', 'pengelola_kinerja'] },
  { from: 'DRAFT', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
  { from: 'DIAJUKAN', action: 'tarik', to: 'DRAFT', actors: ['pegawai'] },
  { from: 'DIAJUKAN', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
  { from: 'DITINJAU', action: 'tarik', to: 'DRAFT', actors: ['pegawai'] },
  { from: 'DITINJAU', action: 'setujui', to: 'DISETUJUI', actors: ['pejabat_penilai'] },
  { from: 'DITINJAU', action: 'kembalikan', to: 'DIKEMBALIKAN', actors: ['pejabat_penilai'] },
  { from: 'DITINJAU', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
  { from: 'DIKEMBALIKAN', action: 'ajukan', to: 'DIAJUKAN', actors: ['pegawai', 'pengelola_kinerja'] },
  { from: 'DIKEMBALIKAN', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
  { from: 'DISETUJUI', action: 'revisi', to: 'DALAM_REVISI', actors: PEMOHON_REVISI, effect: 'BUAT_VERSI_BARU' },
  { from: 'DALAM_REVISI', action: 'batalkan_revisi', to: 'DISETUJUI', actors: PEMOHON_REVISI },
  { from: 'DALAM_REVISI', action: 'gantikan', to: 'DIGANTIKAN', actors: ['sistem'] },
];

/**
 * Without the review: the pejabat penilai approves or returns a submitted SKP. (An SKP left in
 * DITINJAU when a pemda switches the review off is approved from there as usual.)
 */
export const SKP_WORKFLOW = defineWorkflow<SkpState, SkpAction>({
  name: 'SKP',
  states: SKP_STATES,
  actions: SKP_ACTIONS,
  initial: 'DRAFT',
  ...SKP_LABELS,
  transitions: [
    ...SKP_TRANSITIONS_BERSAMA,
    { from: 'DIAJUKAN', action: 'setujui', to: 'DISETUJUI', actors: ['pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'kembalikan', to: 'DIKEMBALIKAN', actors: ['pejabat_penilai'] },
  ],
  editableStates: ['DRAFT', 'DIKEMBALIKAN'],
});

/**
 * With the review (PermenPANRB 6/2022: the pengelola kinerja reviews the SKP before it is agreed,
 * a pemda setting `reviuPengelola`): a submitted SKP goes to the pengelola kinerja, who marks it
 * reviewed (`tinjau` → DITINJAU) or returns it with notes; only then the pejabat penilai approves.
 */
export const SKP_WORKFLOW_REVIU = defineWorkflow<SkpState, SkpAction>({
  name: 'SKP',
  states: SKP_STATES,
  actions: SKP_ACTIONS,
  initial: 'DRAFT',
  ...SKP_LABELS,
  transitions: [
    ...SKP_TRANSITIONS_BERSAMA,
    { from: 'DIAJUKAN', action: 'tinjau', to: 'DITINJAU', actors: ['pengelola_kinerja'] },
    { from: 'DIAJUKAN', action: 'kembalikan', to: 'DIKEMBALIKAN', actors: ['pengelola_kinerja'] },
  ],
  editableStates: ['DRAFT', 'DIKEMBALIKAN'],
});

/** The SKP workflow of a pemda, with or without the pengelola kinerja's review. */
export const skpWorkflow = (reviuPengelola: boolean): Workflow<SkpState, SkpAction> => (reviuPengelola ? SKP_WORKFLOW_REVIU : SKP_WORKFLOW);

// ---------------------------------------------------------------------------
// Evaluasi kinerja (periodic or annual)
// ---------------------------------------------------------------------------

/**
 * Evaluasi workflow. The pejabat penilai rates (and may rate again) until the unit is finalised;
 * `finalisasi` must be refused by the caller while the unit's kurva is broken (unless an audited
 * override is used); `ajukan_keberatan` only while `isKeberatanOpen` (counted from delivery);
 * `putuskan` only on a result under keberatan, so a decision never lands on a plain FINAL result.
 */
export const EVALUASI_STATES = ['DRAFT', 'DINILAI', 'FINAL', 'KEBERATAN', 'DIPUTUS'] as const;
export type EvaluasiState = (typeof EVALUASI_STATES)[number];
export const EVALUASI_ACTIONS = ['nilai', 'finalisasi', 'ajukan_keberatan', 'putuskan'] as const;
export type EvaluasiAction = (typeof EVALUASI_ACTIONS)[number];

export const EVALUASI_WORKFLOW = defineWorkflow<EvaluasiState, EvaluasiAction>({
  name: 'evaluasi kinerja',
  states: EVALUASI_STATES,
  actions: EVALUASI_ACTIONS,
  initial: 'DRAFT',
  stateLabel: {
    DRAFT: 'Draf',
    DINILAI: 'Dinilai',
    FINAL: 'Final',
    KEBERATAN: 'Keberatan',
    DIPUTUS: 'Keberatan Diputus',
  },
  actionLabel: {
    nilai: 'Nilai',
    finalisasi: 'Finalisasi',
    ajukan_keberatan: 'Ajukan Keberatan',
    putuskan: 'Putuskan Keberatan',
  },
  transitions: [
    { from: 'DRAFT', action: 'nilai', to: 'DINILAI', actors: ['pejabat_penilai'] },
    { from: 'DINILAI', action: 'nilai', to: 'DINILAI', actors: ['pejabat_penilai'] },
    { from: 'DINILAI', action: 'finalisasi', to: 'FINAL', actors: ['pejabat_penilai', 'pengelola_kinerja', 'admin_bkpsdm'] },
    { from: 'FINAL', action: 'ajukan_keberatan', to: 'KEBERATAN', actors: ['pegawai'] },
    { from: 'KEBERATAN', action: 'putuskan', to: 'DIPUTUS', actors: ['atasan_pejabat_penilai'] },
  ],
  editableStates: ['DRAFT', 'DINILAI'],
});

/** The states of a final result: FINAL and everything after it (keberatan, decided). */
export const EVALUASI_FINAL: readonly EvaluasiState[] = reachableStates(EVALUASI_WORKFLOW, 'FINAL');
export const isEvaluasiFinal = (status: string): boolean => (EVALUASI_FINAL as readonly string[]).includes(status);

// ---------------------------------------------------------------------------
// Keberatan
// ---------------------------------------------------------------------------

/**
 * Keberatan workflow (PP 30/2019): the atasan pejabat penilai may ask both
 * sides for explanations, then decides; the decision is final. Whether the
 * objection was filed in time is checked by the caller with `isKeberatanOpen`.
 */
export const KEBERATAN_STATES = ['DIAJUKAN', 'KLARIFIKASI', 'DIPUTUS'] as const;
export type KeberatanState = (typeof KEBERATAN_STATES)[number];
export const KEBERATAN_ACTIONS = ['minta_klarifikasi', 'putuskan'] as const;
export type KeberatanAction = (typeof KEBERATAN_ACTIONS)[number];

export const KEBERATAN_HASIL = ['DIPERTAHANKAN', 'DIUBAH'] as const;
export type KeberatanHasil = (typeof KEBERATAN_HASIL)[number];
export const KEBERATAN_HASIL_LABEL: Readonly<Record<KeberatanHasil, string>> = {
  DIPERTAHANKAN: 'Hasil penilaian dipertahankan',
  DIUBAH: 'Hasil penilaian diubah',
};

export const KEBERATAN_WORKFLOW = defineWorkflow<KeberatanState, KeberatanAction>({
  name: 'keberatan',
  states: KEBERATAN_STATES,
  actions: KEBERATAN_ACTIONS,
  initial: 'DIAJUKAN',
  stateLabel: { DIAJUKAN: 'Diajukan', KLARIFIKASI: 'Klarifikasi', DIPUTUS: 'Diputus' },
  actionLabel: { minta_klarifikasi: 'Minta Klarifikasi', putuskan: 'Putuskan' },
  transitions: [
    { from: 'DIAJUKAN', action: 'minta_klarifikasi', to: 'KLARIFIKASI', actors: ['atasan_pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'putuskan', to: 'DIPUTUS', actors: ['atasan_pejabat_penilai'] },
    { from: 'KLARIFIKASI', action: 'putuskan', to: 'DIPUTUS', actors: ['atasan_pejabat_penilai'] },
  ],
  editableStates: ['DIAJUKAN', 'KLARIFIKASI'],
});
