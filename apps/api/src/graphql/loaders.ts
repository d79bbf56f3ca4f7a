import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AgencyRepository,
  CourseAssetRepository,
  CourseCatalogueRepository,
  CourseModuleRepository,
  EnrolmentRepository,
  LessonProgressRepository,
  LessonRepository,
  UserRepository,
  courseVersionKey,
  DRAFT_VERSION,
  type AgencyRecord,
  type CourseAssetRecord,
  type CourseModuleRecord,
  type CourseVersionKey,
  type EnrolmentRecord,
  type LearnerCourseKey,
  type LessonProgressRecord,
  type LessonRecord,
  type LiveCourseRecord,
  type UserRecord,
} from '@lentera/db';
import { buildAuthoringOutline, type AuthoringOutline } from '../authoring/authoring.mapper';

/** One version of a course's outline: its modules in order, and each module's lessons in order. */
export interface CourseOutline {
  modules: CourseModuleRecord[];
  lessonsByModuleId: Map<string, LessonRecord[]>;
  /** Every lesson in course order (module by module). */
  lessons: LessonRecord[];
}

export interface Loaders {
  agencyById: DataLoader<string, AgencyRecord | null>;
  outlineByCourseVersion: DataLoader<CourseVersionKey, CourseOutline, string>;
  /** Courses with a live version (published or archived); null for drafts and unknown ids. Ids must be valid ObjectIds. */
  courseById: DataLoader<string, LiveCourseRecord | null>;
  /** Users by id (e.g. a course's instructors); null for unknown ids. Ids must be valid ObjectIds. */
  usersById: DataLoader<string, UserRecord | null>;
  /** The draft (version 0) outline with lesson content, for authors. */
  draftOutlineByCourseId: DataLoader<string, AuthoringOutline>;
  /** Course files by id; null for unknown ids. Ids must be valid ObjectIds. */
  courseAssetById: DataLoader<string, CourseAssetRecord | null>;
  /** A learner's enrolment in a course (the caller's, or those an admin lists); null when none. */
  enrolmentByLearnerCourse: DataLoader<LearnerCourseKey, EnrolmentRecord | null, string>;
  /** A learner's lesson progress rows in a course (no row = not started). */
  progressByLearnerCourse: DataLoader<LearnerCourseKey, LessonProgressRecord[], string>;
}

/** Builds fresh DataLoaders for each GraphQL request, so caching never crosses requests. */
@Injectable()
export class LoaderFactory {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
    private readonly liveCourses: CourseCatalogueRepository,
    private readonly users: UserRepository,
    private readonly assets: CourseAssetRepository,
    private readonly enrolments: EnrolmentRepository,
    private readonly progress: LessonProgressRepository,
  ) {}

  create(): Loaders {
    return {
      agencyById: new DataLoader(async (ids) => {
        const byId = new Map((await this.agencies.findByIds(ids)).map((agency) => [agency.id, agency]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      outlineByCourseVersion: new DataLoader(
        async (keys) => {
          // Two queries for any number of courses, modules and lessons.
          const [modules, lessons] = await Promise.all([this.modules.findByCourseVersions(keys), this.lessons.findByCourseVersions(keys)]);
          return keys.map((key) => buildOutline(modules, lessons, key));
        },
        { cacheKeyFn: courseVersionKey },
      ),
      courseById: new DataLoader(async (ids) => byIdOrNull(ids, await this.liveCourses.findLiveByIds(ids))),
      usersById: new DataLoader(async (ids) => byIdOrNull(ids, await this.users.findByIds(ids))),
      draftOutlineByCourseId: new DataLoader(async (courseIds) => {
        const keys = courseIds.map((courseId) => ({ courseId, version: DRAFT_VERSION }));
        const [modules, lessons] = await Promise.all([this.modules.findByCourseVersions(keys), this.lessons.findContentByCourseVersions(keys)]);
        return courseIds.map((courseId) =>
          buildAuthoringOutline(
            modules.filter((module) => module.courseId === courseId),
            lessons.filter((lesson) => lesson.courseId === courseId),
          ),
        );
      }),
      courseAssetById: new DataLoader(async (ids) => byIdOrNull(ids, await this.assets.findByIds(ids))),
      enrolmentByLearnerCourse: new DataLoader(
        async (keys) => {
          const byKey = new Map((await this.enrolments.findByLearnerCourses(keys)).map((row) => [learnerCourseKey(row), row]));
          return keys.map((key) => byKey.get(learnerCourseKey(key)) ?? null);
        },
        { cacheKeyFn: learnerCourseKey },
      ),
      progressByLearnerCourse: new DataLoader(
        async (keys) => {
          const byKey = new Map(keys.map((key) => [learnerCourseKey(key), [] as LessonProgressRecord[]]));
          for (const row of await this.progress.findByLearnerCourses(keys)) byKey.get(learnerCourseKey(row))?.push(row);
          return keys.map((key) => byKey.get(learnerCourseKey(key)) ?? []);
        },
        { cacheKeyFn: learnerCourseKey },
      ),
    };
  }
}

function learnerCourseKey(key: LearnerCourseKey): string {
  return `${key.userId}:${key.courseId}`;
}

function byIdOrNull<Row extends { id: string }>(ids: readonly string[], rows: Row[]): (Row | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

function buildOutline(allModules: CourseModuleRecord[], allLessons: LessonRecord[], key: CourseVersionKey): CourseOutline {
  const modules = allModules.filter((module) => module.courseId === key.courseId && module.version === key.version);
  const lessonsByModuleId = new Map<string, LessonRecord[]>(modules.map((module) => [module.id, []]));
  for (const lesson of allLessons) {
    if (lesson.courseId === key.courseId && lesson.version === key.version) lessonsByModuleId.get(lesson.moduleId)?.push(lesson);
  }
  for (const lessons of lessonsByModuleId.values()) lessons.sort((a, b) => a.position - b.position);
  return { modules, lessonsByModuleId, lessons: modules.flatMap((module) => lessonsByModuleId.get(module.id) ?? []) };
}
