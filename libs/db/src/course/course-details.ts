import type { CompetencyType, CourseDetailsDocument, CourseLevel, CourseStatsDocument, EnrolmentPolicy } from './course.schema';

export interface CourseStatsRecord {
  lessonCount: number;
  wordCount: number;
  readingMinutes: number;
  computedAt: Date;
}

/** What an instructor edits about a course, apart from its outline. */
export interface CourseDetailsRecord {
  title: string;
  summary: string;
  description: string;
  competencyType: CompetencyType;
  level: CourseLevel;
  jp: number;
  estimatedMinutes: number | null;
  tags: string[];
  language: string;
  learningOutcomes: string[];
  enrolmentPolicy: EnrolmentPolicy;
  /** Video lessons: a learner cannot seek past what they have watched. */
  preventSkippingAhead: boolean;
  coverImageId: string | null;
  instructorIds: string[];
}

export function toDetailsRecord(document: CourseDetailsDocument): CourseDetailsRecord {
  return {
    title: document.title,
    summary: document.summary,
    description: document.description ?? '',
    competencyType: document.competencyType,
    level: document.level,
    jp: document.jp,
    estimatedMinutes: document.estimatedMinutes ?? null,
    tags: document.tags ?? [],
    language: document.language,
    learningOutcomes: document.learningOutcomes ?? [],
    enrolmentPolicy: document.enrolmentPolicy ?? 'open',
    // Courses stored before video lessons existed have no such field.
    preventSkippingAhead: document.preventSkippingAhead ?? false,
    coverImageId: document.coverImageId?.toHexString() ?? null,
    instructorIds: (document.instructorIds ?? []).map((id) => id.toHexString()),
  };
}

export function toStatsRecord(stats: CourseStatsDocument | undefined): CourseStatsRecord | null {
  return stats ? { lessonCount: stats.lessonCount, wordCount: stats.wordCount, readingMinutes: stats.readingMinutes, computedAt: stats.computedAt } : null;
}
