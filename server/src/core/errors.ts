/**
 * Errors with stable ids. The API always answers `{ error, message, fields? }`;
 * `error` is a stable id clients may switch on, `message` is Indonesian for people.
 */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly fields?: FieldErrors,
    /** Structured detail for clients, e.g. every bad row of a refused import. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const errors = {
  unauthenticated: () => new AppError(401, 'unauthenticated', 'Silakan masuk terlebih dahulu.'),
  forbidden: (what = 'melakukan tindakan ini') =>
    new AppError(403, 'forbidden', `Anda tidak berwenang ${what}.`),
  notFound: (what: string) => new AppError(404, 'not_found', `${what} tidak ditemukan.`),
  validation: (fields: FieldErrors, message = 'Data tidak valid.') =>
    new AppError(400, 'validation_failed', message, fields),
  conflict: (id: string, message: string, fields?: FieldErrors) =>
    new AppError(409, id, message, fields),
  badRequest: (id: string, message: string, fields?: FieldErrors) =>
    new AppError(400, id, message, fields),
};
