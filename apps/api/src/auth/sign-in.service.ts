import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UserRepository, type UserCredentials } from '@lentera/db';
import { PasswordHasher } from './password-hasher';
import { tooManyAttempts, wrongCredentials } from './auth-errors';
import { LoginThrottle } from './login-throttle';
import { SessionService, type ClientInfo, type IssuedSession } from './session.service';

@Injectable()
export class SignInService {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
  ) {}

  /** Signs in with an email or a NIP; every failure looks the same from outside. */
  async signIn(identifier: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const address = client.ip ?? 'unknown';
    const wait = await this.throttle.retryAfter(identifier, address);
    if (wait > 0) throw tooManyAttempts(wait);

    const credentials = await this.findCredentials(identifier);
    // An unknown account still costs one argon2 verification, so timing tells nothing either.
    const matches = await this.passwords.verify(credentials?.passwordHash ?? (await this.hashOfNothing()), password);
    if (!matches || !credentials?.passwordHash) {
      await this.throttle.recordFailure(identifier, address);
      throw wrongCredentials();
    }
    await this.throttle.recordSuccess(identifier, address);
    return this.sessions.start(credentials.user, client);
  }

  private async findCredentials(identifier: string): Promise<UserCredentials | null> {
    const trimmed = identifier.trim();
    if (trimmed.includes('@')) return this.users.findCredentials({ email: trimmed });
    // People type NIPs with spaces or dots ("19850315 201012 1 002").
    const digits = trimmed.replace(/[\s.-]/g, '');
    return /^\d{18}$/.test(digits) ? this.users.findCredentials({ nip: digits }) : null;
  }

  private hashOfNothing(): Promise<string> {
    this.dummyHash ??= this.passwords.hash(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}
