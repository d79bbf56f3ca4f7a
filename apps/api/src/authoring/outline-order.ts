import type { LessonPlacement } from '@lentera/db';

interface PlacedModule {
  id: string;
  position: number;
}

/** A module and its lessons in their wanted order (ModuleOrderInput). */
export interface WantedModuleOrder {
  moduleId: string;
  lessonIds: readonly string[];
}

export interface ReorderPlan {
  modules: PlacedModule[];
  lessons: LessonPlacement[];
}

/**
 * The writes that turn the draft's outline into the wanted order, only for rows whose place
 * changes. Null when the order does not name every module and lesson of the draft exactly once:
 * it was made from another version of the outline.
 */
export function reorderPlan(
  modules: readonly PlacedModule[],
  lessons: readonly LessonPlacement[],
  wanted: readonly WantedModuleOrder[],
): ReorderPlan | null {
  const wantedLessonIds = wanted.flatMap((module) => module.lessonIds);
  if (!sameMembers(modules.map((module) => module.id), wanted.map((module) => module.moduleId))) return null;
  if (!sameMembers(lessons.map((lesson) => lesson.id), wantedLessonIds)) return null;

  const modulesById = new Map(modules.map((module) => [module.id, module]));
  const lessonsById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const plan: ReorderPlan = { modules: [], lessons: [] };
  wanted.forEach((module, position) => {
    if (modulesById.get(module.moduleId)?.position !== position) plan.modules.push({ id: module.moduleId, position });
    module.lessonIds.forEach((lessonId, lessonPosition) => {
      const current = lessonsById.get(lessonId);
      if (current?.moduleId !== module.moduleId || current.position !== lessonPosition) {
        plan.lessons.push({ id: lessonId, moduleId: module.moduleId, position: lessonPosition });
      }
    });
  });
  return plan;
}

/** Both lists hold the same ids, and the wanted one none twice. */
function sameMembers(current: readonly string[], wanted: readonly string[]): boolean {
  const wantedSet = new Set(wanted);
  return wantedSet.size === wanted.length && wanted.length === current.length && current.every((id) => wantedSet.has(id));
}
