import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands resolver errors to Apollo untouched. Without it Nest logs every error thrown in a
 * resolver, a user's bad cursor included, as a server error with a stack trace;
 * formatGraphqlError decides what is logged and what the client sees.
 * HTTP routes (health, files) keep Nest's usual handling.
 */
@Catch()
export class PassThroughGraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
