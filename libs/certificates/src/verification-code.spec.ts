import { VERIFICATION_CODE_LENGTH, formatVerificationCode, newVerificationCode, normalizeVerificationCode } from './verification-code';

describe('verification codes', () => {
  it('are 26 characters of Crockford base32 (130 random bits), all different', () => {
    const codes = Array.from({ length: 20_000 }, newVerificationCode);
    for (const code of codes.slice(0, 500)) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character is used in every position: no position is stuck (the bits are really random).
    const firstChars = new Set(codes.map((code) => code[0]));
    const lastChars = new Set(codes.map((code) => code[VERIFICATION_CODE_LENGTH - 1]));
    expect(firstChars.size).toBe(32);
    expect(lastChars.size).toBe(32);
  });

  it('survive being read off paper: case, dashes, spaces, O for 0, I and L for 1', () => {
    const code = newVerificationCode();
    expect(normalizeVerificationCode(code)).toBe(code);
    expect(normalizeVerificationCode(formatVerificationCode(code).toLowerCase())).toBe(code);
    expect(normalizeVerificationCode('0O1IL' + code.slice(5))).toBe('00111' + code.slice(5));
    expect(normalizeVerificationCode(` ${formatVerificationCode(code)} `)).toBe(code);
  });

  it('are refused when they cannot be one', () => {
    const code = newVerificationCode();
    expect(normalizeVerificationCode(code.slice(1))).toBeNull();
    expect(normalizeVerificationCode(`${code}0`)).toBeNull();
    expect(normalizeVerificationCode(`U${code.slice(1)}`)).toBeNull();
    expect(normalizeVerificationCode('')).toBeNull();
    expect(normalizeVerificationCode('<script>alert(1)</script>')).toBeNull();
  });

  it('print in groups of five', () => {
    expect(formatVerificationCode('ABCDEFGHJKMNPQRSTVWXYZ0123')).toBe('ABCDE-FGHJK-MNPQR-STVWX-YZ012-3');
  });
});
