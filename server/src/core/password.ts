import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum). */
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

/** Rules for a new password; the message is shown next to the field. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'paling sedikit 8 karakter';
  if (password.length > 128) return 'paling banyak 128 karakter';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'harus berisi huruf dan angka';
  return null;
}

/** A readable temporary password for resets (letters and digits, no look-alikes). */
export function temporaryPassword(random: (n: number) => Buffer): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = random(12);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  // Guarantee at least one digit and one letter for the password rules.
  return `${out.slice(0, 10)}${(bytes[10] ?? 0) % 8 + 2}${alphabet[(bytes[11] ?? 0) % 23]}`;
}
