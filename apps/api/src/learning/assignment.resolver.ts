import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { AssignCourseInput, AssignmentResultModel, CourseAssignmentModel } from './assignment.model';
import { AssignmentService } from './assignment.service';

@Resolver(() => AssignmentResultModel)
export class AssignmentResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly access: AgencyAccess,
  ) {}

  // SignedIn, not RequirePermission: the agency is the course's, which the service loads and checks.
  @SignedIn()
  @Mutation(() => AssignmentResultModel, {
    description: 'Assigns a published course to people of its agency (ManageEnrolments): exactly one of userIds, workUnit or nips; at most 5000 people',
  })
  assignCourse(@CurrentActor() actor: Actor, @Args('input') input: AssignCourseInput): Promise<AssignmentResultModel> {
    return this.assignments.assign(actor, input);
  }

  @SignedIn()
  @Query(() => [CourseAssignmentModel], { description: "A course's classes (its assignments), newest first, for its agency's instructors and admins" })
  courseAssignments(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }) courseId: string): Promise<CourseAssignmentModel[]> {
    return this.assignments.ofCourse(actor, courseId);
  }

  @RequirePermission(Permission.ManageEnrolments, { agencyArg: 'agencyId' })
  @Query(() => [String], { description: "The work units named in the agency's people's profiles, A–Z" })
  agencyWorkUnits(@CurrentActor() actor: Actor, @Args('agencyId', { type: () => ID }) agencyId: string): Promise<string[]> {
    return this.assignments.workUnits(this.access.scope(actor, Permission.ManageEnrolments, agencyId));
  }
}
