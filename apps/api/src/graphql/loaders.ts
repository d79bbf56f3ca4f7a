import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AgencyRepository,
  CourseModuleRepository,
  LessonRepository,
  courseVersionKey,
  type AgencyRecord,
  type CourseModuleRecord,
  type CourseVersionKey,
  type LessonRecord,
} from '@lentera/db';

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
}

/** Builds fresh DataLoaders for each GraphQL request, so caching never crosses requests. */
@Injectable()
export class LoaderFactory {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly modules: CourseModuleRepository,
    private readonly lessons: LessonRepository,
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
    };
  }
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
