/// <reference types="jest" />
import { lengthProblem } from './text-length';

describe('lengthProblem', () => {
  const bounds = { min: 3, max: 5 };

  it('counts the text without the blanks around it', () => {
    expect(lengthProblem('  ab  ', bounds)).toBe('tooShort');
    expect(lengthProblem('  abc  ', bounds)).toBeNull();
    expect(lengthProblem(' a b c ', bounds)).toBeNull();
  });

  it('takes both bounds as allowed and refuses one character beyond them', () => {
    expect(lengthProblem('', bounds)).toBe('tooShort');
    expect(lengthProblem('abcde', bounds)).toBeNull();
    expect(lengthProblem('abcdef', bounds)).toBe('tooLong');
  });
});
