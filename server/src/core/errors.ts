/**
 * Errors with stable ids. The API always answers `{ error, message, fields?, details? }`; `error` is
 * an id of the catalogue in `@capaian/contract/errors` (which also fixes its HTTP status),
 * `message` is Indonesian for people.
 */
import { ERROR_IDS, type ErrorId, type ErrorIdWithStatus } from '@capaian/contract/errors';

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly fields?: FieldErrors,
    /** Structured detail for clients, e.g. every bad row of a refused import. */
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_IDS[id].status;
  }

  /** The answer's body. */
  toBody() {
    return { error: this.id, message: this.message, ...(this.fields ? { fields: this.fields } : {}), ...(this.details ? { details: this.details } : {}) };
  }
}

export const errors = {
  unauthenticated: () => new AppError('unauthenticated', 'Silakan masuk terlebih dahulu.'),
  forbidden: (what = 'melakukan tindakan ini') => new AppError('forbidden', `Anda tidak berwenang ${what}.`),
  notFound: (what: string) => new AppError('not_found', `${what} tidak ditemukan.`),
  validation: (fields: FieldErrors, message = 'Data tidak valid.') => new AppError('validation_failed', message, fields),
  conflict: (id: ErrorIdWithStatus<409>, message: string, fields?: FieldErrors) => new AppError(id, message, fields),
  badRequest: (id: ErrorIdWithStatus<400>, message: string, fields?: FieldErrors) => new AppError(id, message, fields),
  /** A NIP used elsewhere in the deployment: refused without saying where (or whose). */
  nipDipakai: () =>
    new AppError('nip_dipakai', 'NIP ini sudah terdaftar di Capaian dan tidak dapat dipakai lagi. Periksa kembali NIP-nya atau hubungi admin sistem.', { nip: 'sudah terdaftar' }),
};
