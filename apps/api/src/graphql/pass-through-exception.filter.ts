import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { httpErrorResponse } from '../http/http-error-response';

/**
 * The app's one exception filter.
 * - GraphQL: hands resolver errors to Apollo untouched. Without it Nest logs every error thrown
 *   in a resolver, a user's bad cursor included, as a server error with a stack trace;
 *   formatGraphqlError decides what is logged and what the client sees.
 * - HTTP routes (uploads, files): domain errors become their status with a JSON body
 *   (see httpErrorResponse); Nest's own HTTP exceptions keep Nest's usual handling.
 */
@Catch()
export class PassThroughGraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const type = host.getType<GqlContextType>();
    if (type === 'graphql') return exception;
    const answer = type === 'http' ? httpErrorResponse(exception) : null;
    if (!answer) return super.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    if (!response.headersSent) response.status(answer.status).set(answer.headers).json(answer.body);
    return undefined;
  }
}
