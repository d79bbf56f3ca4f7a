import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lentera/config';
import { AgencyRepository, DatabaseSetup, isDuplicateKeyError, type AgencyRecord } from '@lentera/db';
import { demoAgency } from './demo-accounts';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import { DemoCourseSeeder } from './demo-course.seeder';

/**
 * Seeds the demo (one BPSDM, one published course built from the seed articles, five
 * accounts) into an empty database. Every step finds before it creates, so a seed that
 * was interrupted completes on the next start and a second API instance changes nothing.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly setup: DatabaseSetup,
    private readonly agencies: AgencyRepository,
    private readonly accounts: DemoAccountsSeeder,
    private readonly course: DemoCourseSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.setup.ensureIndexes();
    const existing = await this.agencies.findByCode(demoAgency.code);
    if (!existing && (await this.agencies.count()) > 0) {
      this.logger.log('the database already holds agencies; demo seed skipped');
      return;
    }
    const agency = existing ?? (await this.createAgency());
    await this.accounts.seed(agency);
    const course = await this.course.seed(agency);
    if (!existing) this.logger.log({ agencyId: agency.id, courseId: course.id }, 'demo agency, course and accounts seeded');
  }

  private async createAgency(): Promise<AgencyRecord> {
    try {
      return await this.agencies.create(demoAgency);
    } catch (error) {
      // Another instance created it between our read and our write: use theirs.
      const agency = isDuplicateKeyError(error) ? await this.agencies.findByCode(demoAgency.code) : null;
      if (!agency) throw error;
      return agency;
    }
  }
}
