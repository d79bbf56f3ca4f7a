import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toAuthoringCourseModel } from '../authoring/authoring.mapper';
import { AuthoringCourseModel } from '../authoring/authoring.model';
import { quizSettingsOf } from './question.mapper';
import { QuizSettingsInput } from './quiz-settings.input';
import { QuizSettingsService } from './quiz-settings.service';

@Resolver(() => AuthoringCourseModel)
export class QuizSettingsResolver {
  constructor(private readonly settings: QuizSettingsService) {}

  @SignedIn()
  @Mutation(() => AuthoringCourseModel)
  async updateQuizSettings(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('input') input: QuizSettingsInput,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.settings.update(actor, courseId, revision, lessonId, quizSettingsOf(input)));
  }
}
