import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { learningStatuses } from '@lentera/db';
import { isLessonLocked, shareOf } from '@lentera/learning';
import type { Actor } from '../auth/actor';
import { OptionalActor } from '../auth/current-actor.decorator';
import { CourseModel, LessonKind, LessonModel } from '../catalogue/course.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { lessonStateOf, toEnrolmentModel } from './enrolment.mapper';
import { EnrolmentModel, LessonProgressModel } from './enrolment.model';
import { loadLearnerPath } from './learner-path';

/** The caller's own enrolment on the catalogue's Course type. */
@Resolver(() => CourseModel)
export class CourseEnrolmentFieldResolver {
  @ResolveField('myEnrolment', () => EnrolmentModel, { nullable: true, description: 'The caller\'s enrolment in any status; null when anonymous or never enrolled' })
  async myEnrolment(@Parent() course: CourseModel, @OptionalActor() actor: Actor | null, @Context() context: GraphqlContext): Promise<EnrolmentModel | null> {
    if (!actor) return null;
    const enrolment = await context.loaders.enrolmentByLearnerCourse.load({ userId: actor.userId, courseId: course.id });
    return enrolment ? toEnrolmentModel(enrolment) : null;
  }
}

/** The caller's own progress on the catalogue's Lesson type. */
@Resolver(() => LessonModel)
export class LessonProgressFieldResolver {
  @ResolveField('myProgress', () => LessonProgressModel, { nullable: true, description: 'The caller\'s progress; null when not enrolled (a learner who left keeps theirs)' })
  async myProgress(@Parent() lesson: LessonModel, @OptionalActor() actor: Actor | null, @Context() context: GraphqlContext): Promise<LessonProgressModel | null> {
    if (!actor) return null;
    const enrolment = await context.loaders.enrolmentByLearnerCourse.load({ userId: actor.userId, courseId: lesson.courseId });
    if (!enrolment || !(learningStatuses.includes(enrolment.status) || enrolment.status === 'left')) return null;
    const path = await loadLearnerPath(context.loaders, actor.userId, lesson.courseId, lesson.version);
    const row = path.progressByLessonId.get(lesson.id);
    return {
      state: lessonStateOf(row),
      timeSpentSeconds: row?.timeSpentSeconds ?? 0,
      startedAt: row?.startedAt ?? null,
      completedAt: row?.completedAt ?? null,
      locked: isLessonLocked(path, lesson.id),
      // From the row alone (it keeps the video's length), so an outline of many videos costs no extra query.
      videoPositionSeconds: lesson.kind === LessonKind.VIDEO ? (row?.video?.positionSeconds ?? 0) : null,
      watchedShare: lesson.kind === LessonKind.VIDEO ? (row?.video ? shareOf(row.video) : 0) : null,
    };
  }
}
