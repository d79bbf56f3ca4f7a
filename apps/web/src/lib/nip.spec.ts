/// <reference types="jest" />
import { formatNip, isValidNip, normalizeNip } from './nip';

describe('NIP', () => {
  it('is grouped as birth date, appointment, sex and sequence', () => {
    expect(formatNip('198503152010121002')).toBe('19850315 201012 1 002');
  });

  it('reads the NIP people paste with spaces, dots or dashes', () => {
    expect(normalizeNip(' 19850315 201012 1 002 ')).toBe('198503152010121002');
    expect(normalizeNip('19850315.201012.1.002')).toBe('198503152010121002');
    expect(formatNip('19850315-201012-1-002')).toBe('19850315 201012 1 002');
  });

  it.each(['19850315201012100', '1985031520101210023', '19850315201012100x', ''])('refuses %p', (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });

  it('leaves anything that is not a NIP as it is', () => {
    expect(formatNip('1985')).toBe('1985');
  });
});
