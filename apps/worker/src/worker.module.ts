import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@lentera/config';
import { DatabaseModule } from '@lentera/db';
import { JobsWorkerModule } from '@lentera/jobs';
import { LoggingModule } from '@lentera/logging';
import { CourseStatsProcessor } from './course-stats/course-stats.processor';

/** Every job handler; JobsWorkerModule refuses to start unless each job name has exactly one. */
export const jobHandlers = [CourseStatsProcessor];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, 'worker'),
        DatabaseModule.forRoot(config),
        JobsWorkerModule.forRoot(config, jobHandlers),
      ],
    };
  }
}
