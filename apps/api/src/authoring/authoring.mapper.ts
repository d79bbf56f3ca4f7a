import type { CourseAssetKind as StoredAssetKind, CourseAssetRecord, CourseModuleRecord, CourseRecord, LessonContentRecord } from '@lentera/db';
import { competencyTypes, courseLevels, courseStatuses, enrolmentPolicies, lessonKinds } from '../catalogue/course-enums.mapper';
import { DocumentPreviewStatus, previewStatusOf } from '../course-files/document-preview.model';
import type { FileUrlOptions } from '../course-files/file-url-signer';
import { toQuizSettingsModel } from '../quiz-bank/question.mapper';
import { AuthoringCourseModel, AuthoringLessonModel, AuthoringModuleModel, CourseAssetKind, CourseAssetModel } from './authoring.model';
import { withSignedImages } from './rich-text';

const assetKinds: Record<StoredAssetKind, CourseAssetKind> = { image: CourseAssetKind.IMAGE, document: CourseAssetKind.DOCUMENT, video: CourseAssetKind.VIDEO };

/** A signed URL for a course file (FileUrlSigner.url). */
export type SignFileUrl = (assetId: string, options?: FileUrlOptions) => string;

/** The draft's modules in order, each with its lessons (content included) in order. */
export interface AuthoringOutline {
  modules: CourseModuleRecord[];
  lessonsByModuleId: Map<string, LessonContentRecord[]>;
}

export function buildAuthoringOutline(modules: CourseModuleRecord[], lessons: LessonContentRecord[]): AuthoringOutline {
  const lessonsByModuleId = new Map<string, LessonContentRecord[]>(modules.map((module) => [module.id, []]));
  for (const lesson of lessons) lessonsByModuleId.get(lesson.moduleId)?.push(lesson);
  for (const moduleLessons of lessonsByModuleId.values()) moduleLessons.sort((a, b) => a.position - b.position);
  return { modules: [...modules].sort((a, b) => a.position - b.position), lessonsByModuleId };
}

export function toAuthoringCourseModel(record: CourseRecord): AuthoringCourseModel {
  return {
    id: record.id,
    agencyId: record.agencyId,
    coverImageId: record.coverImageId,
    instructorIds: [...record.instructorIds],
    status: courseStatuses[record.status],
    title: record.title,
    summary: record.summary,
    description: record.description,
    competencyType: competencyTypes[record.competencyType],
    level: courseLevels[record.level],
    jp: record.jp,
    estimatedMinutes: record.estimatedMinutes,
    tags: [...record.tags],
    language: record.language,
    learningOutcomes: [...record.learningOutcomes],
    enrolmentPolicy: enrolmentPolicies[record.enrolmentPolicy],
    preventSkippingAhead: record.preventSkippingAhead,
    revision: record.revision,
    hasUnpublishedChanges: record.publishedRevision === null || record.publishedRevision !== record.revision,
    publishedAt: record.publishedAt,
    lastPublishedAt: record.lastPublishedAt,
    archivedAt: record.archivedAt,
    updatedAt: record.updatedAt,
    enrolledCount: record.enrolmentCount,
  };
}

export function toAuthoringModuleModels(outline: AuthoringOutline, sign: SignFileUrl): AuthoringModuleModel[] {
  return outline.modules.map((module) => ({
    id: module.id,
    title: module.title,
    position: module.position,
    lessons: (outline.lessonsByModuleId.get(module.id) ?? []).map((lesson) => toAuthoringLessonModel(lesson, sign)),
  }));
}

export function toAuthoringLessonModel(record: LessonContentRecord, sign: SignFileUrl): AuthoringLessonModel {
  return {
    id: record.id,
    documentId: record.documentId,
    videoId: record.videoId,
    title: record.title,
    kind: lessonKinds[record.kind],
    position: record.position,
    required: record.required,
    lockedUntilPreviousDone: record.lockedUntilPreviousDone,
    estimatedMinutes: record.estimatedMinutes,
    bodyHtml: withSignedImages(record.bodyHtml, sign),
    allowDownload: record.allowDownload,
    externalUrl: record.externalUrl,
    quiz: record.quiz ? toQuizSettingsModel(record.quiz) : null,
  };
}

export function toCourseAssetModel(record: CourseAssetRecord, sign: SignFileUrl): CourseAssetModel {
  const previewStatus = previewStatusOf(record);
  return {
    id: record.id,
    kind: assetKinds[record.kind],
    fileName: record.fileName,
    mediaType: record.mediaType,
    sizeBytes: record.sizeBytes,
    url: sign(record.id),
    previewStatus,
    previewUrl: previewStatus === DocumentPreviewStatus.READY ? sign(record.id, { variant: 'preview' }) : null,
    previewError: record.preview?.error?.id ?? null,
    previewErrorEn: record.preview?.error?.en ?? null,
    createdAt: record.createdAt,
  };
}
