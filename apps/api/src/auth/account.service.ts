import { Injectable } from '@nestjs/common';
import { UserRepository, type ProfileChanges, type UserRecord } from '@lentera/db';
import type { Actor } from './actor';
import { DomainError, ErrorCode } from '@lentera/errors';
import { notSignedIn } from './auth-errors';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { SessionService, type IssuedSession } from './session.service';

/** What signed-in people do to their own account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async me(actor: Actor): Promise<UserRecord> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw notSignedIn();
    return user;
  }

  /** Changes the password and ends every other session; this device gets fresh tokens. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<IssuedSession> {
    const user = await this.me(actor);
    const hash = await this.users.findPasswordHash(actor.userId);
    if (!hash || !(await this.passwords.verify(hash, currentPassword))) {
      // Not UNAUTHENTICATED: the session is fine, only this field is wrong.
      throw new DomainError(
        ErrorCode.BadUserInput,
        { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
        { field: 'currentPassword' },
      );
    }
    assertAcceptablePassword(newPassword, [user.email, user.nip]);
    await this.users.setPassword(user.id, await this.passwords.hash(newPassword));
    await this.sessions.endAllOfUser(user.id, 'password_changed', actor.sessionId);
    return this.sessions.reissue(user, actor.sessionId);
  }

  async updateProfile(actor: Actor, changes: ProfileChanges): Promise<UserRecord> {
    const updated = await this.users.updateProfile(actor.userId, changes);
    if (!updated) throw notSignedIn();
    return updated;
  }
}
