import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { ClaimRepository, PasswordResetRepository, UserRepository, type AgencyScope } from '@lentera/db';
import { DomainError, ErrorCode } from '@lentera/errors';
import type { Actor } from './actor';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { digestToken, newSecretToken } from './secret-tokens';
import { SessionService } from './session.service';
import { Mailer } from './mailer';

export interface PasswordResetLink {
  url: string;
  expiresAt: Date;
}

/**
 * One-time links an admin issues so a person can set a password (new accounts, imported
 * ASN, forgotten passwords). The link is shown to the admin; with SMTP configured it is
 * also mailed to the person.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly resets: PasswordResetRepository,
    private readonly users: UserRepository,
    private readonly claims: ClaimRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(actor: Actor, scope: AgencyScope, userId: string): Promise<PasswordResetLink> {
    const user = await this.users.findInAgency(scope, userId);
    if (!user) throw personNotFound();
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.auth.passwordResetTtlHours * 3600 * 1000);
    await this.resets.create({ userId: user.id, agencyId: scope.agencyId, issuedBy: actor.userId, tokenHash: digestToken(token), expiresAt });
    const url = `${this.config.publicUrl}/atur-ulang-sandi?token=${token}`;
    if (user.email) {
      await this.mailer.send({
        to: user.email,
        subject: 'Atur kata sandi Lentera / Set your Lentera password',
        text: `Buka tautan ini untuk mengatur kata sandi Anda (berlaku sampai ${expiresAt.toISOString()}):\n${url}\n\nOpen this link to set your password:\n${url}\n`,
      });
    }
    return { url, expiresAt };
  }

  /** Sets the password once per link, then ends every session of that person. */
  async reset(token: string, newPassword: string): Promise<void> {
    const reset = await this.resets.findByHash(digestToken(token));
    if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw linkNotValid();
    const user = await this.users.findById(reset.userId);
    if (!user) throw linkNotValid();
    assertAcceptablePassword(newPassword, [user.email, user.nip]);
    // Two submits of the same form race here; the claim lets exactly one through.
    if (!(await this.claims.claim(`password-reset:${reset.id}`))) throw linkNotValid();
    await this.users.setPassword(user.id, await this.passwords.hash(newPassword));
    await this.resets.markUsed(reset.id);
    await this.sessions.endAllOfUser(user.id, 'password_reset');
  }
}

function linkNotValid(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, {
    id: 'Tautan atur ulang kata sandi tidak berlaku (sudah dipakai atau kedaluwarsa). Minta tautan baru kepada admin.',
    en: 'This password reset link is not valid (already used or expired). Ask your admin for a new one.',
  });
}

export function personNotFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: 'Pengguna tidak ditemukan di instansi ini.',
    en: 'No such person in this agency.',
  });
}
