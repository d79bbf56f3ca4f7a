import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { progressPercent, requiredProgress, resumeLesson } from '@lentera/learning';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { CourseModel, LessonModel } from '../catalogue/course.model';
import { toCourseModel, toLessonModel } from '../catalogue/course.mapper';
import type { GraphqlContext } from '../graphql/graphql-context';
import { EnrolmentListsService } from './enrolment-lists.service';
import { lessonStateOf, toEnrolledLearnerModel, toEnrolmentModel } from './enrolment.mapper';
import {
  EnrolledLearnerModel,
  EnrolmentConnection,
  EnrolmentModel,
  EnrolmentProgressModel,
  EnrolmentStatus,
  LessonProgressEntryModel,
  MyLearningGroup,
} from './enrolment.model';
import { EnrolmentService } from './enrolment.service';
import { loadLearnerPath, type LearnerPath } from './learner-path';

@Resolver(() => EnrolmentModel)
export class EnrolmentResolver {
  constructor(
    private readonly enrolmentService: EnrolmentService,
    private readonly lists: EnrolmentListsService,
    private readonly access: AgencyAccess,
  ) {}

  @SignedIn()
  @Mutation(() => EnrolmentModel, {
    description: 'Joins a published course: OPEN at once, APPROVAL as a request; ASSIGNED courses are refused. Twice is once; after leaving, active again with the progress kept',
  })
  async enrol(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolmentService.enrol(actor, courseId));
  }

  @SignedIn()
  @Mutation(() => EnrolmentModel, { description: 'Leaves a self-enrolled course (or withdraws a request); assigned and completed courses cannot be left' })
  async leaveCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolmentService.leave(actor, courseId));
  }

  @SignedIn()
  @Mutation(() => EnrolmentModel, { description: "Approves or declines a request to join one of the agency's courses (ManageEnrolments)" })
  async decideEnrolment(
    @CurrentActor() actor: Actor,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
  ): Promise<EnrolmentModel> {
    return toEnrolmentModel(await this.enrolmentService.decide(actor, enrolmentId, approve));
  }

  @SignedIn()
  @Query(() => EnrolmentConnection, { description: 'The caller\'s own enrolments, one group of "Belajar saya" at a time' })
  myEnrolments(
    @CurrentActor() actor: Actor,
    @Args('group', { type: () => MyLearningGroup }) group: MyLearningGroup,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnrolmentConnection> {
    return this.lists.mine(actor, group, first, after);
  }

  @SignedIn()
  @Query(() => EnrolmentConnection, { description: "A course's learners, in enrolment order, for its agency's instructors and admins; search matches name or NIP" })
  courseEnrolments(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status: EnrolmentStatus | null,
    @Args('overdueOnly', { type: () => Boolean, defaultValue: false }) overdueOnly: boolean,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnrolmentConnection> {
    return this.lists.ofCourse(actor, { courseId, status, overdueOnly, search, first, after });
  }

  @RequirePermission(Permission.ManageEnrolments, { agencyArg: 'agencyId' })
  @Query(() => EnrolmentConnection, { description: "The agency's active enrolments past their due date, most overdue first" })
  overdueEnrolments(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<EnrolmentConnection> {
    return this.lists.overdue(this.access.scope(actor, Permission.ManageEnrolments, agencyId), first, after);
  }

  @ResolveField('course', () => CourseModel)
  async course(@Parent() enrolment: EnrolmentModel, @Context() context: GraphqlContext): Promise<CourseModel> {
    const course = await context.loaders.courseById.load(enrolment.courseId);
    // Courses with enrolments are archived, never deleted, and always have a live version.
    if (!course) throw new Error(`enrolment ${enrolment.id} refers to course ${enrolment.courseId} without a live version`);
    return toCourseModel(course);
  }

  @ResolveField('learner', () => EnrolledLearnerModel)
  async learner(@Parent() enrolment: EnrolmentModel, @Context() context: GraphqlContext): Promise<EnrolledLearnerModel> {
    const user = await context.loaders.usersById.load(enrolment.userId);
    if (!user) throw new Error(`enrolment ${enrolment.id} refers to missing user ${enrolment.userId}`);
    return toEnrolledLearnerModel(user);
  }

  // Counted against the current published version (a republished course may add or drop lessons).
  @ResolveField('progress', () => EnrolmentProgressModel)
  async progress(@Parent() enrolment: EnrolmentModel, @Context() context: GraphqlContext): Promise<EnrolmentProgressModel> {
    const counters = requiredProgress(await this.pathOf(enrolment, context));
    return { ...counters, percent: progressPercent(counters), timeSpentSeconds: enrolment.timeSpentSeconds };
  }

  @ResolveField('resumeLesson', () => LessonModel, { nullable: true, description: 'What "continue" opens; null when the course has no lessons' })
  async resumeLesson(@Parent() enrolment: EnrolmentModel, @Context() context: GraphqlContext): Promise<LessonModel | null> {
    const lesson = resumeLesson(await this.pathOf(enrolment, context), enrolment.lastLessonId);
    return lesson ? toLessonModel(lesson) : null;
  }

  @ResolveField('lessonProgress', () => [LessonProgressEntryModel], { description: 'Every lesson of the published version in course order, with the learner\'s state' })
  async lessonProgress(@Parent() enrolment: EnrolmentModel, @Context() context: GraphqlContext): Promise<LessonProgressEntryModel[]> {
    const path = await this.pathOf(enrolment, context);
    const moduleTitles = new Map(path.outline.modules.map((module) => [module.id, module.title]));
    return path.lessons.map((lesson) => {
      const row = path.progressByLessonId.get(lesson.id);
      return {
        lessonId: lesson.id,
        title: lesson.title,
        moduleTitle: moduleTitles.get(lesson.moduleId) ?? '',
        state: lessonStateOf(row),
        timeSpentSeconds: row?.timeSpentSeconds ?? 0,
        completedAt: row?.completedAt ?? null,
      };
    });
  }

  private async pathOf(enrolment: EnrolmentModel, context: GraphqlContext): Promise<LearnerPath> {
    const course = await context.loaders.courseById.load(enrolment.courseId);
    if (!course) throw new Error(`enrolment ${enrolment.id} refers to course ${enrolment.courseId} without a live version`);
    return loadLearnerPath(context.loaders, enrolment.userId, course.id, course.publishedVersion);
  }
}
