import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '@lentera/config';
import { APP_CONFIG } from '@lentera/config';
import { AccessGuard } from './access.guard';
import { AccessTokenService } from './access-token.service';
import { AccountService } from './account.service';
import { AgencyAccess } from './agency-access';
import { LoginThrottle } from './login-throttle';
import { Mailer } from './mailer';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** Identity and access: who is calling, and whether they may. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.secret }),
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessTokenService,
    AccountService,
    AgencyAccess,
    LoginThrottle,
    Mailer,
    PasswordHasher,
    PasswordResetService,
    SessionService,
    SignInService,
  ],
  exports: [AccountService, AgencyAccess, PasswordHasher, PasswordResetService, SessionService, SignInService],
})
export class AuthModule {}
