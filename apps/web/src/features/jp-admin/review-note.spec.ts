/// <reference types="jest" />
import { NOTE_LENGTH, rejectionNoteProblem } from './review-note';

describe('rejectionNoteProblem', () => {
  it('asks for 5 to 500 characters, blanks around them not counted', () => {
    expect(rejectionNoteProblem('')).toBe('tooShort');
    expect(rejectionNoteProblem('  abcd   ')).toBe('tooShort');
    expect(rejectionNoteProblem('abcde')).toBeNull();
    expect(rejectionNoteProblem(` ${'x'.repeat(NOTE_LENGTH.max)} `)).toBeNull();
    expect(rejectionNoteProblem('x'.repeat(NOTE_LENGTH.max + 1))).toBe('tooLong');
  });
});
