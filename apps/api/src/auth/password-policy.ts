import { DomainError, ErrorCode } from '@lentera/errors';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;

// The most common choices in leaked Indonesian password lists, and the demo password.
const refused = new Set(['1234567890', 'qwertyuiop', 'password123', 'passw0rd123', 'bismillah123', 'indonesia123', 'demo12345!']);

/**
 * NIST SP 800-63B: length over composition rules. A long passphrase is fine; a short or
 * well-known one is refused with the reason.
 */
export function assertAcceptablePassword(password: string, personal: ReadonlyArray<string | null> = []): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw new DomainError(ErrorCode.BadUserInput, problem, { field: 'newPassword' });
}

function passwordProblem(password: string, personal: ReadonlyArray<string | null>): { id: string; en: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`, en: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { id: `Kata sandi paling panjang ${MAX_PASSWORD_LENGTH} karakter.`, en: `A password can have at most ${MAX_PASSWORD_LENGTH} characters.` };
  }
  const lower = password.toLowerCase();
  if (refused.has(lower) || /^(.)\1+$/.test(password)) {
    return { id: 'Kata sandi ini terlalu mudah ditebak. Pilih yang lain.', en: 'This password is too easy to guess. Choose another.' };
  }
  if (personal.some((value) => value && value.length >= 4 && lower.includes(value.toLowerCase()))) {
    return { id: 'Kata sandi tidak boleh memuat email atau NIP Anda.', en: 'A password must not contain your email or NIP.' };
  }
  return null;
}
