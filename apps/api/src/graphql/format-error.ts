import { randomUUID } from 'node:crypto';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { BadRequestException, Logger } from '@nestjs/common';
import { isDatabaseUnavailableError } from '@lentera/db';
import { DomainError, ErrorCode, ServiceUnavailableError } from '@lentera/errors';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQLError');

/** Errors that describe the request itself (syntax, unknown field, wrong variable type). */
const requestErrorCodes = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
]);

/**
 * The one place errors become what a client sees: a code from a fixed list, a message a
 * person can act on (Bahasa Indonesia, with English in `extensions.messageEn`), and never
 * a stack trace. Unknown errors are logged with an id the user can quote.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  const domainError = toDomainError(original);
  if (domainError) {
    return {
      ...base,
      message: domainError.localized.id,
      extensions: { code: domainError.code, messageEn: domainError.localized.en, ...(domainError.details ?? {}) },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && requestErrorCodes.has(code)) {
    return { ...base, extensions: { code } };
  }

  const errorId = randomUUID();
  logger.error({ errorId, err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return {
    ...base,
    message: `Terjadi kesalahan pada server. Sebutkan kode ${errorId} saat melapor.`,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      errorId,
      messageEn: `Something went wrong on the server. Quote code ${errorId} when reporting it.`,
    },
  };
}

/** The DomainError an error stands for (database down, validation failure), or null for a bug. */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailableError(error)) return new ServiceUnavailableError('database', error);
  if (error instanceof BadRequestException) return fromValidationPipe(error);
  return null;
}

/** class-validator messages from Nest's ValidationPipe, as one BAD_USER_INPUT error. */
function fromValidationPipe(error: BadRequestException): DomainError {
  const response = error.getResponse();
  const messages =
    typeof response === 'object' && response !== null && Array.isArray((response as { message?: unknown }).message)
      ? ((response as { message: string[] }).message)
      : [error.message];
  return new DomainError(
    ErrorCode.BadUserInput,
    { id: `Masukan tidak valid: ${messages.join('; ')}`, en: `Invalid input: ${messages.join('; ')}` },
    { problems: messages },
  );
}
