import { DomainError, ErrorCode } from '@lentera/errors';
import { assertPageSize, decodeCursor, encodeCursor } from './pagination';

describe('cursors', () => {
  it('round-trip the key they encode', () => {
    const cursor = encodeCursor({ p: '2026-11-23T05:22:27.126Z', i: '6b03cd9341dc42314435898d' });
    expect(decodeCursor(cursor, ['p', 'i'])).toEqual({ p: '2026-11-23T05:22:27.126Z', i: '6b03cd9341dc42314435898d' });
  });

  it.each(['garbage', '', encodeCursor({ p: 'x' }), Buffer.from('[1,2]').toString('base64url')])(
    'reject a cursor that is not theirs (%p) with BAD_USER_INPUT',
    (cursor) => {
      expect.assertions(2);
      try {
        decodeCursor(cursor, ['p', 'i']);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(ErrorCode.BadUserInput);
      }
    },
  );
});

describe('assertPageSize', () => {
  it('accepts 1 to 50 and refuses the rest', () => {
    expect(() => assertPageSize(1)).not.toThrow();
    expect(() => assertPageSize(50)).not.toThrow();
    for (const size of [0, -1, 51, 2.5]) expect(() => assertPageSize(size)).toThrow(DomainError);
  });
});
