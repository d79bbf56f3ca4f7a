/// <reference types="jest" />
import { parseDecimal } from './decimal-input';

const read = (text: string) => {
  const parsed = parseDecimal(text);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseDecimal', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['  42 ', 42],
    ['-0,25', -0.25],
    ['\u22122,5', -2.5],
    ['+7', 7],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.000.000', 1_000_000],
    ['1 000 000', 1_000_000],
    ['1\u00a0000,75', 1000.75],
    ['0', 0],
  ])('reads %p as %p', (text, value) => {
    expect(read(text)).toBeCloseTo(value, 10);
  });

  it('treats an empty field as no answer', () => {
    expect(read('')).toBe('empty');
    expect(read('   ')).toBe('empty');
  });

  it.each(['abc', '3,5,1', '1,23.4', '3,', '12.34.5', '1e5', '-', '1..2', '3,5a', '12.3456.789'])('refuses %p', (text) => {
    expect(read(text)).toBe('invalid');
  });
});
