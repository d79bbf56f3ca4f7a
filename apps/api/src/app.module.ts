import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, type AppConfig } from '@lentera/config';
import { DatabaseModule } from '@lentera/db';
import { JobsProducerModule } from '@lentera/jobs';
import { LoggingModule } from '@lentera/logging';
import { AgencyService } from './accounts/agency.service';
import { PeopleService } from './accounts/people.service';
import { AuthModule } from './auth/auth.module';
import { CatalogueService } from './catalogue/catalogue.service';
import { CourseStatsService } from './course-stats/course-stats.service';
import { DemoAccountsSeeder } from './demo/demo-accounts.seeder';
import { DemoCourseSeeder } from './demo/demo-course.seeder';
import { DemoSeedService } from './demo/demo-seed.service';
import { graphqlOptions } from './graphql/graphql-options';
import { LoaderFactory } from './graphql/loaders';
import { PassThroughGraphqlExceptionFilter } from './graphql/pass-through-exception.filter';
import { resolvers } from './graphql/resolvers';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ImportFileStore } from './people-import/import-file-store';
import { PeopleImportController } from './people-import/people-import.controller';
import { PeopleImportService } from './people-import/people-import.service';
import { UserImportReader } from './people-import/user-import-reader.service';

@Module({ providers: [LoaderFactory], exports: [LoaderFactory] })
class LoadersModule {}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, 'api'),
        DatabaseModule.forRoot(config),
        JobsProducerModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [LoaderFactory],
          useFactory: (loaders: LoaderFactory) => graphqlOptions(config, loaders),
        }),
        AuthModule,
      ],
      controllers: [HealthController, PeopleImportController],
      providers: [
        { provide: APP_FILTER, useClass: PassThroughGraphqlExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
        },
        ...resolvers,
        CatalogueService,
        CourseStatsService,
        HealthService,
        AgencyService,
        PeopleService,
        PeopleImportService,
        UserImportReader,
        ImportFileStore,
        DemoSeedService,
        DemoAccountsSeeder,
        DemoCourseSeeder,
      ],
    };
  }
}
