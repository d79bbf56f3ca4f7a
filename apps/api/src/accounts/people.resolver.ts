import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import { AccountService } from '../auth/account.service';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PasswordResetService } from '../auth/password-reset.service';
import { Permission } from '../auth/permissions';
import { AgencyModel } from '../catalogue/course.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loadAgency } from '../graphql/load-agency';
import { PeopleService } from './people.service';
import { toUserModel } from './user.mapper';
import {
  CreateUserInput,
  MembershipModel,
  PasswordResetLinkModel,
  Role,
  UpdateProfileInput,
  UserConnection,
  UserModel,
} from './user.model';

@Resolver(() => UserModel)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly access: AgencyAccess,
    private readonly accounts: AccountService,
    private readonly passwordResets: PasswordResetService,
  ) {}

  @RequirePermission(Permission.ReadPeople, { agencyArg: 'agencyId' })
  @Query(() => UserConnection, { description: "An agency's people (its admins and the super admin)" })
  agencyUsers(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<UserConnection> {
    return this.people.list(this.access.scope(actor, Permission.ReadPeople, agencyId), first, after, search);
  }

  @RequirePermission(Permission.ManagePeople, { agencyArg: 'input.agencyId' })
  @Mutation(() => UserModel, { description: 'Adds a person to an agency with roles (an existing NIP gains the roles)' })
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    const { agencyId, roles, ...profile } = input;
    const scope = this.access.scope(actor, Permission.ManagePeople, agencyId);
    return toUserModel(await this.people.add(scope, { ...profile, roles }));
  }

  @RequirePermission(Permission.ManagePeople, { agencyArg: 'agencyId' })
  @Mutation(() => UserModel, { description: "Replaces a person's roles in one agency" })
  async setMemberRoles(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('roles', { type: () => [Role] }) roles: Role[],
  ): Promise<UserModel> {
    const scope = this.access.scope(actor, Permission.ManagePeople, agencyId);
    return toUserModel(await this.people.setRoles(actor, scope, userId, roles));
  }

  @RequirePermission(Permission.ManagePeople, { agencyArg: 'agencyId' })
  @Mutation(() => PasswordResetLinkModel, { description: 'A one-time link for the person to set a password' })
  issuePasswordReset(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<PasswordResetLinkModel> {
    return this.passwordResets.issue(actor, this.access.scope(actor, Permission.ManagePeople, agencyId), userId);
  }

  @SignedIn()
  @Mutation(() => UserModel)
  async updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return toUserModel(await this.accounts.updateProfile(actor, input));
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField('agency', () => AgencyModel)
  async agency(@Parent() membership: MembershipModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loadAgency(context, membership.agencyId, 'membership');
  }
}
