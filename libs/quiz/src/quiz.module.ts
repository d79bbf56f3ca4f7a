import { Module } from '@nestjs/common';
import { LearningModule } from '@lentera/learning';
import { QuizGradingService } from './quiz-grading.service';

/** Grading for the worker and the API; the repositories come from the global DatabaseModule. */
@Module({ imports: [LearningModule], providers: [QuizGradingService], exports: [QuizGradingService] })
export class QuizModule {}
