import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LearnerGainConnection, LearningGainReportModel } from './learning-gain.model';
import { LearningGainService } from './learning-gain.service';

// Signed in here; the service checks ReadLearnerProgress in the course's agency.
@Resolver()
export class LearningGainResolver {
  constructor(private readonly gain: LearningGainService) {}

  @SignedIn()
  @Query(() => LearningGainReportModel)
  learningGain(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<LearningGainReportModel> {
    return this.gain.report(actor, courseId);
  }

  @SignedIn()
  @Query(() => LearnerGainConnection)
  learningGainLearners(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('assignmentId', { type: () => ID, nullable: true }) assignmentId: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<LearnerGainConnection> {
    return this.gain.learners(actor, { courseId, assignmentId, first, after });
  }
}
