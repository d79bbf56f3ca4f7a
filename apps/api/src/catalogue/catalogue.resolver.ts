import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorator';
import { FileUrlSigner } from '../course-files/file-url-signer';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loadAgency } from '../graphql/load-agency';
import { CatalogueAgencyModel } from './catalogue-agency.model';
import { CatalogueFilterInput } from './catalogue-filter.input';
import { CatalogueService } from './catalogue.service';
import { AgencyModel, CatalogueSort, CourseConnection, CourseInstructorModel, CourseModel, CourseModuleModel } from './course.model';
import { toCourseInstructorModel, toCourseModuleModel } from './course.mapper';

@Resolver(() => CourseModel)
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly fileUrls: FileUrlSigner,
  ) {}

  @Public()
  @Query(() => CourseConnection, { description: 'Published courses of every agency (not drafts, not archived)' })
  courses(
    @Args('first', { type: () => Int, defaultValue: 12 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => CatalogueFilterInput, nullable: true }) filter?: CatalogueFilterInput | null,
    @Args('sort', { type: () => CatalogueSort, defaultValue: CatalogueSort.NEWEST }) sort: CatalogueSort = CatalogueSort.NEWEST,
  ): Promise<CourseConnection> {
    return this.catalogue.listPublished({ first, after, filter, sort });
  }

  @Public()
  @Query(() => CourseModel, { nullable: true, description: 'A course with a published version (PUBLISHED or ARCHIVED); null for drafts and unknown ids' })
  course(@Args('id', { type: () => ID }) id: string): Promise<CourseModel | null> {
    return this.catalogue.findLive(id);
  }

  @Public()
  @Query(() => [CatalogueAgencyModel], { description: 'Agencies with at least one published course, by name: the choices of the agency filter' })
  catalogueAgencies(): Promise<CatalogueAgencyModel[]> {
    return this.catalogue.listAgencies();
  }

  @ResolveField('agency', () => AgencyModel)
  async agency(@Parent() course: CourseModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loadAgency(context, course.agencyId, `course ${course.id}`);
  }

  // Anyone may see the cover of a published course, so the signed URL goes to anyone who reads it.
  @ResolveField('coverImageUrl', () => String, { nullable: true, description: 'Signed, expiring URL of the cover image; null without one' })
  coverImageUrl(@Parent() course: CourseModel): string | null {
    return course.coverImageId ? this.fileUrls.url(course.coverImageId) : null;
  }

  @ResolveField('instructors', () => [CourseInstructorModel])
  async instructors(@Parent() course: CourseModel, @Context() context: GraphqlContext): Promise<CourseInstructorModel[]> {
    const users = await context.loaders.usersById.loadMany(course.instructorIds);
    return users.flatMap((user) => {
      if (user instanceof Error) throw user;
      // An instructor whose account is gone is left out rather than failing the course page.
      return user ? [toCourseInstructorModel(user)] : [];
    });
  }

  @ResolveField('modules', () => [CourseModuleModel], { description: 'The outline of the published version, in order' })
  async modules(@Parent() course: CourseModel, @Context() context: GraphqlContext): Promise<CourseModuleModel[]> {
    const outline = await context.loaders.outlineByCourseVersion.load({ courseId: course.id, version: course.publishedVersion });
    return outline.modules.map((module) => toCourseModuleModel(module, outline.lessonsByModuleId.get(module.id) ?? []));
  }
}
