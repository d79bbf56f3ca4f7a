import { randomBytes } from 'node:crypto';

/**
 * Public verification codes: 130 random bits in Crockford's base32 (26 characters, no I, L, O, U),
 * so guessing finds nothing, and a code read off paper survives the usual confusions (O for 0,
 * I or L for 1, lower case, spaces and dashes).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 26;

export function newVerificationCode(): string {
  // 17 bytes = 136 bits; 26 characters of 5 bits use the first 130.
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < VERIFICATION_CODE_LENGTH) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** The code in its stored form, or null when the input cannot be one (wrong length or characters). */
export function normalizeVerificationCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== VERIFICATION_CODE_LENGTH) return null;
  for (const char of code) if (!ALPHABET.includes(char)) return null;
  return code;
}

/** Groups of five for print and screens: `ABCDE-FGHJK-…`. */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,5}/g)?.join('-') ?? code;
}
