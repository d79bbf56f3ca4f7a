import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { LessonViewModel } from '../learning/lesson-view.model';
import { QuizOverviewModel } from './quiz-attempt.model';
import { QuizAttemptLoaders } from './quiz-attempt.loaders';
import { QuizOverviewService } from './quiz-overview.service';

/** LessonView.quiz: the lesson query already checked the enrolment and the locks (or that the caller previews). */
@Resolver(() => LessonViewModel)
export class LessonQuizFieldResolver {
  constructor(
    private readonly overviews: QuizOverviewService,
    private readonly loaders: QuizAttemptLoaders,
  ) {}

  @ResolveField('quiz', () => QuizOverviewModel, { nullable: true, description: 'QUIZ lessons' })
  async quiz(@Parent() view: LessonViewModel, @CurrentActor() actor: Actor, @Context() context: GraphqlContext): Promise<QuizOverviewModel | null> {
    if (!view.quizSettings) return null;
    return this.overviews.overview(
      { userId: actor.userId, courseId: view.course.id, lessonId: view.lesson.id, settings: view.quizSettings, openedAsLearner: view.openedAsLearner === true },
      this.loaders.of(context.loaders),
    );
  }
}
