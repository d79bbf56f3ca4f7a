import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { CourseStatus } from '../catalogue/course.model';
import { AuthoringCourseService } from './authoring-course.service';
import { CourseDetailsInput, CreateCourseInput } from './authoring.input';
import { toAuthoringCourseModel } from './authoring.mapper';
import { AuthoringCourseConnection, AuthoringCourseModel } from './authoring.model';
import { CoursePublicationService } from './course-publication.service';
import { CourseRemovalService } from './course-removal.service';

/** Drafts and their fate: the author's lists, details, publishing, archiving, deleting. */
@Resolver(() => AuthoringCourseModel)
export class AuthoringResolver {
  constructor(
    private readonly courses: AuthoringCourseService,
    private readonly publication: CoursePublicationService,
    private readonly removal: CourseRemovalService,
    private readonly access: AgencyAccess,
  ) {}

  @RequirePermission(Permission.AuthorCourses, { agencyArg: 'agencyId' })
  @Query(() => AuthoringCourseConnection, { description: "An agency's courses in every status (drafts included), newest first" })
  authoringCourses(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('status', { type: () => CourseStatus, nullable: true }) status: CourseStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuthoringCourseConnection> {
    return this.courses.list(this.access.scope(actor, Permission.AuthorCourses, agencyId), first, after, status);
  }

  @SignedIn()
  @Query(() => AuthoringCourseModel, { nullable: true, description: 'Null when unknown or the caller may not author in its agency' })
  async authoringCourse(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AuthoringCourseModel | null> {
    const course = await this.courses.findVisible(actor, id);
    return course ? toAuthoringCourseModel(course) : null;
  }

  @RequirePermission(Permission.AuthorCourses, { agencyArg: 'input.agencyId' })
  @Mutation(() => AuthoringCourseModel, { description: 'A new draft; its creator becomes one of its instructors' })
  async createCourse(@CurrentActor() actor: Actor, @Args('input') input: CreateCourseInput): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.courses.create(actor, input));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, { description: "Changes the draft's details; CONFLICT when `revision` is not the current one" })
  async updateCourseDetails(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('input') input: CourseDetailsInput,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.courses.updateDetails(actor, courseId, revision, input));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, { description: 'Makes the draft at `revision` what learners see (agency admins)' })
  async publishCourse(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.publication.publish(actor, courseId, revision));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, { description: 'Out of the catalogue; enrolled learners keep it (agency admins)' })
  async archiveCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.publication.archive(actor, courseId));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Only a course nobody ever enrolled in (else CONFLICT: archive it); agency admins' })
  deleteCourse(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<boolean> {
    return this.removal.delete(actor, courseId);
  }
}
