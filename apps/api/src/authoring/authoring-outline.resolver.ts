import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuthoringOutlineService } from './authoring-outline.service';
import { LessonChangesInput, ModuleOrderInput, NewLessonInput } from './authoring.input';
import { toAuthoringCourseModel } from './authoring.mapper';
import { AuthoringCourseModel } from './authoring.model';

/** Edits of the draft's modules and lessons. Each names the revision it started from (stale: CONFLICT). */
@Resolver(() => AuthoringCourseModel)
export class AuthoringOutlineResolver {
  constructor(private readonly outline: AuthoringOutlineService) {}

  @SignedIn()
  @Mutation(() => AuthoringCourseModel)
  async addModule(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('title', { type: () => String }) title: string,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.addModule(actor, courseId, revision, title));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel)
  async renameModule(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('title', { type: () => String }) title: string,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.renameModule(actor, courseId, revision, moduleId, title));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, { description: 'Removes the module and its lessons from the draft' })
  async removeModule(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('moduleId', { type: () => ID }) moduleId: string,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.removeModule(actor, courseId, revision, moduleId));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, { description: 'Adds a lesson at the end of the module' })
  async addLesson(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('input') input: NewLessonInput,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.addLesson(actor, courseId, revision, moduleId, input));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel)
  async updateLesson(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('input') input: LessonChangesInput,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.updateLesson(actor, courseId, revision, lessonId, input));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel)
  async removeLesson(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('lessonId', { type: () => ID }) lessonId: string,
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.removeLesson(actor, courseId, revision, lessonId));
  }

  @SignedIn()
  @Mutation(() => AuthoringCourseModel, {
    description: "The full order of the draft (lessons may move between modules); it must name exactly the draft's modules and lessons, else CONFLICT",
  })
  async reorderCourse(
    @CurrentActor() actor: Actor,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('modules', { type: () => [ModuleOrderInput] }) modules: ModuleOrderInput[],
  ): Promise<AuthoringCourseModel> {
    return toAuthoringCourseModel(await this.outline.reorder(actor, courseId, revision, modules));
  }
}
