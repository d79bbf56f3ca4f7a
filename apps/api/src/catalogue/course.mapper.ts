import type {
  AgencyKind as StoredAgencyKind,
  AgencyRecord,
  CompetencyType as StoredCompetencyType,
  CourseLevel as StoredCourseLevel,
  CourseModuleRecord,
  CourseRecord,
  LessonKind as StoredLessonKind,
  LessonRecord,
} from '@lentera/db';
import {
  AgencyKind,
  AgencyModel,
  CompetencyType,
  CourseLevel,
  CourseModel,
  CourseModuleModel,
  LessonKind,
  LessonModel,
} from './course.model';

const competencyTypes: Record<StoredCompetencyType, CompetencyType> = {
  teknis: CompetencyType.TEKNIS,
  manajerial: CompetencyType.MANAJERIAL,
  sosial_kultural: CompetencyType.SOSIAL_KULTURAL,
};

const courseLevels: Record<StoredCourseLevel, CourseLevel> = {
  dasar: CourseLevel.DASAR,
  menengah: CourseLevel.MENENGAH,
  lanjut: CourseLevel.LANJUT,
};

const agencyKinds: Record<StoredAgencyKind, AgencyKind> = {
  central: AgencyKind.CENTRAL,
  regional: AgencyKind.REGIONAL,
  training_provider: AgencyKind.TRAINING_PROVIDER,
};

const lessonKinds: Record<StoredLessonKind, LessonKind> = {
  text: LessonKind.TEXT,
  document: LessonKind.DOCUMENT,
  video: LessonKind.VIDEO,
  quiz: LessonKind.QUIZ,
  link: LessonKind.LINK,
};

export function toCourseModel(record: CourseRecord): CourseModel {
  return {
    id: record.id,
    agencyId: record.agencyId,
    title: record.title,
    summary: record.summary,
    description: record.description,
    competencyType: competencyTypes[record.competencyType],
    level: courseLevels[record.level],
    jp: record.jp,
    language: record.language,
    publishedVersion: record.publishedVersion,
    publishedAt: record.publishedAt,
    stats: record.stats ? { ...record.stats } : null,
  };
}

export function toAgencyModel(record: AgencyRecord): AgencyModel {
  return { id: record.id, code: record.code, name: record.name, kind: agencyKinds[record.kind], region: record.region };
}

export function toCourseModuleModel(record: CourseModuleRecord, lessons: LessonRecord[]): CourseModuleModel {
  return { id: record.id, title: record.title, position: record.position, lessons: lessons.map(toLessonModel) };
}

export function toLessonModel(record: LessonRecord): LessonModel {
  return { id: record.id, title: record.title, kind: lessonKinds[record.kind], position: record.position };
}
