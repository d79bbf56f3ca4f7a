import type { AgencyKind as StoredAgencyKind, AgencyRecord, CourseModuleRecord, LessonRecord, LiveCourseRecord, UserRecord } from '@lentera/db';
import { competencyTypes, courseLevels, courseStatuses, enrolmentPolicies, lessonKinds } from './course-enums.mapper';
import { AgencyKind, AgencyModel, CourseInstructorModel, CourseModel, CourseModuleModel, LessonModel } from './course.model';

const agencyKinds: Record<StoredAgencyKind, AgencyKind> = {
  central: AgencyKind.CENTRAL,
  regional: AgencyKind.REGIONAL,
  training_provider: AgencyKind.TRAINING_PROVIDER,
};




/** The learner's view of a course: its live (last published) details. */
export function toCourseModel(record: LiveCourseRecord): CourseModel {
  return {
    id: record.id,
    agencyId: record.agencyId,
    publishedVersion: record.publishedVersion,
    coverImageId: record.coverImageId,
    instructorIds: record.instructorIds,
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
    status: courseStatuses[record.status],
    publishedAt: record.publishedAt,
    enrolledCount: record.enrolmentCount,
    stats: record.stats ? { ...record.stats } : null,
  };
}

/** What anyone may see of a course's instructor: name and position, nothing private. */
export function toCourseInstructorModel(record: UserRecord): CourseInstructorModel {
  return { id: record.id, fullName: record.fullName, position: record.position };
}

export function toAgencyModel(record: AgencyRecord): AgencyModel {
  return { id: record.id, code: record.code, name: record.name, kind: agencyKinds[record.kind], region: record.region };
}

export function toCourseModuleModel(record: CourseModuleRecord, lessons: LessonRecord[]): CourseModuleModel {
  return {
    id: record.id,
    courseId: record.courseId,
    version: record.version,
    title: record.title,
    position: record.position,
    lessons: lessons.map(toLessonModel),
  };
}

export function toLessonModel(record: LessonRecord): LessonModel {
  return {
    id: record.id,
    courseId: record.courseId,
    version: record.version,
    title: record.title,
    kind: lessonKinds[record.kind],
    position: record.position,
    required: record.required,
    lockedUntilPreviousDone: record.lockedUntilPreviousDone,
    estimatedMinutes: record.estimatedMinutes,
  };
}
