import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import type { Request, Response } from 'express';
import { UserModel } from '../accounts/user.model';
import { toUserModel } from '../accounts/user.mapper';
import { Public, SignedIn } from './access.decorator';
import { AccountService } from './account.service';
import { homePathOf, type Actor } from './actor';
import { AuthPayloadModel, ChangePasswordInput, ResetPasswordInput, SignInInput } from './auth.model';
import { sessionEnded } from './auth-errors';
import { CurrentActor, OptionalActor } from './current-actor.decorator';
import { PasswordResetService } from './password-reset.service';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie';
import { clientAddress, readCookie } from './request-auth';
import { SessionService, type IssuedSession } from './session.service';
import { SignInService } from './sign-in.service';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly signInService: SignInService,
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
    private readonly passwordResets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in person; null when anonymous' })
  async me(@OptionalActor() actor: Actor | null): Promise<UserModel | null> {
    return actor ? toUserModel(await this.accounts.me(actor)) : null;
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Also sets the httpOnly refresh cookie' })
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: HttpContext): Promise<AuthPayloadModel> {
    const issued = await this.signInService.signIn(input.identifier, input.password, {
      ip: clientAddress(req),
      userAgent: req.headers['user-agent']?.slice(0, 300),
    });
    return this.respond(issued, res);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Spends the refresh cookie and sets the next one' })
  async refreshSession(@Context() { req, res }: HttpContext): Promise<AuthPayloadModel> {
    const token = readCookie(req, REFRESH_COOKIE);
    if (!token) throw sessionEnded();
    try {
      return this.respond(await this.sessions.refresh(token), res);
    } catch (error) {
      clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this device\'s session; always succeeds' })
  async signOut(@OptionalActor() actor: Actor | null, @Context() { req, res }: HttpContext): Promise<boolean> {
    const token = readCookie(req, REFRESH_COOKIE);
    if (actor) await this.sessions.end(actor.sessionId, 'sign_out');
    else if (token) await this.sessions.endByRefreshToken(token);
    clearRefreshCookie(res, this.config);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, on every device' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Context() { res }: HttpContext): Promise<boolean> {
    await this.sessions.endAllOfUser(actor.userId, 'sign_out_everywhere');
    clearRefreshCookie(res, this.config);
    return true;
  }

  @SignedIn()
  @Mutation(() => AuthPayloadModel, { description: 'Ends all other sessions; this one continues with new tokens' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() { res }: HttpContext,
  ): Promise<AuthPayloadModel> {
    return this.respond(await this.accounts.changePassword(actor, input.currentPassword, input.newPassword), res);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a password with a one-time link from an admin' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.passwordResets.reset(input.token, input.newPassword);
    return true;
  }

  private respond(issued: IssuedSession, response: Response): AuthPayloadModel {
    setRefreshCookie(response, this.config, issued.refreshToken, issued.refreshTokenExpiresAt);
    return {
      accessToken: issued.accessToken.token,
      accessTokenExpiresAt: issued.accessToken.expiresAt,
      user: toUserModel(issued.user),
      homePath: homePathOf(issued.user),
    };
  }
}
