import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuthoringAccess } from '../authoring/authoring-access';
import { CourseQuizzesService } from './course-quizzes.service';
import { QuestionBankTransferService } from './question-bank-transfer.service';
import { QuestionBankService } from './question-bank.service';
import { QuizBankAccess } from './quiz-bank-access';
import { QuizSettingsService } from './quiz-settings.service';

/**
 * Services of this feature; its resolvers are listed in quiz-bank.resolvers.ts (the app provides
 * them). AuthoringAccess is stateless, so this module holds its own instance instead of reaching
 * into the app module's. CourseQuizzesService serves the authoring publish and delete paths.
 */
@Module({
  imports: [AuthModule],
  providers: [AuthoringAccess, QuizBankAccess, QuestionBankService, QuestionBankTransferService, QuizSettingsService, CourseQuizzesService],
  exports: [QuestionBankService, QuestionBankTransferService, QuizSettingsService, CourseQuizzesService],
})
export class QuizBankModule {}
