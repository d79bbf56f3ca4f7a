import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loadAgency } from '../graphql/load-agency';
import { CatalogueService } from './catalogue.service';
import { AgencyModel, CourseConnection, CourseModel, CourseModuleModel } from './course.model';
import { toCourseModuleModel } from './course.mapper';

@Resolver(() => CourseModel)
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Query(() => CourseConnection, { description: 'Published courses, newest first' })
  courses(
    @Args('first', { type: () => Int, defaultValue: 12 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CourseConnection> {
    return this.catalogue.listPublished(first, after);
  }

  @Public()
  @Query(() => CourseModel, { nullable: true, description: 'A published course; null when there is none with this id' })
  course(@Args('id', { type: () => ID }) id: string): Promise<CourseModel | null> {
    return this.catalogue.findPublished(id);
  }

  @ResolveField('agency', () => AgencyModel)
  async agency(@Parent() course: CourseModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loadAgency(context, course.agencyId, `course ${course.id}`);
  }

  @ResolveField('modules', () => [CourseModuleModel])
  async modules(@Parent() course: CourseModel, @Context() context: GraphqlContext): Promise<CourseModuleModel[]> {
    const outline = await context.loaders.outlineByCourseVersion.load({ courseId: course.id, version: course.publishedVersion });
    return outline.modules.map((module) => toCourseModuleModel(module, outline.lessonsByModuleId.get(module.id) ?? []));
  }
}
