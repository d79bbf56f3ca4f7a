import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@lentera/config';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/** Short-lived signed tokens naming the user and the session; the session is checked on use. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(claims: AccessClaims): AccessToken {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const token = this.jwt.sign({ sid: claims.sessionId }, { subject: claims.userId, expiresIn: ttl, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown }>(token, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { userId: payload.sub, sessionId: payload.sid };
    } catch {
      return null;
    }
  }
}
