import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission, SignedIn } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { AgencyAccess } from '../auth/agency-access';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Permission } from '../auth/permissions';
import { AgencyModel } from '../catalogue/course.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loadAgency } from '../graphql/load-agency';
import { assertPageSize } from '../graphql/pagination';
import { toUserImportModel } from './user-import.mapper';
import { UserImportModel, UserImportProblemModel } from './user-import.model';
import { UserImportReader } from './user-import-reader.service';

@Resolver(() => UserImportModel)
export class UserImportResolver {
  constructor(
    private readonly reader: UserImportReader,
    private readonly access: AgencyAccess,
  ) {}

  @SignedIn()
  @Query(() => UserImportModel, { nullable: true, description: 'Null when it does not exist or belongs to an agency one may not import into' })
  async userImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserImportModel | null> {
    const record = await this.reader.findVisible(actor, id);
    return record ? toUserImportModel(record) : null;
  }

  @RequirePermission(Permission.ImportPeople, { agencyArg: 'agencyId' })
  @Query(() => [UserImportModel], { description: "An agency's latest imports, newest first" })
  async userImports(
    @CurrentActor() actor: Actor,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<UserImportModel[]> {
    const records = await this.reader.list(this.access.scope(actor, Permission.ImportPeople, agencyId), first);
    return records.map(toUserImportModel);
  }

  @ResolveField('agency', () => AgencyModel)
  async agency(@Parent() userImport: UserImportModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loadAgency(context, userImport.agencyId, `import ${userImport.id}`);
  }

  @ResolveField('problems', () => [UserImportProblemModel], { description: 'The first problems in row order (at most 50); errorReportUrl has them all' })
  problems(@Parent() userImport: UserImportModel, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): UserImportProblemModel[] {
    assertPageSize(first);
    return userImport.firstProblems.slice(0, first);
  }
}
