import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { toEnrolledLearnerModel } from '../learning/enrolment.mapper';
import { EnrolledLearnerModel } from '../learning/enrolment.model';
import { LearnerGainModel } from './learning-gain.model';
import { GradedAttemptModel, QuizResultRowModel } from './quiz-results.model';

// The learner of a result row, a graded attempt or a gain row, through the request's DataLoader:
// a page of rows costs one users query.

async function learnerOf(context: GraphqlContext, userId: string): Promise<EnrolledLearnerModel> {
  const user = await context.loaders.usersById.load(userId);
  // Learners are never deleted (their attempts and enrolments are history).
  if (!user) throw new Error(`quiz result refers to missing user ${userId}`);
  return toEnrolledLearnerModel(user);
}

@Resolver(() => QuizResultRowModel)
export class QuizResultRowLearnerResolver {
  @ResolveField('learner', () => EnrolledLearnerModel)
  learner(@Parent() row: QuizResultRowModel, @Context() context: GraphqlContext): Promise<EnrolledLearnerModel> {
    return learnerOf(context, row.userId);
  }
}

@Resolver(() => GradedAttemptModel)
export class GradedAttemptLearnerResolver {
  @ResolveField('learner', () => EnrolledLearnerModel)
  learner(@Parent() attempt: GradedAttemptModel, @Context() context: GraphqlContext): Promise<EnrolledLearnerModel> {
    return learnerOf(context, attempt.userId);
  }
}

@Resolver(() => LearnerGainModel)
export class LearnerGainLearnerResolver {
  @ResolveField('learner', () => EnrolledLearnerModel)
  learner(@Parent() gain: LearnerGainModel, @Context() context: GraphqlContext): Promise<EnrolledLearnerModel> {
    return learnerOf(context, gain.userId);
  }
}
