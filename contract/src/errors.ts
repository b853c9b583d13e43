/**
 * The catalogue of error ids. Every non-2xx answer of the API is `{ error, message, fields?,
 * details? }`: `error` is one of these ids (stable, for clients to switch on), `message` is
 * Indonesian for people, `fields` names each bad field. One id per meaning: a stale row version is
 * `version_conflict` everywhere, a refused import `impor_ditolak` everywhere. The HTTP status
 * belongs to the id, so the server cannot answer one id with two statuses.
 */
import { z } from 'zod';

interface ErrorDef {
  status: number;
  /** What it means, in English, for developers (the message people read is per answer). */
  meaning: string;
}

export const ERROR_IDS = {
  // 400
  validation_failed: { status: 400, meaning: 'A body, query or path parameter is invalid; fields name each one.' },
  bad_request: { status: 400, meaning: 'The request could not be read (malformed JSON, wrong content type).' },
  empty_file: { status: 400, meaning: 'The uploaded file holds no data rows.' },
  unreadable_file: { status: 400, meaning: 'The uploaded file is not a readable XLSX or CSV.' },
  impor_ditolak: { status: 400, meaning: 'An import was refused whole; details.problems lists every bad row.' },
  tantangan_kedaluwarsa: { status: 400, meaning: 'The public form was open too long; reload it.' },
  tantangan_tidak_valid: { status: 400, meaning: 'The public form challenge is missing or forged; reload it.' },
  // 401, 403, 404
  unauthenticated: { status: 401, meaning: 'No valid session.' },
  invalid_credentials: { status: 401, meaning: 'Wrong NIP or password.' },
  forbidden: { status: 403, meaning: 'The caller may not do this to a record they may see.' },
  account_disabled: { status: 403, meaning: 'The account is deactivated.' },
  wajib_ganti_password: { status: 403, meaning: 'The session was opened with a temporary password: only changing it (and me, logout) is allowed.' },
  asal_ditolak: { status: 403, meaning: 'A write from another site, or without the X-Capaian header every Capaian client sends (cross-site request forgery).' },
  not_found: { status: 404, meaning: 'No such record for this caller (another pemda\'s records are not found either).' },
  // 409: the record's state does not allow it
  version_conflict: { status: 409, meaning: 'The row version sent is stale: someone else changed the record.' },
  illegal_transition: { status: 409, meaning: 'The workflow does not allow this action in the current state.' },
  evaluasi_status: { status: 409, meaning: 'The evaluation is not in a state for this action.' },
  kasus_status: { status: 409, meaning: 'The pembinaan case is not in a state for this action.' },
  ronde_diputuskan: { status: 409, meaning: 'The award round is decided (its candidates are fixed), or not decided yet for a piagam.' },
  calon_sudah_ada: { status: 409, meaning: 'The pegawai is already a candidate for this kind of award in this round.' },
  skema_tpp_belum_ada: { status: 409, meaning: 'The pemda has not saved its TPP scheme yet: no run can be calculated.' },
  evaluasi_final: { status: 409, meaning: 'The evaluation is final; only a keberatan decision changes it.' },
  belum_final: { status: 409, meaning: 'The result is not final yet.' },
  belum_dinilai: { status: 409, meaning: 'Some pegawai of the unit are not rated yet; details list them.' },
  kurva_dilanggar: { status: 409, meaning: 'The unit\'s distribution curve is broken; details.pelanggaran lists the rules.' },
  unit_sudah_final: { status: 409, meaning: 'The unit\'s results of the period are already final.' },
  tidak_ada_evaluasi: { status: 409, meaning: 'The unit has no evaluation in the period.' },
  capaian_organisasi_belum_ditetapkan: { status: 409, meaning: 'The unit\'s result (capaian kinerja organisasi) is not set yet.' },
  periode_ditutup: { status: 409, meaning: 'The assessment period is closed.' },
  periode_exists: { status: 409, meaning: 'That assessment period is already open.' },
  periode_sudah_dinilai: { status: 409, meaning: 'Progress dated in a period the pegawai was already rated in is locked.' },
  periode_kinerja_dipakai: { status: 409, meaning: 'The periode kinerja cannot change while rencana aksi of the year use it.' },
  bukan_periode_tahunan: { status: 409, meaning: 'The document exists only for an annual assessment.' },
  skp_exists: { status: 409, meaning: 'The pegawai already has an SKP for that year.' },
  skp_belum_disetujui: { status: 409, meaning: 'The SKP is not approved yet.' },
  keberatan_sudah_ada: { status: 409, meaning: 'A keberatan was already filed against this result.' },
  keberatan_lewat_waktu: { status: 409, meaning: 'The keberatan window has closed; details give the deadline.' },
  keberatan_diputus: { status: 409, meaning: 'The keberatan is decided; the decision is final.' },
  klarifikasi_belum_diminta: { status: 409, meaning: 'The atasan has not asked this side for an explanation.' },
  lampiran_penuh: { status: 409, meaning: 'The keberatan has the maximum number of attachments.' },
  status_bimbingan: { status: 409, meaning: 'The coaching session is not in a state for this action.' },
  status_tidak_sesuai: { status: 409, meaning: 'The 360 nomination is not in a state for this action.' },
  sudah_menjawab: { status: 409, meaning: 'The 360 questionnaire was already answered.' },
  id_dipakai: { status: 409, meaning: 'A client-made id is already used for other data.' },
  rencana_aksi_dipakai: { status: 409, meaning: 'The rencana aksi has progress entries.' },
  siasn_belum_valid: { status: 409, meaning: 'Some results cannot be exported yet; details.masalah lists them (or export partially).' },
  siasn_kosong: { status: 409, meaning: 'Nothing is ready to export to SIASN.' },
  plt_overlap: { status: 409, meaning: 'An acting assignment overlaps another for the same seat.' },
  unit_in_use: { status: 409, meaning: 'The unit still has sub-units, jabatan or pegawai.' },
  jabatan_in_use: { status: 409, meaning: 'The jabatan is still held.' },
  sasaran_in_use: { status: 409, meaning: 'The Perjanjian Kinerja goal is referenced by RHK.' },
  account_exists: { status: 409, meaning: 'The pegawai already has an account.' },
  cannot_delete_self: { status: 409, meaning: 'A user cannot delete their own record.' },
  cannot_deactivate_self: { status: 409, meaning: 'A user cannot deactivate their own account.' },
  use_change_password: { status: 409, meaning: 'Own password changes go through change-password.' },
  nip_dipakai: { status: 409, meaning: 'The NIP is already a pegawai\'s in this deployment (where is not said).' },
  // other statuses
  spreadsheet_melampaui_batas: { status: 413, meaning: 'A spreadsheet is over a limit (unpacked size, parts, rows, columns, cell length, time or memory to read it); the message names it.' },
  berkas_terlalu_besar: { status: 413, meaning: 'The uploaded file is over the size limit.' },
  payload_too_large: { status: 413, meaning: 'The request body is over the size limit.' },
  jenis_berkas_ditolak: { status: 415, meaning: 'The file type (decided by content) is not accepted.' },
  uri_terlalu_panjang: { status: 414, meaning: 'The address (path and query) is too long.' },
  header_terlalu_besar: { status: 431, meaning: 'The request line or headers are over the server\'s size limit.' },
  terlalu_banyak: { status: 429, meaning: 'Too many requests (or login attempts); details.cobaLagiDetik says when to retry, as does Retry-After.' },
  internal: { status: 500, meaning: 'An unexpected server error (logged).' },
  layanan_tidak_tersedia: { status: 503, meaning: 'The database is away for a moment (restart, failover); retry after Retry-After seconds.' },
} as const satisfies Record<string, ErrorDef>;

export type ErrorId = keyof typeof ERROR_IDS;
export const ERROR_ID_LIST = Object.keys(ERROR_IDS) as [ErrorId, ...ErrorId[]];

/** The ids whose status is `S` (e.g. the 409 conflicts). */
export type ErrorIdWithStatus<S extends number> = {
  [K in ErrorId]: (typeof ERROR_IDS)[K]['status'] extends S ? K : never;
}[ErrorId];

/** The body of every error answer. */
export const ErrorBody = z.object({
  error: z.enum(ERROR_ID_LIST),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
