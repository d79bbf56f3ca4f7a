import { Injectable } from '@nestjs/common';
import { UserRepository, isDuplicateKeyError, type AgencyRecord } from '@lentera/db';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';

@Injectable()
export class DemoAccountsSeeder {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  /** Creates the demo accounts that do not exist yet, with their roles in `agency`. */
  async seed(agency: AgencyRecord): Promise<void> {
    for (const account of demoAccounts) {
      if (await this.users.findByEmail(account.email)) continue;
      try {
        const { roles, ...profile } = account;
        await this.users.create({
          ...profile,
          passwordHash: await this.passwords.hash(DEMO_PASSWORD),
          memberships: roles.map((role) => ({ agencyId: agency.id, role })),
        });
      } catch (error) {
        // The unique email index: another instance seeded this account first.
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }
}
