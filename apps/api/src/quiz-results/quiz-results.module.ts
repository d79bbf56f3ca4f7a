import { Module } from '@nestjs/common';
import { QuizModule } from '@lentera/quiz';
import { AuthModule } from '../auth/auth.module';
import { GradedAttemptsService } from './graded-attempts.service';
import { LearningGainService } from './learning-gain.service';
import { QuizResultsAccess } from './quiz-results-access';
import { QuizResultsService } from './quiz-results.service';

/**
 * Services of this feature; its resolvers are listed in quiz-results.resolvers.ts (the app provides them).
 * Repositories come from the global DatabaseModule, AgencyAccess from AuthModule, QuizGradingService (essay grades) from QuizModule.
 */
@Module({
  imports: [AuthModule, QuizModule],
  providers: [QuizResultsAccess, QuizResultsService, GradedAttemptsService, LearningGainService],
  exports: [QuizResultsService, GradedAttemptsService, LearningGainService],
})
export class QuizResultsModule {}
