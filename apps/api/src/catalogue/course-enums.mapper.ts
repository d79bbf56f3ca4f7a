import type {
  CompetencyType as StoredCompetencyType,
  CourseLevel as StoredCourseLevel,
  CourseStatus as StoredCourseStatus,
  EnrolmentPolicy as StoredEnrolmentPolicy,
  LessonKind as StoredLessonKind,
} from '@lentera/db';
import { CompetencyType, CourseLevel, CourseStatus, EnrolmentPolicy, LessonKind } from './course.model';

// Stored values to GraphQL enums, for every view of a course (catalogue, authoring, learning).
// Complete records, so a value added to the database enums fails to compile until it is mapped.

export const competencyTypes: Record<StoredCompetencyType, CompetencyType> = {
  teknis: CompetencyType.TEKNIS,
  manajerial: CompetencyType.MANAJERIAL,
  sosial_kultural: CompetencyType.SOSIAL_KULTURAL,
};

export const courseLevels: Record<StoredCourseLevel, CourseLevel> = {
  dasar: CourseLevel.DASAR,
  menengah: CourseLevel.MENENGAH,
  lanjut: CourseLevel.LANJUT,
};

export const courseStatuses: Record<StoredCourseStatus, CourseStatus> = {
  draft: CourseStatus.DRAFT,
  published: CourseStatus.PUBLISHED,
  archived: CourseStatus.ARCHIVED,
};

export const enrolmentPolicies: Record<StoredEnrolmentPolicy, EnrolmentPolicy> = {
  open: EnrolmentPolicy.OPEN,
  approval: EnrolmentPolicy.APPROVAL,
  assigned: EnrolmentPolicy.ASSIGNED,
};

export const lessonKinds: Record<StoredLessonKind, LessonKind> = {
  text: LessonKind.TEXT,
  document: LessonKind.DOCUMENT,
  video: LessonKind.VIDEO,
  quiz: LessonKind.QUIZ,
  link: LessonKind.LINK,
};
