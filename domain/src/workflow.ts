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
export const SKP_STATES = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DALAM_REVISI', 'DIGANTIKAN'] as const;
export type SkpState = (typeof SKP_STATES)[number];
export const SKP_ACTIONS = ['ajukan', 'tarik', 'setujui', 'kembalikan', 'tetapkan', 'revisi', 'batalkan_revisi', 'gantikan'] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

const PEMOHON_REVISI: readonly ActorRole[] = ['pegawai', 'pejabat_penilai', 'pengelola_kinerja'];

export const SKP_WORKFLOW = defineWorkflow<SkpState, SkpAction>({
  name: 'SKP',
  states: SKP_STATES,
  actions: SKP_ACTIONS,
  initial: 'DRAFT',
  stateLabel: {
    DRAFT: 'Draf',
    DIAJUKAN: 'Diajukan',
    DIKEMBALIKAN: 'Dikembalikan',
    DISETUJUI: 'Disetujui',
    DALAM_REVISI: 'Dalam Revisi',
    DIGANTIKAN: 'Digantikan Versi Baru',
  },
  actionLabel: {
    ajukan: 'Ajukan',
    tarik: 'Tarik Kembali',
    setujui: 'Setujui',
    kembalikan: 'Kembalikan',
    tetapkan: 'Tetapkan oleh Pengelola Kinerja',
    revisi: 'Revisi',
    batalkan_revisi: 'Batalkan Revisi',
    gantikan: 'Gantikan dengan Versi Baru',
  },
  transitions: [
    { from: 'DRAFT', action: 'ajukan', to: 'DIAJUKAN', actors: ['pegawai', 'pengelola_kinerja'] },
    { from: 'DRAFT', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
    { from: 'DIAJUKAN', action: 'tarik', to: 'DRAFT', actors: ['pegawai'] },
    { from: 'DIAJUKAN', action: 'setujui', to: 'DISETUJUI', actors: ['pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'kembalikan', to: 'DIKEMBALIKAN', actors: ['pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
    { from: 'DIKEMBALIKAN', action: 'ajukan', to: 'DIAJUKAN', actors: ['pegawai', 'pengelola_kinerja'] },
    { from: 'DIKEMBALIKAN', action: 'tetapkan', to: 'DISETUJUI', actors: ['pengelola_kinerja'] },
    { from: 'DISETUJUI', action: 'revisi', to: 'DALAM_REVISI', actors: PEMOHON_REVISI, effect: 'BUAT_VERSI_BARU' },
    { from: 'DALAM_REVISI', action: 'batalkan_revisi', to: 'DISETUJUI', actors: PEMOHON_REVISI },
    { from: 'DALAM_REVISI', action: 'gantikan', to: 'DIGANTIKAN', actors: ['sistem'] },
  ],
  editableStates: ['DRAFT', 'DIKEMBALIKAN'],
});

// ---------------------------------------------------------------------------
// Evaluasi kinerja (periodic or annual)
// ---------------------------------------------------------------------------

/**
 * Evaluasi workflow. `finalisasi` must be refused by the caller while the
 * unit's kurva is broken (unless an audited override is used);
 * `ajukan_keberatan` only while `isKeberatanOpen`.
 */
export const EVALUASI_STATES = ['DRAFT', 'DINILAI', 'FINAL', 'KEBERATAN', 'DIPUTUS'] as const;
export type EvaluasiState = (typeof EVALUASI_STATES)[number];
export const EVALUASI_ACTIONS = ['nilai', 'ubah', 'finalisasi', 'ajukan_keberatan', 'putuskan'] as const;
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
    ubah: 'Ubah Penilaian',
    finalisasi: 'Finalisasi',
    ajukan_keberatan: 'Ajukan Keberatan',
    putuskan: 'Putuskan Keberatan',
  },
  transitions: [
    { from: 'DRAFT', action: 'nilai', to: 'DINILAI', actors: ['pejabat_penilai'] },
    { from: 'DINILAI', action: 'ubah', to: 'DRAFT', actors: ['pejabat_penilai'] },
    { from: 'DINILAI', action: 'finalisasi', to: 'FINAL', actors: ['pejabat_penilai', 'pengelola_kinerja'] },
    { from: 'FINAL', action: 'ajukan_keberatan', to: 'KEBERATAN', actors: ['pegawai'] },
    { from: 'KEBERATAN', action: 'putuskan', to: 'DIPUTUS', actors: ['atasan_pejabat_penilai'] },
  ],
  editableStates: ['DRAFT'],
});

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
