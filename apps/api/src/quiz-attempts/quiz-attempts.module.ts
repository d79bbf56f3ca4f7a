import { Module } from '@nestjs/common';
import { LearningModule } from '@lentera/learning';
import { QuizAttemptLoaders } from './quiz-attempt.loaders';
import { QuizAttemptService } from './quiz-attempt.service';
import { QuizOverviewService } from './quiz-overview.service';

/**
 * Services of this feature; its resolvers are listed in quiz-attempts.resolvers.ts (the app provides them).
 * Repositories come from the global DatabaseModule, JobQueue from the global JobsProducerModule,
 * CourseProgressService from LearningModule.
 */
@Module({
  imports: [LearningModule],
  providers: [QuizAttemptService, QuizOverviewService, QuizAttemptLoaders],
  exports: [QuizAttemptService, QuizOverviewService, QuizAttemptLoaders],
})
export class QuizAttemptsModule {}
