/**
 * Shared building blocks of the domain package.
 *
 * Error policy (used consistently across the package):
 * - Values typed in by users (a NIP, a jabatan, a golongan, a configuration
 *   document) are *validated*: the function returns an Indonesian error
 *   message or a `{ ok: false, error }` result, never throws.
 * - Arguments that break a function's contract (a month count of 13, a
 *   negative rupiah amount, an unparseable timestamp) are programming errors
 *   of the caller: the function throws a `DomainError` with a stable `code`.
 */

/** A value or an error; used where a failure is an expected outcome. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export type DomainErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATE'
  | 'INVALID_WORKFLOW';

/** Thrown when a caller breaks a function's contract. The message is Indonesian. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}

/**
 * Rounds half up to `decimals` places. The scaled value is first trimmed to
 * 15 significant digits so that binary noise such as 2083.4999999999995
 * (really 2083.5) rounds the way a person computing by hand would.
 * Only meant for non-negative values (all amounts in this package are).
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(15));
  return Math.round(scaled) / factor;
}

/** Indonesian number notation: decimal comma, at most `maxDecimals` decimals, no trailing zeros. */
export function formatAngka(value: number, maxDecimals = 2): string {
  return String(roundHalfUp(value, maxDecimals)).replace('.', ',');
}

/** `true` when `value` is a percentage with at most two decimals (so it is exact in basis points). */
export function isHundredth(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}

/** Percentage to integer basis points (70 → 7000, 12.5 → 1250). */
export function basisPoints(persen: number): number {
  return Math.round(persen * 100);
}

/** Integer floor division for non-negative integers. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** Integer ceiling division for non-negative integers. */
export function ceilDiv(a: number, b: number): number {
  return floorDiv(a + b - 1, b);
}
