import { BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError, ErrorCode, ServiceUnavailableError } from '@lentera/errors';
import { GoneError, httpErrorResponse, PayloadTooLargeError, UnsupportedMediaTypeError } from './http-error-response';

const message = { id: 'Pesan.', en: 'Message.' };

describe('httpErrorResponse', () => {
  it.each([
    [ErrorCode.BadUserInput, 400],
    [ErrorCode.Unauthenticated, 401],
    [ErrorCode.Forbidden, 403],
    [ErrorCode.NotFound, 404],
    [ErrorCode.Conflict, 409],
    [ErrorCode.TooManyRequests, 429],
    [ErrorCode.ServiceUnavailable, 503],
  ])('answers %s with HTTP %i and the same code and texts as GraphQL', (code, status) => {
    expect(httpErrorResponse(new DomainError(code, message, { field: 'x' }))).toMatchObject({
      status,
      body: { code, message: 'Pesan.', messageEn: 'Message.', field: 'x' },
    });
  });

  it('answers an oversized body with 413 and a code clients already know', () => {
    expect(httpErrorResponse(new PayloadTooLargeError(message))).toMatchObject({ status: 413, body: { code: 'BAD_USER_INPUT' } });
  });

  it("answers the JSON parser's refusal of an oversized body with 413, not a 500", () => {
    const parserError = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    expect(httpErrorResponse(parserError)).toMatchObject({ status: 413, body: { code: 'BAD_USER_INPUT' } });
  });

  it('answers an upload of a refused type with 415 and what was detected', () => {
    expect(httpErrorResponse(new UnsupportedMediaTypeError(message, { detected: 'svg' }))).toMatchObject({
      status: 415,
      body: { code: 'BAD_USER_INPUT', detected: 'svg' },
    });
  });

  it('answers what is gone for good (a revoked certificate\'s badge) with 410 and NOT_FOUND', () => {
    expect(httpErrorResponse(new GoneError(message))).toMatchObject({ status: 410, body: { code: 'NOT_FOUND', message: 'Pesan.' } });
  });

  it('adds the headers that go with sign-in and throttling answers', () => {
    expect(httpErrorResponse(new DomainError(ErrorCode.Unauthenticated, message))?.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    expect(httpErrorResponse(new DomainError(ErrorCode.TooManyRequests, message, { retryAfterSeconds: 60 }))?.headers).toEqual({ 'Retry-After': '60' });
  });

  it('turns an unreachable database and validation failures into their codes', () => {
    const unreachable = Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongooseServerSelectionError' });
    expect(httpErrorResponse(unreachable)).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', service: 'database' } });
    expect(httpErrorResponse(new ServiceUnavailableError('queue'))?.status).toBe(503);
    expect(httpErrorResponse(new BadRequestException({ message: ['agencyId must be a string'] }))).toMatchObject({ status: 400 });
  });

  it("leaves Nest's own HTTP exceptions to Nest", () => {
    expect(httpErrorResponse(new NotFoundException())).toBeNull();
  });

  it('hides a bug behind an error id, never its message or stack', () => {
    const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const answer = httpErrorResponse(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ errorId: answer?.body.errorId }), expect.any(String));
    logError.mockRestore();
    expect(answer).toMatchObject({ status: 500, body: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(answer)).not.toMatch(/Cannot read|\.ts:\d+/);
  });
});
