/// <reference types="jest" />
import { REASON_MAX, reasonProblem } from './certificate-reason';

describe('reasonProblem', () => {
  it('asks for 5 to 500 characters, blanks around them not counted', () => {
    expect(reasonProblem('  abcd  ')).toBe('tooShort');
    expect(reasonProblem('abcde')).toBeNull();
    expect(reasonProblem('x'.repeat(REASON_MAX))).toBeNull();
    expect(reasonProblem('x'.repeat(REASON_MAX + 1))).toBe('tooLong');
  });
});
