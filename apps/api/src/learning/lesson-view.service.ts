import { Injectable } from '@nestjs/common';
import { LessonRepository, learningStatuses, type CourseAssetRecord, type LiveCourseRecord } from '@lentera/db';
import { assertValidId, courseNotFound, isLessonLocked, lessonLocked, lessonNotFound, notEnrolled, previousLesson } from '@lentera/learning';
import { hasPermission, type Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { toCourseModel, toLessonModel } from '../catalogue/course.mapper';
import { DocumentPreviewStatus, previewStatusOf } from '../course-files/document-preview.model';
import { viewableInBrowser } from '../course-files/file-signature';
import { FileUrlSigner } from '../course-files/file-url-signer';
import { withSignedImages } from '../authoring/rich-text';
import type { Loaders } from '../graphql/loaders';
import { MediaUrlSigner } from '../media/media-url-signer';
import { isVideoAsset, toLessonVideoModel } from '../video/video.mapper';
import { loadLearnerPath } from './learner-path';
import type { LessonDocumentModel, LessonViewModel } from './lesson-view.model';

/** A lesson of the published version as a learner opens it (or an author previews it). */
@Injectable()
export class LessonViewService {
  constructor(
    private readonly lessons: LessonRepository,
    private readonly fileUrls: FileUrlSigner,
    private readonly mediaUrls: MediaUrlSigner,
  ) {}

  /**
   * For learners enrolled (active or completed), lock rules applied; for instructors and admins of
   * the course's agency, a preview without locks. Reads go through the request's DataLoaders, which
   * the fields of the answer (the lesson's progress, the course) reuse.
   */
  async view(actor: Actor, courseId: string, lessonId: string, loaders: Loaders): Promise<LessonViewModel> {
    assertValidId(courseId, 'course');
    assertValidId(lessonId, 'lesson');
    const [course, enrolment] = await Promise.all([
      loaders.courseById.load(courseId),
      loaders.enrolmentByLearnerCourse.load({ userId: actor.userId, courseId }),
    ]);
    if (!course) throw courseNotFound();
    const previewer = hasPermission(actor, Permission.AuthorCourses, course.agencyId) || hasPermission(actor, Permission.ReadLearnerProgress, course.agencyId);
    if (!previewer && !(enrolment && learningStatuses.includes(enrolment.status))) throw notEnrolled();

    const [path, content] = await Promise.all([
      loadLearnerPath(loaders, actor.userId, courseId, course.publishedVersion),
      this.lessons.findContent({ courseId, version: course.publishedVersion }, lessonId),
    ]);
    const index = path.lessons.findIndex((lesson) => lesson.id === lessonId);
    if (index < 0 || !content) throw lessonNotFound();
    const locked = isLessonLocked(path, lessonId);
    if (!previewer && locked) throw lessonLocked(previousLesson(path, lessonId)?.title ?? '');

    const fileId = (content.kind === 'document' && content.documentId) || (content.kind === 'video' && content.videoId) || null;
    const asset = fileId ? await loaders.courseAssetById.load(fileId) : null;
    const ownAsset = asset && belongsTo(asset, course) ? asset : null;
    return {
      course: toCourseModel(course),
      lesson: toLessonModel(path.lessons[index]),
      moduleTitle: path.outline.modules.find((module) => module.id === content.moduleId)?.title ?? '',
      // Stored HTML names images as plain /files/<id>; the reader gets URLs signed for now.
      bodyHtml: content.kind === 'text' ? withSignedImages(content.bodyHtml, (assetId) => this.fileUrls.url(assetId)) : null,
      document: ownAsset && content.kind === 'document' ? this.documentOf(ownAsset, content.allowDownload) : null,
      // The caller may watch the lesson, so the signed media URLs go to them (see MediaUrlSigner).
      video: content.kind === 'video' && isVideoAsset(ownAsset) ? toLessonVideoModel(ownAsset, this.mediaUrls) : null,
      externalUrl: content.kind === 'link' ? content.externalUrl : null,
      previousLessonId: path.lessons[index - 1]?.id ?? null,
      nextLessonId: path.lessons[index + 1]?.id ?? null,
      quizSettings: content.kind === 'quiz' ? content.quiz : null,
      openedAsLearner: Boolean(enrolment && learningStatuses.includes(enrolment.status)) && !locked,
    };
  }

  // The caller may read the lesson, so the signed URLs go to them (see FileUrlSigner).
  private documentOf(asset: CourseAssetRecord, allowDownload: boolean): LessonDocumentModel {
    const previewStatus = previewStatusOf(asset);
    return {
      url: this.fileUrls.url(asset.id),
      downloadUrl: allowDownload ? this.fileUrls.url(asset.id, { download: true }) : null,
      fileName: asset.fileName,
      mediaType: asset.mediaType,
      sizeBytes: asset.sizeBytes,
      viewableInBrowser: viewableInBrowser(asset.mediaType),
      previewStatus,
      previewUrl: previewStatus === DocumentPreviewStatus.READY ? this.fileUrls.url(asset.id, { variant: 'preview' }) : null,
    };
  }
}

/** A lesson only ever shows a file of its own course. */
function belongsTo(asset: CourseAssetRecord, course: LiveCourseRecord): boolean {
  return asset.courseId === course.id;
}
