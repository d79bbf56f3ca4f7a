import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { isValidId } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorator';
import { hasPermission, type Actor } from './actor';
import { forbidden, notSignedIn, sessionEnded } from './auth-errors';
import { bearerToken, type AuthenticatedRequest } from './request-auth';
import { SessionService } from './session.service';

/**
 * Authorization in one place: every GraphQL root field and HTTP route passes here. It finds
 * the caller from the Bearer token and applies the field's policy; a field without a policy
 * is refused (fail closed). Denials carry UNAUTHENTICATED or FORBIDDEN and no data.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    const { request, args } = this.unpack(context);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access policy; refused`);
      throw forbidden();
    }
    const actor = await this.actorOf(request);
    if (policy.kind === 'public') return true;
    if (!actor) throw bearerToken(request) ? sessionEnded() : notSignedIn();
    if (policy.kind === 'signed-in') return true;
    const agencyId = policy.agencyArg ? agencyFrom(args, policy.agencyArg) : undefined;
    if (!hasPermission(actor, policy.permission, agencyId)) throw forbidden();
    return true;
  }

  private actorOf(request: AuthenticatedRequest): Promise<Actor | null> {
    const token = bearerToken(request);
    request.lenteraActor ??= (token ? this.sessions.authenticate(token) : Promise.resolve(null)).then((actor) => {
      request.lenteraResolvedActor = actor;
      return actor;
    });
    return request.lenteraActor;
  }

  private unpack(context: ExecutionContext): { request: AuthenticatedRequest; args: Record<string, unknown> } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      return { request: gql.getContext<{ req: AuthenticatedRequest }>().req, args: gql.getArgs() };
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return { request, args: { ...request.query, ...request.params } };
  }
}

function agencyFrom(args: Record<string, unknown>, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], args);
  if (typeof value !== 'string' || !isValidId(value)) {
    throw new DomainError(ErrorCode.BadUserInput, { id: 'ID instansi tidak valid.', en: 'The agency id is not valid.' });
  }
  return value;
}
