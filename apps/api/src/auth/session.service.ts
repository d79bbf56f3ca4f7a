import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { ClaimRepository, RefreshTokenRepository, SessionRepository, UserRepository, type UserRecord } from '@lentera/db';
import { AccessTokenService, type AccessToken } from './access-token.service';
import { actorOf, type Actor } from './actor';
import { sessionEnded } from './auth-errors';
import { digestToken, newSecretToken } from './secret-tokens';

export interface IssuedSession {
  user: UserRecord;
  sessionId: string;
  accessToken: AccessToken;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

/**
 * Sessions and their rotating refresh tokens. Each refresh spends the presented token and
 * issues the next; presenting a spent token again means it was copied, so the whole
 * session (the token family) is revoked.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    private readonly sessions: SessionRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly claims: ClaimRepository,
    private readonly users: UserRepository,
    private readonly accessTokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(user: UserRecord, client: ClientInfo): Promise<IssuedSession> {
    const session = await this.sessions.create({ userId: user.id, expiresAt: this.refreshExpiry(), ...client });
    return this.issue(user, session.id);
  }

  async refresh(refreshToken: string): Promise<IssuedSession> {
    const token = await this.refreshTokens.findByHash(digestToken(refreshToken));
    if (!token) throw sessionEnded();
    const [session] = await this.sessions.findByIds([token.sessionId]);
    if (!session || session.revokedAt || token.expiresAt <= new Date()) throw sessionEnded();
    if (!(await this.claims.claim(`refresh-token:${token.id}`))) {
      await this.sessions.revoke(session.id, 'refresh_token_reuse');
      this.logger.warn({ sessionId: session.id, userId: session.userId }, 'a spent refresh token was presented again; session revoked');
      throw sessionEnded();
    }
    const user = await this.users.findById(session.userId);
    if (!user) throw sessionEnded();
    await this.sessions.touch(session.id, this.refreshExpiry());
    return this.issue(user, session.id);
  }

  /** The actor behind an access token, or null when the token or its session is no longer valid. */
  async authenticate(accessToken: string): Promise<Actor | null> {
    const claims = this.accessTokens.verify(accessToken);
    if (!claims) return null;
    const [[session], user] = await Promise.all([this.sessions.findByIds([claims.sessionId]), this.users.findById(claims.userId)]);
    if (!session || session.revokedAt || session.expiresAt <= new Date() || !user || session.userId !== user.id) return null;
    return actorOf(user, session.id);
  }

  /** Ends the session a refresh token belongs to (sign-out on this device). */
  async endByRefreshToken(refreshToken: string): Promise<void> {
    const token = await this.refreshTokens.findByHash(digestToken(refreshToken));
    if (token) await this.sessions.revoke(token.sessionId, 'sign_out');
  }

  async end(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revoke(sessionId, reason);
  }

  async endAllOfUser(userId: string, reason: string, keepSessionId?: string): Promise<number> {
    return this.sessions.revokeAllOfUser(userId, reason, keepSessionId);
  }

  /** New tokens for an existing session (after a password change on this device). */
  async reissue(user: UserRecord, sessionId: string): Promise<IssuedSession> {
    return this.issue(user, sessionId);
  }

  private async issue(user: UserRecord, sessionId: string): Promise<IssuedSession> {
    const refreshToken = newSecretToken();
    const refreshTokenExpiresAt = this.refreshExpiry();
    await this.refreshTokens.create({ sessionId, userId: user.id, tokenHash: digestToken(refreshToken), expiresAt: refreshTokenExpiresAt });
    return {
      user,
      sessionId,
      accessToken: this.accessTokens.issue({ userId: user.id, sessionId }),
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 24 * 3600 * 1000);
  }
}
