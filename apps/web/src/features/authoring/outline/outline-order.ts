/**
 * The order of a course outline as plain ids, and the moves the outline editor
 * makes on it (drag and drop, up/down buttons). Pure functions: the editor
 * keeps the result as its optimistic order until `reorderCourse` answers.
 */
export interface ModuleOrder {
  moduleId: string;
  lessonIds: string[];
}

export type OutlineOrder = ModuleOrder[];

export function orderOf(modules: readonly { id: string; lessons: readonly { id: string }[] }[]): OutlineOrder {
  return modules.map((module) => ({ moduleId: module.id, lessonIds: module.lessons.map((lesson) => lesson.id) }));
}

export function sameOrder(left: OutlineOrder, right: OutlineOrder): boolean {
  return (
    left.length === right.length &&
    left.every(
      (module, index) =>
        module.moduleId === right[index]?.moduleId &&
        module.lessonIds.length === right[index].lessonIds.length &&
        module.lessonIds.every((lessonId, position) => lessonId === right[index]?.lessonIds[position]),
    )
  );
}

/** The module a lesson is in, or null. */
export function moduleOfLesson(order: OutlineOrder, lessonId: string): string | null {
  return order.find((module) => module.lessonIds.includes(lessonId))?.moduleId ?? null;
}

/** Moves a module to `toIndex` (clamped). */
export function moveModule(order: OutlineOrder, moduleId: string, toIndex: number): OutlineOrder {
  const fromIndex = order.findIndex((module) => module.moduleId === moduleId);
  if (fromIndex < 0) return order;
  const next = [...order];
  const [moved] = next.splice(fromIndex, 1);
  next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, moved);
  return next;
}

/** Moves a lesson into `toModuleId` at `toIndex` (clamped); the same module or another one. */
export function moveLesson(order: OutlineOrder, lessonId: string, toModuleId: string, toIndex: number): OutlineOrder {
  if (!moduleOfLesson(order, lessonId) || !order.some((module) => module.moduleId === toModuleId)) return order;
  const without = order.map((module) => ({ ...module, lessonIds: module.lessonIds.filter((id) => id !== lessonId) }));
  return without.map((module) => {
    if (module.moduleId !== toModuleId) return module;
    const lessonIds = [...module.lessonIds];
    lessonIds.splice(Math.max(0, Math.min(toIndex, lessonIds.length)), 0, lessonId);
    return { ...module, lessonIds };
  });
}

/**
 * A lesson dropped onto another lesson. In its own module it takes that lesson's
 * place (as the sortable list showed it); dropped onto a lesson of another
 * module it goes before that lesson when that module comes later in the course,
 * after it when it comes earlier.
 */
export function dropLesson(order: OutlineOrder, lessonId: string, ontoLessonId: string): OutlineOrder {
  const fromModule = moduleOfLesson(order, lessonId);
  const toModule = moduleOfLesson(order, ontoLessonId);
  if (!fromModule || !toModule) return order;
  const targetIndex = order.find((module) => module.moduleId === toModule)?.lessonIds.indexOf(ontoLessonId) ?? 0;
  if (fromModule === toModule) return moveLesson(order, lessonId, toModule, targetIndex);
  const movingUp = order.findIndex((module) => module.moduleId === toModule) < order.findIndex((module) => module.moduleId === fromModule);
  return moveLesson(order, lessonId, toModule, targetIndex + (movingUp ? 1 : 0));
}

/**
 * One step up (-1) or down (+1) for the buttons: inside its module, and past
 * the module's edge into the end of the previous or the start of the next one.
 */
export function stepLesson(order: OutlineOrder, lessonId: string, step: -1 | 1): OutlineOrder {
  const moduleIndex = order.findIndex((module) => module.lessonIds.includes(lessonId));
  if (moduleIndex < 0) return order;
  const { moduleId, lessonIds } = order[moduleIndex];
  const index = lessonIds.indexOf(lessonId);
  const target = index + step;
  if (target >= 0 && target < lessonIds.length) return moveLesson(order, lessonId, moduleId, target);
  const neighbour = order[moduleIndex + step];
  if (!neighbour) return order;
  return moveLesson(order, lessonId, neighbour.moduleId, step < 0 ? neighbour.lessonIds.length : 0);
}

/** Whether `stepLesson` would move the lesson at all. */
export function canStepLesson(order: OutlineOrder, lessonId: string, step: -1 | 1): boolean {
  return stepLesson(order, lessonId, step) !== order;
}
