import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AgencyRepository,
  CourseModuleRepository,
  LessonRepository,
  type AgencyRecord,
  type CourseModuleRecord,
  type LessonRecord,
} from '@lentera/db';

export interface Loaders {
  agencyById: DataLoader<string, AgencyRecord | null>;
  modulesByCourseId: DataLoader<string, CourseModuleRecord[]>;
  lessonsByModuleId: DataLoader<string, LessonRecord[]>;
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
      modulesByCourseId: new DataLoader(async (courseIds) =>
        groupBy(courseIds, await this.modules.findByCourseIds(courseIds), (module) => module.courseId),
      ),
      lessonsByModuleId: new DataLoader(async (moduleIds) =>
        groupBy(moduleIds, await this.lessons.findByModuleIds(moduleIds), (lesson) => lesson.moduleId),
      ),
    };
  }
}

/** Groups `items` by key, in the order DataLoader asked for the keys. */
function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}
