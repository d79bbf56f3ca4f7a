import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QuizAttemptStatus } from '../quiz-attempts/attempt-enums';
import { QuizResultConnection, QuizResultsSummaryModel } from './quiz-results.model';
import { QuizResultsService } from './quiz-results.service';

// Signed in here; the service checks ReadLearnerProgress in the course's agency (the agency is the course's, not an argument).
@Resolver()
export class QuizResultsResolver {
  constructor(private readonly results: QuizResultsService) {}

  @SignedIn()
  @Query(() => QuizResultConnection)
  quizResults(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('status', { type: () => QuizAttemptStatus, nullable: true }) status: QuizAttemptStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<QuizResultConnection> {
    return this.results.results(actor, { courseId, lessonId, status, first, after });
  }

  @SignedIn()
  @Query(() => QuizResultsSummaryModel)
  quizResultsSummary(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('lessonId', { type: () => ID }) lessonId: string,
  ): Promise<QuizResultsSummaryModel> {
    return this.results.summary(actor, courseId, lessonId);
  }
}
