import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, type AppConfig } from '@lentera/config';
import { DatabaseModule } from '@lentera/db';
import { JobsProducerModule } from '@lentera/jobs';
import { LearningModule } from '@lentera/learning';
import { LoggingModule } from '@lentera/logging';
import { AgencyService } from './accounts/agency.service';
import { PeopleService } from './accounts/people.service';
import { AuthModule } from './auth/auth.module';
import { AuthoringAccess } from './authoring/authoring-access';
import { AuthoringContent } from './authoring/authoring-content.service';
import { AuthoringCourseService } from './authoring/authoring-course.service';
import { AuthoringOutlineService } from './authoring/authoring-outline.service';
import { CoursePublicationService } from './authoring/course-publication.service';
import { CourseRemovalService } from './authoring/course-removal.service';
import { CatalogueService } from './catalogue/catalogue.service';
import { CertificateVerificationModule } from './certificate-verification/certificate-verification.module';
import { CertificatesApiModule } from './certificates/certificates-api.module';
import { JpLedgerApiModule } from './jp-ledger/jp-ledger-api.module';
import { CourseFileService } from './course-files/course-file.service';
import { CourseFileStore } from './course-files/course-file.store';
import { CourseFilesController } from './course-files/course-files.controller';
import { FileUrlSigner } from './course-files/file-url-signer';
import { CourseStatsService } from './course-stats/course-stats.service';
import { DemoAccountsSeeder } from './demo/demo-accounts.seeder';
import { DemoCourseSeeder } from './demo/demo-course.seeder';
import { DemoQuizSeeder } from './demo/demo-quiz.seeder';
import { DemoSeedService } from './demo/demo-seed.service';
import { graphqlOptions } from './graphql/graphql-options';
import { LoaderFactory } from './graphql/loaders';
import { PassThroughGraphqlExceptionFilter } from './graphql/pass-through-exception.filter';
import { resolvers } from './graphql/resolvers';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { AssignmentService } from './learning/assignment.service';
import { EnrolmentListsService } from './learning/enrolment-lists.service';
import { EnrolmentService } from './learning/enrolment.service';
import { LessonViewService } from './learning/lesson-view.service';
import { MediaModule } from './media/media.module';
import { ImportFileStore } from './people-import/import-file-store';
import { PeopleImportController } from './people-import/people-import.controller';
import { PeopleImportService } from './people-import/people-import.service';
import { UserImportReader } from './people-import/user-import-reader.service';
import { VideoUploadModule } from './video-upload/video-upload.module';
import { QuizAttemptsModule } from './quiz-attempts/quiz-attempts.module';
import { QuizBankModule } from './quiz-bank/quiz-bank.module';
import { QuizResultsModule } from './quiz-results/quiz-results.module';
import { VideoModule } from './video/video.module';

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
        LearningModule,
        MediaModule,
        VideoUploadModule,
        VideoModule,
        QuizBankModule,
        QuizAttemptsModule,
        QuizResultsModule,
        CertificateVerificationModule,
        CertificatesApiModule,
        JpLedgerApiModule,
      ],
      controllers: [HealthController, PeopleImportController, CourseFilesController],
      providers: [
        { provide: APP_FILTER, useClass: PassThroughGraphqlExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
        },
        ...resolvers,
        CatalogueService,
        FileUrlSigner,
        CourseFileService,
        CourseFileStore,
        CourseStatsService,
        AuthoringAccess,
        AuthoringContent,
        AuthoringCourseService,
        AuthoringOutlineService,
        CoursePublicationService,
        CourseRemovalService,
        HealthService,
        EnrolmentService,
        EnrolmentListsService,
        AssignmentService,
        LessonViewService,
        AgencyService,
        PeopleService,
        PeopleImportService,
        UserImportReader,
        ImportFileStore,
        DemoSeedService,
        DemoAccountsSeeder,
        DemoCourseSeeder,
        DemoQuizSeeder,
      ],
    };
  }
}
