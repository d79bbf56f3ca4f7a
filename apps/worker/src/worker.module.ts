import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@lentera/config';
import { DatabaseModule } from '@lentera/db';
import { JobsWorkerModule } from '@lentera/jobs';
import { LoggingModule } from '@lentera/logging';
import { QuizModule } from '@lentera/quiz';
import { CertificatesModule } from '@lentera/certificates';
import { CertificateIssueProcessor } from './certificates/certificate-issue.processor';
import { CertificateRenderProcessor } from './certificates/certificate-render.processor';
import { PendingCertificateRequeue } from './certificates/pending-certificate-requeue';
import { CourseStatsProcessor } from './course-stats/course-stats.processor';
import { DocumentConverter } from './document-preview/document-converter';
import { DocumentPreviewProcessor } from './document-preview/document-preview.processor';
import { PendingPreviewRequeue } from './document-preview/pending-preview-requeue';
import { PreviewFileStore } from './document-preview/preview-file-store';
import { ImportFileSource } from './people-import/import-file-source';
import { PeopleImportProcessor } from './people-import/people-import.processor';
import { PendingQuizRequeue } from './quiz-grade/pending-quiz-requeue';
import { QuizDeadlineProcessor } from './quiz-grade/quiz-deadline.processor';
import { QuizGradeProcessor } from './quiz-grade/quiz-grade.processor';
import { PendingTranscodeRequeue } from './video-transcode/pending-transcode-requeue';
import { VideoFileStore } from './video-transcode/video-file-store';
import { VideoTranscodeProcessor } from './video-transcode/video-transcode.processor';
import { VideoTranscoder } from './video-transcode/video-transcoder';

/** Every job handler; JobsWorkerModule refuses to start unless each job name has exactly one. */
export const jobHandlers = [
  CourseStatsProcessor,
  PeopleImportProcessor,
  DocumentPreviewProcessor,
  VideoTranscodeProcessor,
  QuizGradeProcessor,
  QuizDeadlineProcessor,
  CertificateIssueProcessor,
  CertificateRenderProcessor,
];

/** What handlers use besides the database and the queue: files under DATA_DIR, LibreOffice, ffmpeg. */
const workerTools = [ImportFileSource, PreviewFileStore, DocumentConverter, VideoFileStore, VideoTranscoder];

@Global()
@Module({ providers: workerTools, exports: workerTools })
class WorkerFilesModule {}

/** The services handlers use (quiz grading, with course progress; certificates); global, as handlers live in JobsWorkerModule. */
@Global()
@Module({ imports: [QuizModule, CertificatesModule], exports: [QuizModule, CertificatesModule] })
class WorkerServicesModule {}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, 'worker'),
        DatabaseModule.forRoot(config),
        WorkerFilesModule,
        WorkerServicesModule,
        JobsWorkerModule.forRoot(config, jobHandlers),
      ],
      providers: [PendingPreviewRequeue, PendingTranscodeRequeue, PendingQuizRequeue, PendingCertificateRequeue],
    };
  }
}
