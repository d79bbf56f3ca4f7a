import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { GradedAttemptsService } from './graded-attempts.service';
import { EssayGradeInput, GradedAttemptConnection, GradedAttemptModel } from './quiz-results.model';

// Signed in here; the service checks GradeQuizzes in the agency of the course or attempt.
@Resolver()
export class GradedAttemptResolver {
  constructor(private readonly graded: GradedAttemptsService) {}

  @SignedIn()
  @Query(() => GradedAttemptModel)
  gradedAttempt(@CurrentActor() actor: Actor, @Args('attemptId', { type: () => ID }) attemptId: string): Promise<GradedAttemptModel> {
    return this.graded.gradedAttempt(actor, attemptId);
  }

  @SignedIn()
  @Query(() => GradedAttemptConnection)
  essayGradingQueue(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<GradedAttemptConnection> {
    return this.graded.essayQueue(actor, courseId, first, after);
  }

  @SignedIn()
  @Mutation(() => GradedAttemptModel)
  gradeEssay(
    @CurrentActor() actor: Actor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('gradingRevision', { type: () => Int }) gradingRevision: number,
    @Args('input', { type: () => EssayGradeInput }) input: EssayGradeInput,
  ): Promise<GradedAttemptModel> {
    return this.graded.gradeEssay(actor, { attemptId, questionId, gradingRevision, input });
  }
}
