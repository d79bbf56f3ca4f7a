import { KeyboardCode, closestCenter } from '@dnd-kit/core';
import type { CollisionDetection, DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * What each draggable and droppable of the outline carries. Modules sort among
 * modules; lessons sort among all lessons (any module) and onto the drop zone
 * of an empty module.
 */
export type OutlineDragData =
  | { type: 'module'; moduleId: string; title: string }
  | { type: 'lesson'; lessonId: string; title: string }
  | { type: 'emptyModule'; moduleId: string; title: string };

export const moduleDragId = (moduleId: string) => `module:${moduleId}`;
export const lessonDragId = (lessonId: string) => `lesson:${lessonId}`;
export const emptyModuleDropId = (moduleId: string) => `empty-module:${moduleId}`;

export function dragDataOf(item: { data: { current?: unknown } } | null | undefined): OutlineDragData | null {
  const data = item?.data.current as OutlineDragData | undefined;
  return data && typeof data === 'object' && 'type' in data ? data : null;
}

const family = (data: OutlineDragData | null) => (data?.type === 'module' ? 'module' : 'lesson');

function sameFamily(active: { data: { current?: unknown } }, container: DroppableContainer): boolean {
  return family(dragDataOf(active)) === family(dragDataOf(container));
}

/** Closest center, among the droppables of the dragged item's family only. */
export const outlineCollisions: CollisionDetection = (args) =>
  closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => sameFamily(args.active, container)),
  });

const containerOf = (item: { data: { current?: unknown } }) =>
  (item.data.current as { sortable?: { containerId?: unknown } } | undefined)?.sortable?.containerId;

/**
 * Arrow up/down for keyboard dragging: to the next droppable of the same family
 * above or below, across module boundaries (sortableKeyboardCoordinates would
 * also stop on the module cards around the lessons).
 */
export const outlineKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (event.code !== KeyboardCode.Down && event.code !== KeyboardCode.Up) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const down = event.code === KeyboardCode.Down;

  let target: { container: DroppableContainer; distance: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    if (container.id === active.id || container.id === over?.id || !sameFamily(active, container)) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const distance = down ? rect.top - collisionRect.top : collisionRect.top - rect.top;
    if (distance > 0 && (!target || distance < target.distance)) target = { container, distance };
  }
  if (!target) return undefined;
  const rect = droppableRects.get(target.container.id);
  if (!rect) return undefined;
  const sameList = containerOf(active) !== undefined && containerOf(active) === containerOf(target.container);
  // Inside one list, moving down lines the bottoms up so the item lands after the target.
  if (sameList) return { x: collisionRect.left, y: down ? rect.top + rect.height - collisionRect.height : rect.top };
  // Onto a lesson of another module: the drop puts it before that lesson when moving down, after it
  // when moving up (see OutlineEditor's handleDragEnd; keyboard drags do not move between lists live).
  return { x: collisionRect.left, y: rect.top };
};
