import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isValidId } from '@lentera/db';
import { AgencyModel, CourseInstructorModel } from '../catalogue/course.model';
import { toCourseInstructorModel } from '../catalogue/course.mapper';
import { FileUrlSigner } from '../course-files/file-url-signer';
import { MediaUrlSigner } from '../media/media-url-signer';
import { isVideoAsset, toVideoModel } from '../video/video.mapper';
import { VideoModel } from '../video/video.model';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loadAgency } from '../graphql/load-agency';
import { toAuthoringModuleModels, toCourseAssetModel } from './authoring.mapper';
import { AuthoringCourseModel, AuthoringLessonModel, AuthoringModuleModel, CourseAssetModel } from './authoring.model';

/**
 * The relations of an authoring course, each through the request's DataLoaders. Whoever got the
 * course through `authoringCourse(s)` or a mutation may author it, so its files' URLs are theirs.
 */
@Resolver(() => AuthoringCourseModel)
export class AuthoringCourseFieldsResolver {
  constructor(private readonly signer: FileUrlSigner) {}

  @ResolveField('agency', () => AgencyModel)
  agency(@Parent() course: AuthoringCourseModel, @Context() context: GraphqlContext): Promise<AgencyModel> {
    return loadAgency(context, course.agencyId, `course ${course.id}`);
  }

  @ResolveField('coverImage', () => CourseAssetModel, { nullable: true, description: 'An IMAGE asset of the course' })
  async coverImage(@Parent() course: AuthoringCourseModel, @Context() context: GraphqlContext): Promise<CourseAssetModel | null> {
    if (!course.coverImageId) return null;
    const asset = await context.loaders.courseAssetById.load(course.coverImageId);
    return asset ? toCourseAssetModel(asset, (id, options) => this.signer.url(id, options)) : null;
  }

  @ResolveField('asset', () => CourseAssetModel, {
    nullable: true,
    description: 'A file uploaded to this course, e.g. to follow the preview of a document not yet saved on a lesson; null when unknown',
  })
  async asset(
    @Parent() course: AuthoringCourseModel,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphqlContext,
  ): Promise<CourseAssetModel | null> {
    const asset = isValidId(id) ? await context.loaders.courseAssetById.load(id) : null;
    // Only the course's own files: the id alone must not reach another course's.
    return asset && asset.courseId === course.id ? toCourseAssetModel(asset, (assetId, options) => this.signer.url(assetId, options)) : null;
  }

  @ResolveField('instructors', () => [CourseInstructorModel])
  async instructors(@Parent() course: AuthoringCourseModel, @Context() context: GraphqlContext): Promise<CourseInstructorModel[]> {
    const people = await context.loaders.usersById.loadMany(course.instructorIds);
    return people.flatMap((person) => (person && !(person instanceof Error) ? [toCourseInstructorModel(person)] : []));
  }

  @ResolveField('modules', () => [AuthoringModuleModel], { description: 'The draft (version 0), in order' })
  async modules(@Parent() course: AuthoringCourseModel, @Context() context: GraphqlContext): Promise<AuthoringModuleModel[]> {
    return toAuthoringModuleModels(await context.loaders.draftOutlineByCourseId.load(course.id), (id) => this.signer.url(id));
  }
}

@Resolver(() => AuthoringLessonModel)
export class AuthoringLessonFieldsResolver {
  constructor(
    private readonly signer: FileUrlSigner,
    private readonly mediaUrls: MediaUrlSigner,
  ) {}

  @ResolveField('document', () => CourseAssetModel, { nullable: true, description: 'DOCUMENT lessons: the file' })
  async document(@Parent() lesson: AuthoringLessonModel, @Context() context: GraphqlContext): Promise<CourseAssetModel | null> {
    if (!lesson.documentId) return null;
    const asset = await context.loaders.courseAssetById.load(lesson.documentId);
    return asset ? toCourseAssetModel(asset, (id, options) => this.signer.url(id, options)) : null;
  }

  @ResolveField('video', () => VideoModel, { nullable: true, description: 'VIDEO lessons' })
  async video(@Parent() lesson: AuthoringLessonModel, @Context() context: GraphqlContext): Promise<VideoModel | null> {
    if (!lesson.videoId) return null;
    const asset = await context.loaders.courseAssetById.load(lesson.videoId);
    return isVideoAsset(asset) ? toVideoModel(asset, this.mediaUrls) : null;
  }
}
