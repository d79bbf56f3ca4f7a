import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Actor } from './actor';
import { notSignedIn } from './auth-errors';
import type { AuthenticatedRequest } from './request-auth';

function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.getType<GqlContextType>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
    : context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The caller as the access guard resolved it: null on a public field called anonymously. */
export const OptionalActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  return requestOf(context).lenteraResolvedActor ?? null;
});

/** The signed-in caller, on fields whose policy already demands a session. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).lenteraResolvedActor;
  if (!actor) throw notSignedIn();
  return actor;
});
