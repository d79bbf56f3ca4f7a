import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CourseProgressService } from '@lentera/learning';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toLessonModel } from '../catalogue/course.mapper';
import type { GraphqlContext } from '../graphql/graphql-context';
import { toEnrolmentModel } from './enrolment.mapper';
import { LessonProgressInput, LessonProgressResultModel, LessonViewModel } from './lesson-view.model';
import { LessonViewService } from './lesson-view.service';
import { VideoWatchInput, VideoWatchResultModel } from './video-watch.model';

@Resolver(() => LessonViewModel)
export class LessonViewResolver {
  constructor(
    private readonly lessonViews: LessonViewService,
    private readonly progress: CourseProgressService,
  ) {}

  @SignedIn()
  @Query(() => LessonViewModel, {
    description: 'A lesson of the published version: for learners enrolled (locked lessons refused), or a preview for instructors and admins of its agency',
  })
  lesson(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Context() context: GraphqlContext,
  ): Promise<LessonViewModel> {
    return this.lessonViews.view(actor, courseId, lessonId, context.loaders);
  }

  @SignedIn()
  @Mutation(() => LessonProgressResultModel, { description: "Records time spent in a lesson of one's own course and whether its end was reached" })
  async recordLessonProgress(@CurrentActor() actor: Actor, @Args('input') input: LessonProgressInput): Promise<LessonProgressResultModel> {
    const result = await this.progress.recordLearnerReport({ userId: actor.userId, ...input });
    return { lesson: toLessonModel(result.lesson), enrolment: toEnrolmentModel(result.enrolment), courseCompletedNow: result.courseCompletedNow };
  }

  @SignedIn()
  @Mutation(() => VideoWatchResultModel, { description: 'Saves where the learner is in a video lesson and what they watched; done at 90 % watched' })
  async recordVideoWatch(@CurrentActor() actor: Actor, @Args('input') input: VideoWatchInput): Promise<VideoWatchResultModel> {
    const result = await this.progress.recordVideoWatch({ userId: actor.userId, ...input });
    return {
      lesson: toLessonModel(result.lesson),
      enrolment: toEnrolmentModel(result.enrolment),
      courseCompletedNow: result.courseCompletedNow,
      watchedShare: result.watchedShare,
      positionSeconds: result.positionSeconds,
    };
  }
}
