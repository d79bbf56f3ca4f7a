import { BadRequestException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@lentera/errors';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './format-error';

function format(original: unknown, extensions: Record<string, unknown> = {}) {
  const error = new GraphQLError('raw message', { path: ['courses'], originalError: original as Error, extensions });
  return formatGraphqlError({ message: error.message, path: error.path, extensions }, error);
}

describe('formatGraphqlError', () => {
  it('shows a domain error in Bahasa Indonesia with its code and the English text', () => {
    const formatted = format(new DomainError(ErrorCode.NotFound, { id: 'Kursus tidak ditemukan.', en: 'Course not found.' }));
    expect(formatted).toEqual({
      message: 'Kursus tidak ditemukan.',
      path: ['courses'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', messageEn: 'Course not found.' },
    });
  });

  it('turns an unreachable database into SERVICE_UNAVAILABLE', () => {
    const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { name: 'MongooseServerSelectionError' });
    const formatted = format(unreachable);
    expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(formatted.message).toMatch(/Basis data/);
    expect(JSON.stringify(formatted)).not.toContain('ECONNREFUSED');
  });

  it('turns validation failures into BAD_USER_INPUT listing the problems', () => {
    const formatted = format(new BadRequestException({ message: ['email must be an email'] }));
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['email must be an email'] });
  });

  it('hides unknown errors behind a generic message with an error id, never the stack', () => {
    const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const formatted = format(bug);
    // The details go to the log, under the id the user sees.
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ errorId: formatted.extensions?.errorId, err: bug }), expect.any(String));
    logError.mockRestore();
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(formatted.message).toContain(String(formatted.extensions?.errorId));
    expect(JSON.stringify(formatted)).not.toMatch(/Cannot read|at .*\.ts/);
  });

  it('keeps errors about the request itself as they are', () => {
    const formatted = format(undefined, { code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(formatted).toMatchObject({ message: 'raw message', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
