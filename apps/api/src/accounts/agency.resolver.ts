import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { toAgencyModel } from '../catalogue/course.mapper';
import { AgencyModel } from '../catalogue/course.model';
import { CreateAgencyInput } from './agency.model';
import { AgencyService } from './agency.service';
import { AgencyConnection } from './user.model';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  @SignedIn()
  @Query(() => AgencyConnection, { description: 'Every agency for the super admin; the agencies one holds a role in otherwise' })
  agencies(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AgencyConnection> {
    return this.agencyService.listFor(actor, first, after);
  }

  @RequirePermission(Permission.ManageAgencies)
  @Mutation(() => AgencyModel)
  async createAgency(@Args('input') input: CreateAgencyInput): Promise<AgencyModel> {
    return toAgencyModel(await this.agencyService.create({ code: input.code, name: input.name, kind: input.kind, region: input.region }));
  }
}
